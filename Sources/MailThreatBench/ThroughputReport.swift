/// Everything `MailThreatBench throughput` measured, as written to `--json`.
struct ThroughputReport: Codable, Sendable {
    /// The model measured.
    struct ModelSummary: Codable, Sendable, Hashable {
        /// File path, or which default was used.
        let source: String
        /// File size in bytes, when known.
        let fileBytes: Int?
        /// Hash space × embedding dimension, hidden layers.
        let hashSpace: Int
        let embeddingDimension: Int
        let hiddenLayers: [Int]
        /// Output classes.
        let classes: [String]
        /// Flagging threshold on the unwanted score.
        let threshold: Double
        /// Messages per `sgemm` call in the batch path.
        let batchSize: Int
    }

    /// One corpus: every stage, CPython's parse, and the inference paths' agreement.
    struct CorpusThroughput: Codable, Sendable {
        /// Corpus name.
        let corpus: String
        /// Split measured.
        let split: String
        /// Messages and their raw bytes.
        let messages: Int
        let bytes: Int
        /// Stage figures in pipeline order.
        let stages: [StageMeasurement]
        /// Parse stage and CPython's email package on the same messages.
        let parse: CorpusParseResult
        /// Batch BLAS vs single BLAS vs plain loop, when a model was given.
        let inferenceAgreement: InferenceAgreement?
    }

    /// Build, machine and BLAS.
    let environment: BenchEnvironment
    /// Warm-up and timed runs per figure.
    let warmupRuns: Int
    let timedRuns: Int
    /// The model, when one was measured.
    let model: ModelSummary?
    /// Why some stages are missing (no model, no rule evaluator).
    let notes: [String]
    /// Per corpus.
    let corpora: [CorpusThroughput]
    /// Issue floors against the figures.
    let floors: [SpeedFloor]
    /// Resident memory after loading the corpora, before measuring.
    let residentBytesAfterLoading: Int?
    /// Peak resident memory of the whole run.
    let peakResidentBytes: Int?
}
