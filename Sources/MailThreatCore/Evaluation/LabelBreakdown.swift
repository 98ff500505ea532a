/// How the messages of one true label fared: the figure that counts for a corpus holding a
/// single class (e.g. all phish: its flagged share is its catch).
///
/// ```swift
/// // 294 phish, 291 flagged, 280 of them predicted as "phish":
/// breakdown.flagged.description            // "98.98 % (291/294)"
/// breakdown.predictedAsLabel.description   // "95.24 % (280/294)"
/// ```
public struct LabelBreakdown: Sendable, Hashable, Codable {
    /// The true label (`ham`, `spam`, `phish`, …).
    public let label: String
    /// Messages with this label.
    public let messages: Int
    /// Share flagged as unwanted: the catch for an unwanted label, the false positives for ham.
    public let flagged: CountedPercentage
    /// Share whose predicted class equals the label exactly.
    public let predictedAsLabel: CountedPercentage

    /// Creates a breakdown from counts.
    public init(label: String, messages: Int, flagged: Int, predictedAsLabel: Int) {
        self.label = label
        self.messages = messages
        self.flagged = CountedPercentage(count: flagged, total: messages)
        self.predictedAsLabel = CountedPercentage(count: predictedAsLabel, total: messages)
    }

    /// `true` for ham.
    public var isHam: Bool { label == EvaluationLabels.ham }
}
