import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs work with OpenBLAS forced to one thread, so that BLAS results are bit-reproducible.
///
/// OpenBLAS's thread count is process-wide state. `openblas_set_num_threads` is looked up at
/// run time (`dlsym`), so a reference BLAS without it simply runs as it is (it is
/// single-threaded anyway). Nested and concurrent users are counted: the first one saves the
/// previous thread count and sets 1, the last one restores it.
enum BLASThreading {
    private typealias SetThreads = @convention(c) (Int32) -> Void
    private typealias GetThreads = @convention(c) () -> Int32

    /// Guards the user count and the saved thread count (the only mutable state, and it only
    /// mirrors the process-wide OpenBLAS setting).
    private final class Coordinator: @unchecked Sendable {
        let lock = NSLock()
        var users = 0
        var savedThreads: Int32 = 0
    }

    private static let coordinator = Coordinator()

    private static func symbol(_ name: String) -> UnsafeMutableRawPointer? {
        #if canImport(Glibc)
            return dlsym(nil, name)  // RTLD_DEFAULT
        #else
            return dlsym(UnsafeMutableRawPointer(bitPattern: -2), name)  // RTLD_DEFAULT
        #endif
    }

    /// Whether the loaded BLAS lets us pin its thread count (OpenBLAS does).
    static var canPinThreads: Bool { symbol("openblas_set_num_threads") != nil }

    /// OpenBLAS's current thread count, or `nil` for a BLAS that does not tell.
    static var currentThreadCount: Int? {
        symbol("openblas_get_num_threads").map { Int(unsafeBitCast($0, to: GetThreads.self)()) }
    }

    /// Runs `body` with OpenBLAS at one thread, restoring the previous count afterwards.
    static func withSingleThread<Result>(_ body: () throws -> Result) rethrows -> Result {
        guard let setPointer = symbol("openblas_set_num_threads") else { return try body() }
        let set = unsafeBitCast(setPointer, to: SetThreads.self)
        let get = symbol("openblas_get_num_threads").map { unsafeBitCast($0, to: GetThreads.self) }
        coordinator.lock.lock()
        if coordinator.users == 0 {
            coordinator.savedThreads = get?() ?? 0
            set(1)
        }
        coordinator.users += 1
        coordinator.lock.unlock()
        defer {
            coordinator.lock.lock()
            coordinator.users -= 1
            if coordinator.users == 0, coordinator.savedThreads > 0 { set(coordinator.savedThreads) }
            coordinator.lock.unlock()
        }
        return try body()
    }
}
