/// What MailThreat decided about one message.
///
/// ```swift
/// let verdict = scanner.scan(bytes)
/// if verdict.isUnwanted { quarantine(verdict.predictedClass, because: verdict.reasons) }
/// ```
public struct Verdict: Sendable, Hashable, Codable {
    /// What a gateway should do with the message.
    public enum Action: String, Sendable, Hashable, Codable {
        /// Deliver normally.
        case deliver
        /// Deliver, marked as suspicious (score above the tag threshold but below the flag one).
        case tag
        /// Hold: unwanted mail (spam, phish, fraud, malware).
        case quarantine
    }

    /// The recommended action.
    public var action: Action
    /// The verdict's class: `ham` unless the message is flagged (``isUnwanted``), else the most
    /// probable unwanted class (`spam`, `phish`, `fraud`, `malware`). A tagged message stays
    /// `ham` here; ``probabilities`` shows which class the model leaned to.
    public var predictedClass: String
    /// Calibrated class probabilities, in the model's class order.
    public var probabilities: [ClassProbability]
    /// The probability that the message is unwanted: 1 − P(ham). Thresholds apply to it.
    public var unwantedScore: Double
    /// True when ``unwantedScore`` reached the model's flag threshold (or a hard signal forced it).
    public var isUnwanted: Bool
    /// Human-readable reasons, strongest first.
    public var reasons: [String]
    /// True when a parse limit cut the message short (never treated as clean on its own).
    public var hitParseLimit: Bool

    /// One class and its probability.
    public struct ClassProbability: Sendable, Hashable, Codable {
        public var className: String
        public var probability: Double
    }

    /// The probability of one class (0 when the model has no such class).
    public func probability(of className: String) -> Double {
        probabilities.first { $0.className == className }?.probability ?? 0
    }
}
