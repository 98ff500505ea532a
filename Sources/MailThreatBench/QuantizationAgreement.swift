import MailThreatCore

/// What int8 quantization changes on one corpus: verdicts of the shipped int8 model against
/// the same model's float32 weights, on the same features and thresholds (issue 4: the same
/// verdict on ≥ 99.9 % of test messages; catch and false positives each move by ≤ 0.05
/// percentage points).
///
/// A verdict is the scanner's action and class (``MailThreatScanner/verdict(probabilities:content:features:)``).
///
/// ```swift
/// var tally = QuantizationAgreement(corpus: "spamassassin")
/// tally.add(label: "spam", int8: int8Verdict, float: floatVerdict)
/// print(tally.sameVerdictShare, tally.catchShift)
/// ```
struct QuantizationAgreement: Sendable {
    /// Issue 4's floor on the share of identical verdicts.
    static let minimumSameVerdictShare = 0.999
    /// Issue 4's limit on how far catch and false positives may move, in percentage points.
    static let maximumShiftPoints = 0.05

    let corpus: String
    private(set) var messages = 0
    private(set) var sameVerdicts = 0
    private(set) var unwanted = 0
    private(set) var ham = 0
    private(set) var caughtInt8 = 0
    private(set) var caughtFloat = 0
    private(set) var hamFlaggedInt8 = 0
    private(set) var hamFlaggedFloat = 0
    /// Largest difference of the unwanted score between the two.
    private(set) var maxScoreDifference = 0.0

    init(corpus: String) { self.corpus = corpus }

    /// Counts one message with its true `label`.
    mutating func add(label: String, int8: Verdict, float: Verdict) {
        messages += 1
        if int8.action == float.action && int8.predictedClass == float.predictedClass { sameVerdicts += 1 }
        maxScoreDifference = max(maxScoreDifference, abs(int8.unwantedScore - float.unwantedScore))
        if label == EvaluationLabels.ham {
            ham += 1
            if int8.isUnwanted { hamFlaggedInt8 += 1 }
            if float.isUnwanted { hamFlaggedFloat += 1 }
        } else {
            unwanted += 1
            if int8.isUnwanted { caughtInt8 += 1 }
            if float.isUnwanted { caughtFloat += 1 }
        }
    }

    /// Share of messages with the same verdict.
    var sameVerdictShare: Double { messages == 0 ? 1 : Double(sameVerdicts) / Double(messages) }
    /// Catch of int8 minus catch of float32, in percentage points (0 without unwanted mail).
    var catchShift: Double { Self.points(caughtInt8 - caughtFloat, of: unwanted) }
    /// False positives of int8 minus those of float32, in percentage points (0 without ham).
    var falsePositiveShift: Double { Self.points(hamFlaggedInt8 - hamFlaggedFloat, of: ham) }
    /// True when catch and false positives stay within ``maximumShiftPoints``.
    var shiftsWithinLimit: Bool {
        abs(catchShift) <= Self.maximumShiftPoints && abs(falsePositiveShift) <= Self.maximumShiftPoints
    }

    /// Every corpus pooled, for the overall share of identical verdicts.
    static func pooled(_ all: [QuantizationAgreement]) -> (same: Int, messages: Int) {
        (all.reduce(0) { $0 + $1.sameVerdicts }, all.reduce(0) { $0 + $1.messages })
    }

    private static func points(_ difference: Int, of total: Int) -> Double {
        total == 0 ? 0 : 100 * Double(difference) / Double(total)
    }
}
