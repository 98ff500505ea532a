/// A gate a corpus did not meet, in words a person can act on.
///
/// ```swift
/// failure.description  // "spamassassin: catch 99.12 % (563/568) < 99.8 %"
/// ```
public struct GateFailure: Sendable, Hashable, CustomStringConvertible {
    /// The corpus that missed (or the gate's corpus name when the corpus was not evaluated).
    public let corpus: String
    /// The requirement that failed.
    public let requirement: GateRequirement
    /// What was measured against what was required: `"catch 99.12 % (563/568) < 99.8 %"`.
    public let message: String

    /// Creates a failure.
    public init(corpus: String, requirement: GateRequirement, message: String) {
        self.corpus = corpus
        self.requirement = requirement
        self.message = message
    }

    /// `"<corpus>: <message>"`.
    public var description: String { "\(corpus): \(message)" }

    /// The distinct corpora among `failures`, in first-seen order (for the exit message).
    public static func corpora(_ failures: [GateFailure]) -> [String] {
        var seen = Set<String>()
        return failures.map(\.corpus).filter { seen.insert($0).inserted }
    }
}
