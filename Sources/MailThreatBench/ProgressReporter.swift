import Foundation

/// Progress on stderr, so stdout stays a clean report. On a terminal each update overwrites
/// the line; otherwise (CI logs) a new line is written at most every few seconds per task.
///
/// Used from the main thread only (work is timed in parallel, progress is reported between
/// runs and between batches).
///
/// ```swift
/// let progress = ProgressReporter(enabled: !quiet)
/// progress.update("parse spamassassin", done: 3, total: 6, note: "timed run")
/// progress.finish()
/// ```
final class ProgressReporter {
    /// `false` silences everything (`--quiet`).
    let enabled: Bool
    private let isTerminal: Bool
    private var lastTask = ""
    private var lastWrite: UInt64 = 0
    private var lineOpen = false

    /// Creates a reporter writing to stderr.
    init(enabled: Bool) {
        self.enabled = enabled
        self.isTerminal = isatty(STDERR_FILENO) != 0
    }

    /// Reports `done` of `total` steps of `task`.
    func update(_ task: String, done: Int, total: Int, note: String = "") {
        guard enabled else { return }
        let now = MonotonicClock.nanoseconds()
        let newTask = task != lastTask
        let interval: UInt64 = isTerminal ? 100_000_000 : 5_000_000_000
        guard newTask || done >= total || now &- lastWrite >= interval else { return }
        lastTask = task
        lastWrite = now
        let percent = total > 0 ? done * 100 / total : 100
        let text = "\(task): \(done)/\(total) (\(percent) %)\(note.isEmpty ? "" : " " + note)"
        if isTerminal {
            write("\r\u{1B}[K" + text)
            lineOpen = true
        } else {
            write(text + "\n")
        }
    }

    /// Writes a one-off message on its own line.
    func note(_ text: String) {
        guard enabled else { return }
        finish()
        write(text + "\n")
    }

    /// Ends an open progress line.
    func finish() {
        guard enabled, lineOpen else { return }
        write("\n")
        lineOpen = false
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
