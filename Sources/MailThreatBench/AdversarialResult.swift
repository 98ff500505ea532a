/// One adversarial message's parse cost next to ordinary mail's (issue 2: at most 3×).
struct AdversarialResult: Codable, Sendable, Hashable {
    /// Case name.
    let name: String
    /// What it is.
    let summary: String
    /// Its size.
    let bytes: Int
    /// MIME entities the parser produced.
    let parts: Int
    /// Distinct defect kinds recorded (limits show up here), plus `contentLimitExceeded` when
    /// the content reading hit a ``ContentLimits`` limit.
    let defectKinds: [String]
    /// Whether a parse or content limit was hit (the message is then never treated as clean).
    let hitLimit: Bool
    /// Parse stage on this message (one thread).
    let parse: StageMeasurement
    /// Parse + content on this message (one thread), when measured.
    let parseAndContent: StageMeasurement?
    /// Parse ms/MB of this message ÷ parse ms/MB of ordinary mail.
    let parseCostRatio: Double
    /// Parse + content ms/MB ÷ the same for ordinary mail.
    let parseAndContentCostRatio: Double?

    /// Both ratios within ``SpeedFloor/adversarialCostFactor``.
    let passed: Bool
}
