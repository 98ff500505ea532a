/// Everything `MailThreatBench parse` measured, as written to `--json`.
struct ParseReport: Codable, Sendable {
    /// Build, machine and BLAS.
    let environment: BenchEnvironment
    /// Warm-up and timed runs per figure.
    let warmupRuns: Int
    let timedRuns: Int
    /// Issue 2's figures per corpus.
    let corpora: [CorpusParseResult]
    /// Ordinary mail's parse cost (ms per MB) over the corpora, the adversarial baseline.
    let ordinaryParseMillisecondsPerMegabyte: Double
    /// The same for parse + content.
    let ordinaryParseAndContentMillisecondsPerMegabyte: Double?
    /// Adversarial inputs, when measured.
    let adversarial: [AdversarialResult]?
    /// The scale the adversarial inputs were built at (1 = the sizes of issue 2).
    let adversarialScale: Double?
    /// The floors against the figures.
    let floors: [SpeedFloor]
    /// Peak resident memory of the whole run.
    let peakResidentBytes: Int?
}
