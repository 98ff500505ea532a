/// 1-ROCA: the area above the ROC curve, i.e. the share of (ham, unwanted) pairs the score
/// ranks the wrong way round, a tie counting half (the Mann–Whitney statistic, as TREC reports it).
///
/// ```swift
/// let area = ROCCurve(hamScores: [0.2, 0.5], unwantedScores: [0.5, 0.9]).areaAboveCurve!
/// area.misorderedPairs  // 0.5 (the tie at 0.5)
/// area.pairs            // 4
/// area.percent          // 12.5
/// ```
public struct AreaAboveROC: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Pairs ranked the wrong way (ham scored above unwanted) plus half the tied pairs.
    public let misorderedPairs: Double
    /// All (ham, unwanted) pairs: ham total × unwanted total.
    public let pairs: Double
    /// `100 × misorderedPairs / pairs`: 1-ROCA%.
    public let percent: Double

    /// Creates the area from pair counts (`pairs` > 0).
    public init(misorderedPairs: Double, pairs: Double) {
        self.misorderedPairs = misorderedPairs
        self.pairs = pairs
        self.percent = pairs > 0 ? 100 * misorderedPairs / pairs : 0
    }

    /// `"0.0123 % (12.5/101632 pairs)"`.
    public var description: String {
        "\(EvaluationNumberText.format(percent, decimals: 4)) (\(EvaluationNumberText.plainCount(misorderedPairs))/\(EvaluationNumberText.plainCount(pairs)) pairs)"
    }
}
