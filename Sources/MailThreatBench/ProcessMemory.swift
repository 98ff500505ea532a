#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Resident memory of this process, from `/proc/self/status` (Linux) with `getrusage` as the
/// fallback for the peak.
///
/// ```swift
/// ProcessMemory.resetPeak()                 // per-stage peaks where the kernel allows it
/// runStage()
/// let peak = ProcessMemory.peakResidentBytes()
/// ```
enum ProcessMemory {
    /// Peak resident set size (`VmHWM`), in bytes.
    static func peakResidentBytes() -> Int? {
        if let kilobytes = statusField("VmHWM:") { return kilobytes * 1_024 }
        var usage = rusage()
        #if canImport(Glibc)
            let who = RUSAGE_SELF.rawValue
        #else
            let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return nil }
        return Int(usage.ru_maxrss) * 1_024  // kilobytes on Linux
    }

    /// Current resident set size (`VmRSS`), in bytes.
    static func currentResidentBytes() -> Int? {
        statusField("VmRSS:").map { $0 * 1_024 }
    }

    /// Resets the peak to the current size (`echo 5 > /proc/self/clear_refs`, Linux ≥ 4.0), so
    /// the next ``peakResidentBytes()`` is the peak of what runs in between. Returns `false`
    /// when the kernel refused; the peak then stays the process-wide one.
    @discardableResult
    static func resetPeak() -> Bool {
        ProcFile.overwrite("/proc/self/clear_refs", with: "5")
    }

    /// The kilobyte value of one `/proc/self/status` line, such as `VmHWM:  123456 kB`.
    private static func statusField(_ name: String) -> Int? {
        guard let status = ProcFile.contents(of: "/proc/self/status") else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let digits = line.dropFirst(name.count).filter { $0.isNumber }
            return Int(digits)
        }
        return nil
    }
}
