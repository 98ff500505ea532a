import Foundation
import Testing
@testable import MailThreatCore

/// A corpus whose every figure is worked out by hand below.
///
///     ham   h1 0.10 ham    h2 0.30 ham    h3 0.45 ham    h4 0.80 spam  (false positive)
///     spam  s1 0.95 spam   s2 0.80 phish  s3 0.70 spam   s4 0.40 ham   (missed)
///     phish p1 0.99 phish  p2 0.20 ham    (missed)
///
/// Verdicts: flagged iff score ≥ 0.5.
enum EvaluationFixture {
    static func message(_ path: String, _ label: String, _ predicted: String, _ score: Double) -> ScoredMessage {
        ScoredMessage(path: path, label: label, predictedClass: predicted, unwantedScore: score,
                      flagged: score >= 0.5, reasons: ["reason of \(path)", "second", "third", "fourth"])
    }

    static let handCorpus: [ScoredMessage] = [
        message("msgs/h1.eml", "ham", "ham", 0.10),
        message("msgs/h2.eml", "ham", "ham", 0.30),
        message("msgs/h3.eml", "ham", "ham", 0.45),
        message("msgs/h4.eml", "ham", "spam", 0.80),
        message("msgs/s1.eml", "spam", "spam", 0.95),
        message("msgs/s2.eml", "spam", "phish", 0.80),
        message("msgs/s3.eml", "spam", "spam", 0.70),
        message("msgs/s4.eml", "spam", "ham", 0.40),
        message("msgs/p1.eml", "phish", "phish", 0.99),
        message("msgs/p2.eml", "phish", "ham", 0.20),
    ]

    /// lam from two error rates via the odds' geometric mean: invlogit of the mean logit.
    static func lamByOdds(_ hamRate: Double, _ spamRate: Double) -> Double {
        let odds = (hamRate / (1 - hamRate) * (spamRate / (1 - spamRate))).squareRoot()
        return 100 * odds / (1 + odds)
    }
}

@Suite struct EvaluationCorpusMetricsTests {
    let evaluation = CorpusEvaluation.compute(corpus: "hand", messages: EvaluationFixture.handCorpus)

    @Test func countsAndVerdictRates() {
        #expect(evaluation.corpus == "hand")
        #expect(evaluation.threshold == nil)
        #expect(evaluation.messages == 10)
        #expect(evaluation.hamMessages == 4)
        #expect(evaluation.unwantedMessages == 6)
        // caught: s1 s2 s3 p1; false positive: h4; missed: s4 p2.
        #expect(evaluation.caught == CountedPercentage(count: 4, total: 6))
        #expect(abs(evaluation.caught.percent! - 400.0 / 6) < 1e-12)
        #expect(evaluation.falsePositives.count == 1 && evaluation.falsePositives.total == 4)
        #expect(evaluation.falsePositives.percent == 25)
        #expect(evaluation.hamMisclassification == evaluation.falsePositives)
        #expect(evaluation.missed.count == 2 && evaluation.missed.total == 6)
        #expect(abs(evaluation.spamMisclassification.percent! - 200.0 / 6) < 1e-12)
    }

    @Test func lamUsesHalfCountSmoothing() {
        // hm′ = (1 + 0.5) / (4 + 0.5) = 1/3, sm′ = (2 + 0.5) / (6 + 0.5) = 5/13:
        // odds 1/2 and 5/8, geometric mean √(5/16) = 0.5590…, lam = 0.5590 / 1.5590 = 35.857 %.
        let expected = EvaluationFixture.lamByOdds(1.0 / 3, 5.0 / 13)
        #expect(abs(expected - 35.857) < 0.001)
        #expect(abs(evaluation.lamPercent! - expected) < 1e-9)
        // Python: 100/(1+math.exp(-(math.log(1/2)+math.log(5/8))/2)) = 35.85701736362872
        #expect(abs(evaluation.lamPercent! - 35.85701736362872) < 1e-9)
    }

