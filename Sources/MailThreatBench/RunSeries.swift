/// The timed runs of one measurement (warm-up runs are never in it) and their summary.
///
/// Speed figures are taken from the median run; the spread says how much the runs disagreed.
///
/// ```swift
/// let series = RunSeries(seconds: [1.02, 0.98, 1.00, 1.01, 0.99])
/// series.median          // 1.00
/// series.spreadPercent   // 4.0: (max − min) / median
/// ```
struct RunSeries: Codable, Sendable, Hashable {
    /// Wall-clock seconds of every timed run, in the order they ran.
    let seconds: [Double]
    /// Median of ``seconds`` (the mean of the middle two for an even count).
    let median: Double
    /// Fastest run.
    let minimum: Double
    /// Slowest run.
    let maximum: Double
    /// `(maximum − minimum) / median × 100`.
    let spreadPercent: Double

    /// Summarises timed runs (an empty list gives zeros).
    init(seconds: [Double]) {
        self.seconds = seconds
        let sorted = seconds.sorted()
        if sorted.isEmpty {
            median = 0
        } else if sorted.count % 2 == 1 {
            median = sorted[sorted.count / 2]
        } else {
            median = (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        }
        minimum = sorted.first ?? 0
        maximum = sorted.last ?? 0
        spreadPercent = median > 0 ? (maximum - minimum) / median * 100 : 0
    }
}
