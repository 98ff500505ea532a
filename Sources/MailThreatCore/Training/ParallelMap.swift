import Dispatch

/// Maps `0..<count` over a fixed number of worker threads, keeping results in index order so
/// the output never depends on scheduling.
enum ParallelMap {
    static func map<T: Sendable>(count: Int, workers: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        let workerCount = max(1, min(workers, count))
        DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
            var i = worker
            while i < count {
                slots[i] = body(i)   // each index is written by exactly one worker
                i += workerCount
            }
        }
        return results.map { $0! }
    }
}