    @Test func lamWithZeroErrorsStaysFinite() {
        // At threshold 0.9: no ham flagged (0/4), caught 0.99 and 0.95 only (4 of 6 missed).
        // hm′ = 0.5/4.5 = 1/9, sm′ = 4.5/6.5 = 9/13 → odds 1/8 and 9/4 → √(9/32) → 34.655 %.
        let strict = CorpusEvaluation.compute(corpus: "hand", messages: EvaluationFixture.handCorpus, threshold: 0.9)
        #expect(strict.threshold == 0.9)
        #expect(strict.falsePositives == CountedPercentage(count: 0, total: 4))
        #expect(strict.caught == CountedPercentage(count: 2, total: 6))
        let expected = EvaluationFixture.lamByOdds(1.0 / 9, 9.0 / 13)
        #expect(abs(expected - 34.655) < 0.001)
        #expect(abs(strict.lamPercent! - expected) < 1e-9)
        // Python: 100/(1+math.exp(-(math.log(1/8)+math.log(9/4))/2)) = 34.65462064555279
        #expect(abs(strict.lamPercent! - 34.65462064555279) < 1e-9)
    }

    @Test func thresholdOverridesTheMessagesOwnVerdicts() {
        let atHalf = CorpusEvaluation.compute(corpus: "hand", messages: EvaluationFixture.handCorpus, threshold: 0.5)
        #expect(atHalf.caught == evaluation.caught)
        #expect(atHalf.falsePositives == evaluation.falsePositives)
        #expect(atHalf.misclassified == evaluation.misclassified)
        // Flip every verdict; the threshold must win over the stored flags.
        let flipped = EvaluationFixture.handCorpus.map { message -> ScoredMessage in
            var copy = message
            copy.flagged.toggle()
            return copy
        }
        let fromFlags = CorpusEvaluation.compute(corpus: "hand", messages: flipped)
        #expect(fromFlags.caught == CountedPercentage(count: 2, total: 6))
        #expect(fromFlags.falsePositives == CountedPercentage(count: 3, total: 4))
        let fromThreshold = CorpusEvaluation.compute(corpus: "hand", messages: flipped, threshold: 0.5)
        #expect(fromThreshold.caught == evaluation.caught)
    }

    @Test func areaAboveROCCountsTiesHalf() {
        // Unwanted ranked below each ham: h1 0.10 → 0; h2 0.30 → 1 (0.20); h3 0.45 → 2 (0.40, 0.20);
        // h4 0.80 → 3 (0.70, 0.40, 0.20) + ½ (tie with s2 0.80). 6.5 of 4 × 6 = 24 pairs.
        let area = evaluation.areaAboveROC!
        #expect(area.misorderedPairs == 6.5)
        #expect(area.pairs == 24)
        #expect(abs(area.percent - 6.5 / 24 * 100) < 1e-12)
        #expect(area.description == "27.0833 % (6.5/24 pairs)")
    }

    @Test func catchAtFalsePositiveBudgetIsTheBestThreshold() {
        // 0.1 % and 0.01 % of 4 ham allow no false positive: the best threshold is 0.95
        // (p1 0.99 and s1 0.95 flagged, the next score 0.80 holds ham h4).
        #expect(evaluation.catchAtFalsePositiveBudgets.count == 2)
        for best in evaluation.catchAtFalsePositiveBudgets {
            #expect(best.caught == CountedPercentage(count: 2, total: 6))
            #expect(best.falsePositives == CountedPercentage(count: 0, total: 4))
            #expect(best.threshold == 0.95)
            #expect(best.optimistic)
        }
        #expect(evaluation.catchAtFalsePositiveBudgets.map(\.budget.partsPerMillion) == [1_000, 100])
        // A 25 % budget allows one false positive: going down to 0.70 catches p1 s1 s2 s3 with h4.
        let loose = CorpusEvaluation.compute(corpus: "hand", messages: EvaluationFixture.handCorpus,
                                             falsePositiveBudgets: [PercentThreshold(parsing: "25")!])
        let best = loose.catchAtFalsePositiveBudgets[0]
        #expect(best.caught == CountedPercentage(count: 4, total: 6))
        #expect(best.falsePositives == CountedPercentage(count: 1, total: 4))
        #expect(best.threshold == 0.70)
        // 24.9 % is below one ham in four: back to 0.95.
        let tight = CorpusEvaluation.compute(corpus: "hand", messages: EvaluationFixture.handCorpus,
                                             falsePositiveBudgets: [PercentThreshold(parsing: "24.9999")!])
        #expect(tight.catchAtFalsePositiveBudgets[0].threshold == 0.95)
    }

