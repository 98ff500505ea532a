/// The most unwanted mail a score catches while flagging at most a given share of ham, with
/// the threshold picked on the evaluated data itself.
///
/// Because the threshold is chosen after seeing the answers, the figure is ``optimistic``: a
/// deployed threshold, fixed in advance, will usually do somewhat worse.
///
/// ```swift
/// let curve = ROCCurve(hamScores: [0.1, 0.2, 0.3, 0.95], unwantedScores: [0.4, 0.9, 0.99])
/// let best = curve.catchAtFalsePositiveBudget(PercentThreshold(parsing: "0.1")!)!
/// best.caught.description  // "33.33 % (1/3)": only the 0.99 message beats every ham
/// best.threshold           // 0.99
/// ```
public struct CatchAtFalsePositiveBudget: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The largest false-positive share allowed.
    public let budget: PercentThreshold
    /// Unwanted mail flagged at the best threshold.
    public let caught: CountedPercentage
    /// Ham flagged at the best threshold (within the budget).
    public let falsePositives: CountedPercentage
    /// Flag messages scoring at least this; `nil` when the best choice is to flag nothing.
    public let threshold: Double?
    /// Always `true`: the threshold was fitted on the data it is scored on.
    public let optimistic: Bool

    /// Creates the result; ``optimistic`` is always `true`.
    public init(budget: PercentThreshold, caught: CountedPercentage, falsePositives: CountedPercentage, threshold: Double?) {
        self.budget = budget
        self.caught = caught
        self.falsePositives = falsePositives
        self.threshold = threshold
        self.optimistic = true
    }

    /// `"99.12 % (563/568) at FP 0.08 % (1/1244), score ≥ 0.93 (optimistic)"`.
    public var description: String {
        let at = threshold.map { "score ≥ \(EvaluationNumberText.plain($0))" } ?? "nothing flagged"
        return "\(caught) at FP \(falsePositives), \(at) (optimistic)"
    }
}
