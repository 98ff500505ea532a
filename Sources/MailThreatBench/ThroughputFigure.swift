/// How fast one stage ran with a given number of threads: the timed runs and the rates their
/// median gives.
///
/// MB means 1,000,000 bytes of the raw input messages, whatever the stage consumes.
struct ThroughputFigure: Codable, Sendable, Hashable {
    /// Threads that did the work (1 for the single-core figure).
    let threads: Int
    /// The timed runs.
    let runs: RunSeries
    /// Messages per second at the median run.
    let messagesPerSecond: Double
    /// Input megabytes (10⁶ bytes) per second at the median run.
    let megabytesPerSecond: Double
    /// Milliseconds per input megabyte at the median run (the adversarial comparison's unit).
    let millisecondsPerMegabyte: Double

    /// Rates of `messages` messages totalling `bytes` bytes processed in each of `runs`.
    init(threads: Int, runs: RunSeries, messages: Int, bytes: Int) {
        self.threads = threads
        self.runs = runs
        let seconds = runs.median
        let megabytes = Double(bytes) / 1e6
        messagesPerSecond = seconds > 0 ? Double(messages) / seconds : 0
        megabytesPerSecond = seconds > 0 ? megabytes / seconds : 0
        millisecondsPerMegabyte = megabytes > 0 ? seconds * 1_000 / megabytes : 0
    }
}
