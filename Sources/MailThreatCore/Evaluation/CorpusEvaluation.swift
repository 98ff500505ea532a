/// Every accuracy figure of one corpus: counts, catch and false positives, TREC's hm%, sm%,
/// lam% and 1-ROCA%, the optimistic catch at tight false-positive budgets, per-label shares,
/// the confusion matrix and the misclassified messages.
///
/// Percentages are ``CountedPercentage`` values, so counts travel with them; a share of an
/// empty class is `nil` (`n/a`), which is how a single-class corpus reports: an all-phish corpus
/// has a catch but no false-positive rate, an all-ham corpus the reverse.
///
/// ```swift
/// let evaluation = CorpusEvaluation.compute(corpus: "spamassassin", messages: scored)
/// print(evaluation.caught)            // 99.12 % (563/568)
/// print(evaluation.falsePositives)    // 0.08 % (1/1244)
/// print(evaluation.lamPercent ?? .nan)
/// let json = try EvaluationJSON.makeEncoder().encode([evaluation])
/// ```
public struct CorpusEvaluation: Sendable, Hashable, Codable {
    /// The default false-positive budgets for ``catchAtFalsePositiveBudgets``: 0.1 % and 0.01 %.
    public static let defaultFalsePositiveBudgets = [
        PercentThreshold(partsPerMillion: 1_000), PercentThreshold(partsPerMillion: 100),
    ]

    /// The corpus name.
    public let corpus: String
    /// The score threshold the verdicts were taken at, or `nil` when each message's own
    /// `flagged` was used.
    public let threshold: Double?
    /// All messages evaluated.
    public let messages: Int
    /// Messages labelled ham.
    public let hamMessages: Int
    /// Messages with any other label (spam, phish, fraud, malware, …).
    public let unwantedMessages: Int
    /// Unwanted mail flagged: the catch rate (`n/a` without unwanted mail).
    public let caught: CountedPercentage
    /// Ham flagged: the false-positive rate, TREC's hm% (`n/a` without ham).
    public let falsePositives: CountedPercentage
    /// Unwanted mail not flagged: TREC's sm%, 100 % − catch.
    public let missed: CountedPercentage
    /// lam%, see ``LogisticAverageMisclassification``; `nil` unless both classes are present.
    public let lamPercent: Double?
    /// 1-ROCA, from the unwanted scores; `nil` unless both classes are present.
    public let areaAboveROC: AreaAboveROC?
    /// Best catch within each false-positive budget (optimistic); empty unless both classes
    /// are present.
    public let catchAtFalsePositiveBudgets: [CatchAtFalsePositiveBudget]
    /// One entry per true label, in display order (ham first).
    public let labels: [LabelBreakdown]
    /// True label × predicted class.
    public let confusionMatrix: ConfusionMatrix
    /// Wrong verdicts, worst first: false positives, then missed mail, then right flag with the
    /// wrong class; within each kind the most confident first.
    public let misclassified: [MisclassifiedMessage]

    /// TREC's ham misclassification rate hm%: the same figure as ``falsePositives``.
    public var hamMisclassification: CountedPercentage { falsePositives }
    /// TREC's spam misclassification rate sm%: the same figure as ``missed``.
    public var spamMisclassification: CountedPercentage { missed }

    /// The breakdown of one true label, if the corpus has it.
    public func breakdown(label: String) -> LabelBreakdown? { labels.first { $0.label == label } }

    /// Evaluates one corpus.
    ///
    /// - Parameters:
    ///   - corpus: The corpus name, carried into reports and gate messages.
    ///   - messages: The classified messages.
    ///   - threshold: When given, a message counts as flagged iff its unwanted score is at
    ///     least this value; `nil` uses each message's own `flagged` (the classifier's verdict).
    ///     The confusion matrix always uses `predictedClass` as given.
    ///   - falsePositiveBudgets: The budgets for the optimistic catch figures.
    public static func compute(
        corpus: String, messages: [ScoredMessage], threshold: Double? = nil,
        falsePositiveBudgets: [PercentThreshold] = defaultFalsePositiveBudgets
    ) -> CorpusEvaluation {
        var hamMessages = 0
        var hamFlagged = 0
        var unwantedMessages = 0
        var unwantedFlagged = 0
        var perLabel: [String: (messages: Int, flagged: Int, predictedAsLabel: Int)] = [:]
        var misclassified: [MisclassifiedMessage] = []
        for message in messages {
            let flagged = threshold.map { message.unwantedScore >= $0 } ?? message.flagged
            if message.isUnwanted {
                unwantedMessages += 1
                if flagged { unwantedFlagged += 1 }
            } else {
                hamMessages += 1
                if flagged { hamFlagged += 1 }
            }
            var tally = perLabel[message.label] ?? (0, 0, 0)
            tally.messages += 1
            if flagged { tally.flagged += 1 }
            if message.predictedClass == message.label { tally.predictedAsLabel += 1 }
            perLabel[message.label] = tally
            if let wrong = MisclassifiedMessage(message, flagged: flagged) { misclassified.append(wrong) }
        }
        misclassified.sort(by: MisclassifiedMessage.worseFirst)

        let curve = ROCCurve(messages: messages, threshold: threshold)
        let labels = EvaluationLabels.ordered(perLabel.keys).map { label -> LabelBreakdown in
            let tally = perLabel[label] ?? (0, 0, 0)
            return LabelBreakdown(label: label, messages: tally.messages, flagged: tally.flagged,
                                  predictedAsLabel: tally.predictedAsLabel)
        }
        return CorpusEvaluation(
            corpus: corpus,
            threshold: threshold,
            messages: messages.count,
            hamMessages: hamMessages,
            unwantedMessages: unwantedMessages,
            caught: CountedPercentage(count: unwantedFlagged, total: unwantedMessages),
            falsePositives: CountedPercentage(count: hamFlagged, total: hamMessages),
            missed: CountedPercentage(count: unwantedMessages - unwantedFlagged, total: unwantedMessages),
            lamPercent: LogisticAverageMisclassification.percent(
                hamErrors: hamFlagged, hamTotal: hamMessages,
                spamErrors: unwantedMessages - unwantedFlagged, spamTotal: unwantedMessages),
            areaAboveROC: curve.areaAboveCurve,
            catchAtFalsePositiveBudgets: falsePositiveBudgets.compactMap { curve.catchAtFalsePositiveBudget($0) },
            labels: labels,
            confusionMatrix: ConfusionMatrix(pairs: messages.map { ($0.label, $0.predictedClass) }),
            misclassified: misclassified)
    }
}
