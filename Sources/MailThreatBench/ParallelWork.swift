import Foundation

/// Splits `0..<count` into chunks and runs them on every core (`concurrentPerform` hands the
/// chunks to one thread per core as each finishes, so uneven messages balance out).
///
/// ```swift
/// ParallelWork.forEachChunk(count: messages.count) { range in
///     for index in range { _ = parser.parse(messages[index]) }
/// }
/// ```
enum ParallelWork {
    /// Cores this process may run on.
    static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Runs `body(range)` for consecutive ranges covering `0..<count`, in parallel.
    ///
    /// - Parameter chunk: items per range; `nil` picks about 16 ranges per core.
    static func forEachChunk(count: Int, chunk: Int? = nil, _ body: @Sendable (Range<Int>) -> Void) {
        guard count > 0 else { return }
        let size = max(1, chunk ?? (count + cores * 16 - 1) / (cores * 16))
        let chunks = (count + size - 1) / size
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            let start = index * size
            body(start..<min(count, start + size))
        }
    }
}
