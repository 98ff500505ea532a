import Foundation

/// Collects per-item results from worker threads: each worker hands over its results once per
/// chunk, under a lock, so the lock is never on the per-message path.
///
/// ```swift
/// let tally = SharedTally<Int>(count: items.count, initial: 0)
/// DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
///     tally.store(results(for: chunk), from: chunk * size)
/// }
/// let results = tally.values
/// ```
final class SharedTally<Value: Sendable>: @unchecked Sendable {
    // Invariant: `storage` and `checksum` are only touched while `lock` is held.
    private let lock = NSLock()
    private var storage: [Value]
    private var checksum = 0

    /// Room for `count` results, each starting as `initial`.
    init(count: Int, initial: Value) {
        storage = [Value](repeating: initial, count: count)
    }

    /// Stores `values` at `start...`.
    func store(_ values: [Value], from start: Int) {
        lock.lock()
        defer { lock.unlock() }
        for (offset, value) in values.enumerated() where start + offset < storage.count {
            storage[start + offset] = value
        }
    }

    /// Adds a worker's checksum.
    func add(checksum value: Int) {
        lock.lock()
        checksum &+= value
        lock.unlock()
    }

    /// Every stored result, in index order.
    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }

    /// The sum of every added checksum.
    var total: Int {
        lock.lock()
        defer { lock.unlock() }
        return checksum
    }
}
