/// Everything measured for one pipeline stage on one set of messages.
///
/// ```swift
/// let parse = runner.measure(stage: "parse", detail: "structure + transfer decoding",
///                            messages: bytes.count, bytes: total) { index in
///     MIMEParser().parse(bytes[index]).parts.count
/// }
/// print(parse.singleThread.megabytesPerSecond)
/// ```
struct StageMeasurement: Codable, Sendable, Hashable {
    /// Short stage name: `parse`, `content`, `features`, `inference (batch sgemm)`, ….
    let stage: String
    /// What the stage does and what its input is.
    let detail: String
    /// Messages processed per run.
    let messages: Int
    /// Raw input bytes of those messages (the basis of MB/s).
    let bytes: Int
    /// One thread (one core).
    let singleThread: ThroughputFigure
    /// Every core, when measured.
    let allCores: ThroughputFigure?
    /// Per-message latency on one thread, when the stage works message by message.
    let latency: LatencyDistribution?
    /// The slowest messages on one thread (largest latency over the timed runs), when the
    /// stage works message by message and the caller named its messages.
    let slowest: [SlowMessage]?
    /// Peak resident memory while the stage ran (after the peak was reset, when the kernel
    /// allows it), in bytes.
    let peakResidentBytes: Int?
    /// A value computed from every output, so the optimiser cannot drop the work.
    let checksum: Int
}
