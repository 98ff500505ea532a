import Foundation
import MailThreatCore

/// Writes reports: text to stdout, JSON (every figure, sorted keys, non-finite numbers as
/// strings) to the `--json` file.
enum ReportOutput {
    /// Encodes `value` and writes it to `path`.
    static func writeJSON<Value: Encodable>(_ value: Value, to path: String) throws {
        let data: Data
        do {
            data = try EvaluationJSON.makeEncoder().encode(value)
        } catch {
            throw BenchError("cannot encode the JSON report: \(error)")
        }
        do {
            try (data + Data("\n".utf8)).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw BenchError("cannot write \(path): \(error)")
        }
    }

    /// Prints the text report to stdout.
    static func printReport(_ lines: [String]) {
        print(lines.joined(separator: "\n"))
    }
}
