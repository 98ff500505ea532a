import Foundation

/// CPython's `email` package parsing the same messages as the benchmark, in the same run:
/// the result of `scripts/cpython-parse-reference.py` (message_from_bytes with
/// `policy.default`, every leaf transfer-decoded, messages in memory, one core, warm-up then
/// timed runs).
///
/// ```swift
/// let reference = try CPythonParseReference.run(paths: corpus.messages.map(\.path), runs: 5, warmupRuns: 1)
/// let ratio = reference.medianSeconds / ourParse.singleThread.runs.median   // "× faster than CPython"
/// ```
struct CPythonParseReference: Codable, Sendable, Hashable {
    /// `CPython`.
    let implementation: String
    /// Python version, e.g. `3.11.7`.
    let pythonVersion: String
    /// The exact work timed.
    let what: String
    /// Messages parsed per run.
    let messages: Int
    /// Their raw bytes.
    let bytes: Int
    /// Leaves transfer-decoded per run.
    let leaves: Int
    /// Messages the email package raised on (counted, not timed separately).
    let failures: Int
    /// Untimed warm-up runs.
    let warmupRuns: Int
    /// Every timed run, seconds.
    let runsSeconds: [Double]
    /// Median run, seconds.
    let medianSeconds: Double
    /// `(max − min) / median × 100` of the timed runs.
    let spreadPercent: Double
    /// Messages per second at the median.
    let messagesPerSecond: Double
    /// MB (10⁶ bytes) per second at the median.
    let megabytesPerSecond: Double

    /// Runs the reference script on `paths` and decodes its JSON.
    ///
    /// - Parameters:
    ///   - script: path of `cpython-parse-reference.py`.
    ///   - python: the interpreter (looked up in `PATH` when not a path).
    static func run(paths: [String], runs: Int, warmupRuns: Int, script: String, python: String,
                    quiet: Bool) throws -> CPythonParseReference {
        guard let script = locate(script) else {
            throw BenchError("CPython reference script not found at \(script) (run from the repository root, or pass --cpython-script, or --no-cpython)")
        }
        let listURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("mailthreat-bench-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).txt")
        try Data((paths.joined(separator: "\n") + "\n").utf8).write(to: listURL)
        defer { try? FileManager.default.removeItem(at: listURL) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        var arguments = [python, script, "--files-from", listURL.path, "--runs", "\(runs)", "--warmup", "\(warmupRuns)"]
        if quiet { arguments.append("--quiet") }
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.standardError
        do {
            try process.run()
        } catch {
            throw BenchError("cannot start \(python) \(script): \(error)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchError("\(python) \(script) exited with status \(process.terminationStatus)")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(CPythonParseReference.self, from: data)
        } catch {
            throw BenchError("unreadable output of \(script): \(error)")
        }
    }

    /// `path` as given when it exists; otherwise, for a relative path, the same path below the
    /// folders above the executable (`.build/release/MailThreatBench` → the repository root).
    private static func locate(_ path: String) -> String? {
        let files = FileManager.default
        if files.fileExists(atPath: path) { return path }
        guard !path.hasPrefix("/") else { return nil }
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent(path).path
            if files.fileExists(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }
}
