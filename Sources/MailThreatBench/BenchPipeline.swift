import Foundation
import MailThreatCore

/// Every library call the benchmark times, in one place: parse, content (the library's
/// reading: charset decoding, HTML to text, URL extraction), features, inference, and the
/// whole scan (``MailThreatScanner``).
///
/// Stages take the previous stage's output, so each can be timed alone; ``scan(_:model:)``
/// is the scanner itself, for the end-to-end figure and the accuracy run.
///
/// ```swift
/// let pipeline = try BenchPipeline(model: .shippedDefault, rulesPath: nil)
/// if let model = pipeline.model { print(pipeline.scan(bytes, model: model).unwantedScore) }
/// ```
struct BenchPipeline: Sendable {
    /// Which model to load.
    enum ModelChoice: Sendable {
        /// None: parse and content stages only.
        case none
        /// The shipped default (`Models/Default/default.mtmodel`, or `MAILTHREAT_MODEL`).
        case shippedDefault
        /// A model file.
        case file(String)
    }

    /// Where the shipped default model lives in the repository.
    static let shippedModelPath = "Models/Default/default.mtmodel"

    /// The MIME parser with default limits (the scanner's too).
    let parser = MIMEParser()
    /// The loaded model, when one was asked for.
    let model: LoadedModel?

    /// A model with its scanner.
    struct LoadedModel: Sendable {
        /// Where it came from, for reports.
        let source: String
        /// Classifier, extractor and thresholds.
        let detection: DetectionModel
        /// The whole pipeline over it.
        let scanner: MailThreatScanner
        /// Model size on disk, when known.
        let fileBytes: Int?

        /// Inference.
        var classifier: Classifier { detection.classifier }
        /// Unwanted score at or above which a message is flagged.
        var threshold: Double { detection.flagThreshold }
    }

    /// Loads the chosen model. A separate ruleset is not supported by the library yet, so
    /// `rulesPath` must be `nil`.
    init(model choice: ModelChoice, rulesPath: String?) throws {
        if let rulesPath {
            throw BenchError("--rules \(rulesPath): the library has no separate rule evaluator yet")
        }
        let detection: DetectionModel
        let source: String
        var fileBytes: Int?
        switch choice {
        case .none:
            model = nil
            return
        case .shippedDefault:
            do {
                detection = try DetectionModel.loadDefault()
            } catch {
                throw BenchError("default model: \(error) (pass --model FILE)")
            }
            let override = ProcessInfo.processInfo.environment["MAILTHREAT_MODEL"].flatMap { $0.isEmpty ? nil : $0 }
            source = override.map { "\($0) (MAILTHREAT_MODEL)" } ?? "shipped default (\(Self.shippedModelPath))"
            fileBytes = override.flatMap(Self.fileSize) ?? Self.fileSize(Self.shippedModelPath)
        case .file(let path):
            do {
                detection = try DetectionModel(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw BenchError("model \(path): \(error)")
            }
            source = path
            fileBytes = Self.fileSize(path)
        }
        model = LoadedModel(source: source, detection: detection, scanner: MailThreatScanner(model: detection),
                            fileBytes: fileBytes)
    }

    /// Structure + transfer decoding.
    @inline(__always)
    func parse(_ bytes: [UInt8]) -> ParsedMessage { parser.parse(bytes) }

    /// The library's reading of a parsed message (charset decoding, HTML to text, URLs).
    @inline(__always)
    func content(_ message: ParsedMessage) -> MessageContent { MessageContent(message: message) }

    /// Hashed features of a message's content.
    @inline(__always)
    func features(_ content: MessageContent, model: LoadedModel) -> SparseFeatures {
        model.detection.extractor.features(for: content)
    }

    /// Bytes → verdict through the scanner (parse, content, features, sgemv, thresholds,
    /// reasons).
    func scan(_ bytes: [UInt8], model: LoadedModel) -> MessageVerdict {
        let verdict = model.scanner.scan(bytes)
        return MessageVerdict(predictedClass: verdict.predictedClass, unwantedScore: verdict.unwantedScore,
                              flagged: verdict.isUnwanted, reasons: verdict.reasons)
    }

    /// A number summarising a content record, for checksums.
    static func weight(of content: MessageContent) -> Int {
        content.plainText.utf8.count &+ content.htmlVisibleText.utf8.count &+ content.links.count
    }

    private static func fileSize(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
    }
}
