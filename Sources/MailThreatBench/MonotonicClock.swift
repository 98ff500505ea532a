#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The benchmark's stopwatch: `CLOCK_MONOTONIC` in nanoseconds (never jumps with the wall
/// clock, costs a few tens of nanoseconds a read, so it can time single messages).
///
/// ```swift
/// let start = MonotonicClock.nanoseconds()
/// work()
/// let seconds = MonotonicClock.seconds(since: start)
/// ```
enum MonotonicClock {
    /// Nanoseconds since an arbitrary fixed point.
    @inline(__always)
    static func nanoseconds() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
    }

    /// Seconds elapsed since `start` (a value of ``nanoseconds()``).
    @inline(__always)
    static func seconds(since start: UInt64) -> Double {
        Double(nanoseconds() &- start) / 1e9
    }
}
