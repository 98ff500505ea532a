import ArgumentParser
import Foundation
import MailThreatCore

/// `mailthreat scan [--model FILE] [--json] PATH...`: verdicts for messages.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Classify messages as ham, spam, phish, fraud or malware.",
        discussion: "PATH may be a message file, a folder, or a corpus folder with index.tsv. Without --model the shipped default model is used."
    )

    @Option(name: .long, help: "A model file (default: the shipped Models/Default/default.mtmodel).")
    var model: String?

    @Flag(name: .long, help: "Print one JSON object per message.")
    var json = false

    @Argument(help: "Message files or folders.")
    var paths: [String]

    func run() throws {
        let detection: DetectionModel
        do {
            detection = try model.map { try DetectionModel(contentsOf: URL(fileURLWithPath: $0)) } ?? DetectionModel.loadDefault()
        } catch {
            throw ValidationError("cannot load the model: \(error)")
        }
        let scanner = MailThreatScanner(model: detection)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for path in try MessagePaths.expand(paths) {
            guard let bytes = try? MessagePaths.readFile(path) else {
                print(json ? "{\"path\":\(Self.quoted(path)),\"error\":\"unreadable\"}" : "\(path): unreadable")
                continue
            }
            let verdict = scanner.scan(bytes)
            if json {
                let body = String(decoding: try encoder.encode(verdict), as: UTF8.self)
                print("{\"path\":\(Self.quoted(path)),\"verdict\":\(body)}")
            } else {
                let top = verdict.probabilities.max { $0.probability < $1.probability }
                print("\(path): \(verdict.action.rawValue) \(verdict.predictedClass) score \(MailThreatScannerFormat.score(verdict.unwantedScore))"
                      + (top.map { " (top class \($0.className) \(MailThreatScannerFormat.score($0.probability)))" } ?? ""))
                for reason in verdict.reasons { print("    - \(reason)") }
            }
        }
    }

    static func quoted(_ s: String) -> String {
        var w = JSONWriter()
        w.value(s)
        return w.string
    }
}

enum MailThreatScannerFormat {
    static func score(_ x: Double) -> String { String(format: "%.4f", x) }
}
