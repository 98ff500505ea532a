/// Per-message latency of a stage: median, 99th percentile and maximum, in microseconds.
///
/// Percentiles use the nearest-rank rule over every message of every timed run.
///
/// ```swift
/// let latency = LatencyDistribution(nanoseconds: [1_000, 2_000, 50_000])
/// latency.p50Microseconds   // 2.0
/// latency.maxMicroseconds   // 50.0
/// ```
struct LatencyDistribution: Codable, Sendable, Hashable {
    /// Number of latencies summarised.
    let samples: Int
    /// Median latency (µs).
    let p50Microseconds: Double
    /// 99th-percentile latency (µs).
    let p99Microseconds: Double
    /// Largest latency (µs).
    let maxMicroseconds: Double
    /// Mean latency (µs).
    let meanMicroseconds: Double

    /// Summarises latencies given in nanoseconds; `nil` for an empty list.
    init?(nanoseconds: [UInt64]) {
        guard !nanoseconds.isEmpty else { return nil }
        let sorted = nanoseconds.sorted()
        func rank(_ fraction: Double) -> Double {
            // Nearest rank: the smallest value with at least `fraction` of the samples at or below it.
            let position = Int((fraction * Double(sorted.count)).rounded(.up))
            return Double(sorted[min(max(position, 1), sorted.count) - 1]) / 1_000
        }
        samples = sorted.count
        p50Microseconds = rank(0.50)
        p99Microseconds = rank(0.99)
        maxMicroseconds = Double(sorted[sorted.count - 1]) / 1_000
        var total = 0.0
        for value in sorted { total += Double(value) }
        meanMicroseconds = total / Double(sorted.count) / 1_000
    }
}
