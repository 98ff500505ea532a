import MailThreatCore

/// Everything `MailThreatBench accuracy` computed, as written to `--json`.
struct AccuracyReport: Codable, Sendable {
    /// Build, machine and BLAS.
    let environment: BenchEnvironment
    /// The model file.
    let model: String
    /// The ruleset, when one was given.
    let rules: String?
    /// Split evaluated.
    let split: String
    /// Score threshold applied by the evaluation, or `nil` for the classifier's own verdicts.
    let threshold: Double?
    /// Every figure per corpus (catch, FP, hm, sm, lam, 1-ROCA, catch at FP budgets, per label,
    /// confusion matrix, misclassified messages with reasons).
    let evaluations: [CorpusEvaluation]
    /// Seconds spent classifying, per corpus (every core).
    let classificationSeconds: [String: Double]
    /// ROC files written (CSV and SVG per corpus).
    let rocFiles: [String]
    /// The gate file used, if any.
    let gateFile: String?
    /// Every gate missed, as `corpus: measured < required`.
    let gateFailures: [String]
    /// The corpora that missed a gate.
    let corporaMissingGates: [String]
    /// Named gates whose corpus was not evaluated.
    let unevaluatedGates: [String]
    /// `true` when every gate was met.
    let gatesPassed: Bool
}
