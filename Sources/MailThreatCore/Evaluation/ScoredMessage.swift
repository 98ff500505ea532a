/// One classified message of a labelled corpus: the input of every accuracy metric.
///
/// The benchmark builds one value per message it ran through the classifier:
///
/// ```swift
/// let message = ScoredMessage(
///     path: "msgs/000123.eml", label: "spam", predictedClass: "spam",
///     unwantedScore: 0.97, flagged: true, reasons: ["url: bare IP host"])
/// ```
///
/// Every label other than ``EvaluationLabels/ham`` counts as unwanted mail (spam, phish, fraud,
/// malware, or any other label the corpus uses). Labels are compared exactly (case-sensitive).
public struct ScoredMessage: Sendable, Hashable, Codable {
    /// The message's path as written in the corpus index (`msgs/000123.eml`).
    public var path: String
    /// The true label from the corpus index (`ham`, `spam`, `phish`, `fraud`, `malware`).
    public var label: String
    /// The class the classifier chose for the message (used by the confusion matrix).
    public var predictedClass: String
    /// The classifier's score for "not ham", higher = more unwanted (typically P(not ham)).
    ///
    /// Any real number works; only the order matters to the ranking metrics. NaN ranks below
    /// every other score.
    public var unwantedScore: Double
    /// The classifier's verdict: `true` when the message would be treated as unwanted.
    public var flagged: Bool
    /// The classifier's top reasons for its verdict, most important first.
    public var reasons: [String]

    /// Creates a scored message; see the properties for the meaning of each field.
    public init(
        path: String, label: String, predictedClass: String, unwantedScore: Double,
        flagged: Bool, reasons: [String] = []
    ) {
        self.path = path
        self.label = label
        self.predictedClass = predictedClass
        self.unwantedScore = unwantedScore
        self.flagged = flagged
        self.reasons = reasons
    }

    /// `true` when the true label is anything other than ham.
    public var isUnwanted: Bool { label != EvaluationLabels.ham }

    /// The score used for ranking: the score itself, with NaN mapped to −∞ so that sorting is
    /// a total order and a NaN never outranks a real score.
    var rankingScore: Double { unwantedScore.isNaN ? -Double.infinity : unwantedScore }
}
