import MailThreatCore

/// What the benchmark needs from a classified message: the ``ScoredMessage`` fields the
/// classifier decides. Any scanner is wired into the accuracy run through a closure returning
/// this value.
///
/// ```swift
/// let classify: @Sendable ([UInt8]) -> MessageVerdict = { bytes in pipeline.scan(bytes, model: model) }
/// let scored = classify(bytes).scored(path: "msgs/000123.eml", label: "spam")
/// ```
struct MessageVerdict: Sendable, Hashable {
    /// The class chosen (`ham`, `spam`, `phish`, …).
    var predictedClass: String
    /// The score for "not ham" (higher = more unwanted).
    var unwantedScore: Double
    /// Whether the message would be treated as unwanted.
    var flagged: Bool
    /// Top reasons, most important first.
    var reasons: [String]

    /// The verdict as an evaluation input for the message at `path` labelled `label`.
    func scored(path: String, label: String) -> ScoredMessage {
        ScoredMessage(path: path, label: label, predictedClass: predictedClass,
                      unwantedScore: unwantedScore, flagged: flagged, reasons: reasons)
    }

    /// A verdict from its fields.
    init(predictedClass: String, unwantedScore: Double, flagged: Bool, reasons: [String]) {
        self.predictedClass = predictedClass
        self.unwantedScore = unwantedScore
        self.flagged = flagged
        self.reasons = reasons
    }
}
