/// A message the classifier got wrong, with what a person needs to look at it.
public struct MisclassifiedMessage: Sendable, Hashable, Codable {
    /// How the verdict was wrong, most costly first.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// Ham that was flagged.
        case falsePositive = "false-positive"
        /// Unwanted mail that was not flagged.
        case missed
        /// The flag was right but the predicted class differs from the label
        /// (e.g. phish predicted as spam, or unflagged ham predicted as spam).
        case wrongClass = "wrong-class"

        /// Severity order: false positives, then missed mail, then wrong class.
        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.severityRank < rhs.severityRank }

        private var severityRank: Int {
            switch self {
            case .falsePositive: return 0
            case .missed: return 1
            case .wrongClass: return 2
            }
        }
    }

    /// How the verdict was wrong.
    public let kind: Kind
    /// The message's path in the corpus.
    public let path: String
    /// The true label.
    public let label: String
    /// The predicted class.
    public let predictedClass: String
    /// The verdict that was counted (after applying any evaluation threshold).
    public let flagged: Bool
    /// The unwanted score.
    public let unwantedScore: Double
    /// The classifier's top reasons.
    public let reasons: [String]

    /// How confidently wrong the score is, in [0, 1] for probability scores: the score for a
    /// false positive, 1 − score for a missed message, 0 for a wrong class.
    public var wrongness: Double {
        let score = unwantedScore.isNaN ? -Double.infinity : unwantedScore
        switch kind {
        case .falsePositive: return score
        case .missed: return 1 - score
        case .wrongClass: return 0
        }
    }

    /// Classifies `message` (with `flagged` as counted), or returns `nil` when it is right.
    init?(_ message: ScoredMessage, flagged: Bool) {
        let kind: Kind
        if !message.isUnwanted && flagged {
            kind = .falsePositive
        } else if message.isUnwanted && !flagged {
            kind = .missed
        } else if message.predictedClass != message.label {
            kind = .wrongClass
        } else {
            return nil
        }
        self.kind = kind
        self.path = message.path
        self.label = message.label
        self.predictedClass = message.predictedClass
        self.flagged = flagged
        self.unwantedScore = message.unwantedScore
        self.reasons = message.reasons
    }

    /// Worst first: by kind, then by ``wrongness`` (higher first), then by path.
    static func worseFirst(_ lhs: MisclassifiedMessage, _ rhs: MisclassifiedMessage) -> Bool {
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        if lhs.wrongness != rhs.wrongness { return lhs.wrongness > rhs.wrongness }
        return lhs.path.unicodeScalars.lexicographicallyPrecedes(rhs.path.unicodeScalars)
    }
}