    @Test func confusionMatrixOverClasses() {
        let matrix = evaluation.confusionMatrix
        #expect(matrix.classes == ["ham", "spam", "phish"])
        #expect(matrix.counts == [
            [3, 1, 0],  // ham:   h1 h2 h3 → ham, h4 → spam
            [1, 2, 1],  // spam:  s4 → ham, s1 s3 → spam, s2 → phish
            [1, 0, 1],  // phish: p2 → ham, p1 → phish
        ])
        #expect(matrix.count(label: "spam", predicted: "phish") == 1)
        #expect(matrix.count(label: "fraud", predicted: "ham") == 0)
    }

    @Test func perLabelBreakdown() {
        #expect(evaluation.labels.map(\.label) == ["ham", "spam", "phish"])
        let ham = evaluation.breakdown(label: "ham")!
        #expect(ham.messages == 4 && ham.flagged == CountedPercentage(count: 1, total: 4))
        #expect(ham.predictedAsLabel == CountedPercentage(count: 3, total: 4))
        let spam = evaluation.breakdown(label: "spam")!
        #expect(spam.flagged == CountedPercentage(count: 3, total: 4))
        #expect(spam.predictedAsLabel == CountedPercentage(count: 2, total: 4))
        let phish = evaluation.breakdown(label: "phish")!
        #expect(phish.flagged == CountedPercentage(count: 1, total: 2))
        #expect(phish.predictedAsLabel == CountedPercentage(count: 1, total: 2))
        #expect(evaluation.breakdown(label: "malware") == nil)
    }

    @Test func misclassifiedWorstFirst() {
        // False positive h4; missed p2 (score 0.20 is wronger than) s4 (0.40); wrong class s2.
        #expect(evaluation.misclassified.map(\.path) == ["msgs/h4.eml", "msgs/p2.eml", "msgs/s4.eml", "msgs/s2.eml"])
        #expect(evaluation.misclassified.map(\.kind) == [.falsePositive, .missed, .missed, .wrongClass])
        let first = evaluation.misclassified[0]
        #expect(first.label == "ham" && first.predictedClass == "spam" && first.flagged && first.unwantedScore == 0.80)
        #expect(first.reasons.first == "reason of msgs/h4.eml")
    }

    @Test func unwantedOnlyCorpusReportsItsFlaggedShare() {
        let phishOnly = [
            EvaluationFixture.message("a", "phish", "phish", 0.9),
            EvaluationFixture.message("b", "phish", "spam", 0.6),
            EvaluationFixture.message("c", "phish", "ham", 0.1),
        ]
        let result = CorpusEvaluation.compute(corpus: "phishing", messages: phishOnly)
        #expect(result.hamMessages == 0 && result.unwantedMessages == 3)
        #expect(result.caught == CountedPercentage(count: 2, total: 3))
        #expect(result.breakdown(label: "phish")?.flagged == CountedPercentage(count: 2, total: 3))
        #expect(result.falsePositives.percent == nil)
        #expect(result.falsePositives.description == "n/a (0/0)")
        #expect(result.lamPercent == nil)
        #expect(result.areaAboveROC == nil)
        #expect(result.catchAtFalsePositiveBudgets.isEmpty)
        #expect(result.confusionMatrix.classes == ["ham", "spam", "phish"])
        #expect(result.confusionMatrix.counts == [[0, 0, 0], [0, 0, 0], [1, 1, 1]])
    }

    @Test func hamOnlyCorpusReportsFalsePositives() {
        let hamOnly = (0..<5).map { EvaluationFixture.message("m\($0)", "ham", "ham", Double($0) / 5 + 0.1) }
        // Scores 0.1 0.3 0.5 0.7 0.9: three flagged.
        let result = CorpusEvaluation.compute(corpus: "modern-ham", messages: hamOnly)
        #expect(result.falsePositives == CountedPercentage(count: 3, total: 5))
        #expect(result.caught.percent == nil && result.missed.percent == nil)
        #expect(result.lamPercent == nil && result.areaAboveROC == nil)
        #expect(result.misclassified.count == 3)
        #expect(result.misclassified.map(\.path) == ["m4", "m3", "m2"])
    }

    @Test func emptyCorpusHasOnlyUndefinedFigures() {
        let result = CorpusEvaluation.compute(corpus: "empty", messages: [])
        #expect(result.messages == 0)
        #expect(result.caught.percent == nil && result.falsePositives.percent == nil)
        #expect(result.lamPercent == nil && result.areaAboveROC == nil)
        #expect(result.labels.isEmpty && result.misclassified.isEmpty)
        #expect(result.confusionMatrix.classes.isEmpty && result.confusionMatrix.counts.isEmpty)
    }

    @Test func otherLabelsCountAsUnwanted() {
        let messages = [
            EvaluationFixture.message("f", "fraud", "fraud", 0.9),
            EvaluationFixture.message("m", "malware", "spam", 0.2),
            EvaluationFixture.message("x", "zzz-new", "zzz-new", 0.7),
            EvaluationFixture.message("h", "ham", "ham", 0.1),
        ]
        let result = CorpusEvaluation.compute(corpus: "mixed", messages: messages)
        #expect(result.unwantedMessages == 3)
        #expect(result.caught == CountedPercentage(count: 2, total: 3))
        #expect(result.labels.map(\.label) == ["ham", "fraud", "malware", "zzz-new"])
        #expect(result.confusionMatrix.classes == ["ham", "spam", "fraud", "malware", "zzz-new"])
    }

    @Test func hostileScoresDoNotBreakAnything() {
        let messages = [
            ScoredMessage(path: "nan", label: "spam", predictedClass: "spam", unwantedScore: .nan, flagged: false),
            ScoredMessage(path: "inf", label: "ham", predictedClass: "spam", unwantedScore: .infinity, flagged: true),
            ScoredMessage(path: "-inf", label: "spam", predictedClass: "ham", unwantedScore: -.infinity, flagged: false),
            ScoredMessage(path: "big", label: "ham", predictedClass: "ham", unwantedScore: 1e308, flagged: true),
        ]
        let result = CorpusEvaluation.compute(corpus: "hostile", messages: messages)
        // NaN ranks as −∞, tying with the −∞ spam: both unwanted below both ham → all 4 pairs wrong.
        #expect(result.areaAboveROC?.misorderedPairs == 4)
        #expect(result.areaAboveROC?.percent == 100)
        #expect(result.lamPercent != nil && result.lamPercent!.isFinite)
        // Every ham flagged: hm′ = 2.5/2.5 = 1 → lam 100 %, not NaN.
        #expect(result.lamPercent == 100)
        #expect(result.misclassified.count == 4)
        let curve = ROCCurve(messages: messages)
        #expect(curve.points.last?.threshold == -.infinity)
        #expect(curve.svg(title: "hostile").contains("</svg>"))
    }

    @Test func manyMessagesStayFast() {
        var generator = EvaluationLCG(seed: 7)
        let messages = (0..<50_000).map { index -> ScoredMessage in
            let isSpam = generator.next() % 3 == 0
            let score = Double(generator.next() % 1000) / 1000
            return ScoredMessage(path: "m\(index)", label: isSpam ? "spam" : "ham", predictedClass: score >= 0.5 ? "spam" : "ham",
                                 unwantedScore: score, flagged: score >= 0.5)
        }
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = CorpusEvaluation.compute(corpus: "big", messages: messages) }
        #expect(elapsed < .seconds(10))
    }
}

/// A small deterministic generator for test data (64-bit LCG, Knuth's constants).
struct EvaluationLCG {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 33
    }
}
