#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Sets OpenBLAS's thread count for the benchmark (looked up with `dlsym`; a BLAS without
/// `openblas_set_num_threads` is single-threaded already and is left alone).
///
/// The benchmark pins BLAS to one thread: the single-core figures must use one core, and the
/// all-core figures get their parallelism from one worker per core, each calling BLAS.
enum BLASThreadControl {
    /// Sets the thread count; returns `false` when the loaded BLAS has no such control.
    @discardableResult
    static func setThreads(_ count: Int32) -> Bool {
        typealias SetThreads = @convention(c) (Int32) -> Void
        guard let address = dlsym(nil, "openblas_set_num_threads") else { return false }
        unsafeBitCast(address, to: SetThreads.self)(count)
        return true
    }
}
