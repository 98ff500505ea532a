/// One point of a ROC curve: what flagging every message scoring at least `threshold` yields.
public struct ROCPoint: Sendable, Hashable, Codable {
    /// Messages are flagged when their score is ≥ this value; `+∞` for the flag-nothing start.
    /// `nil` only for an operating point taken from the classifier's own verdicts.
    public let threshold: Double?
    /// Ham messages flagged at this threshold.
    public let falsePositives: Int
    /// Unwanted messages flagged at this threshold.
    public let truePositives: Int
    /// `falsePositives / ham total` (0 when the corpus has no ham).
    public let falsePositiveRate: Double
    /// `truePositives / unwanted total`, the catch rate (0 when the corpus has no unwanted mail).
    public let truePositiveRate: Double

    /// Creates a point from counts; the rates are derived from the totals.
    public init(threshold: Double?, falsePositives: Int, truePositives: Int, hamTotal: Int, unwantedTotal: Int) {
        self.threshold = threshold
        self.falsePositives = falsePositives
        self.truePositives = truePositives
        self.falsePositiveRate = hamTotal > 0 ? Double(falsePositives) / Double(hamTotal) : 0
        self.truePositiveRate = unwantedTotal > 0 ? Double(truePositives) / Double(unwantedTotal) : 0
    }
}
