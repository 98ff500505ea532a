/// Fixed-width text reports of evaluations for a terminal, every percentage with its counts.
///
/// ```swift
/// print(EvaluationTable.render(evaluations))             // summary, ranking and per-label tables
/// print(EvaluationTable.renderDetails(evaluation))        // confusion matrix and worst errors
/// ```
public enum EvaluationTable {
    /// Three tables over all corpora: verdicts (catch, false positives = hm, missed = sm, lam),
    /// ranking by score (1-ROCA and the optimistic catch at each false-positive budget), and
    /// per-label flagged shares. Undefined figures (empty class) show as `n/a`.
    public static func render(_ evaluations: [CorpusEvaluation]) -> String {
        var verdicts = EvaluationTextTable(
            headers: ["corpus", "messages", "ham", "unwanted", "catch", "false positives (hm)", "missed (sm)", "lam"],
            alignments: [.left, .right, .right, .right, .right, .right, .right, .right])
        for evaluation in evaluations {
            verdicts.append([
                evaluation.corpus, "\(evaluation.messages)", "\(evaluation.hamMessages)", "\(evaluation.unwantedMessages)",
                evaluation.caught.description, evaluation.falsePositives.description, evaluation.missed.description,
                EvaluationNumberText.format(evaluation.lamPercent, decimals: 3),
            ])
        }

        let budgets = budgetColumns(evaluations)
        var ranking = EvaluationTextTable(
            headers: ["corpus", "1-ROCA"] + budgets.map { "catch at FP ≤ \($0) *" },
            alignments: [.left] + Array(repeating: .right, count: budgets.count + 1))
        for evaluation in evaluations {
            var row = [evaluation.corpus, evaluation.areaAboveROC?.description ?? "n/a"]
            for budget in budgets {
                let best = evaluation.catchAtFalsePositiveBudgets.first { $0.budget.partsPerMillion == budget.partsPerMillion }
                row.append(best.map { "\($0.caught), \($0.falsePositives.count) FP" } ?? "n/a")
            }
            ranking.append(row)
        }

        var perLabel = EvaluationTextTable(
            headers: ["corpus", "label", "messages", "flagged", "predicted as label"],
            alignments: [.left, .left, .right, .right, .right])
        for evaluation in evaluations {
            for breakdown in evaluation.labels {
                perLabel.append([
                    evaluation.corpus, breakdown.label, "\(breakdown.messages)",
                    breakdown.flagged.description, breakdown.predictedAsLabel.description,
                ])
            }
        }

        return """
            Verdicts (threshold: \(thresholdText(evaluations)))
            \(verdicts.render())
            Ranking by score (* best threshold chosen on this data: optimistic)
            \(ranking.render())
            Per label (flagged = caught for unwanted labels, false positives for ham)
            \(perLabel.render())
            """
    }

    /// One corpus in detail: its confusion matrix and its `misclassifiedLimit` worst errors
    /// (path, label, verdict, score, top three reasons).
    public static func renderDetails(_ evaluation: CorpusEvaluation, misclassifiedLimit: Int = 20) -> String {
        let matrix = evaluation.confusionMatrix
        var confusion = EvaluationTextTable(
            headers: ["label \\ predicted"] + matrix.classes + ["total"],
            alignments: [.left] + Array(repeating: .right, count: matrix.classes.count + 1))
        for (index, label) in matrix.classes.enumerated() {
            let row = matrix.counts[index]
            confusion.append([label] + row.map { "\($0)" } + ["\(row.reduce(0, +))"])
        }

        let limit = max(0, misclassifiedLimit)
        var errors = EvaluationTextTable(
            headers: ["kind", "score", "label", "predicted", "flagged", "path", "reasons"],
            alignments: [.left, .right, .left, .left, .left, .left, .left])
        for wrong in evaluation.misclassified.prefix(limit) {
            errors.append([
                wrong.kind.rawValue, EvaluationNumberText.fixed(wrong.unwantedScore, decimals: 4), wrong.label,
                wrong.predictedClass, wrong.flagged ? "yes" : "no", wrong.path,
                wrong.reasons.prefix(3).joined(separator: "; "),
            ])
        }
        let shown = min(limit, evaluation.misclassified.count)
        return """
            Confusion matrix: \(EvaluationTextTable.clean(evaluation.corpus)) (rows: true label, columns: predicted class)
            \(confusion.render())
            Misclassified: \(EvaluationTextTable.clean(evaluation.corpus)), \(evaluation.misclassified.count) messages (showing the \(shown) worst)
            \(errors.render())
            """
    }

    /// The distinct budgets over all evaluations, in first-seen order.
    private static func budgetColumns(_ evaluations: [CorpusEvaluation]) -> [PercentThreshold] {
        var seen = Set<Int>()
        var budgets: [PercentThreshold] = []
        for evaluation in evaluations {
            for best in evaluation.catchAtFalsePositiveBudgets where seen.insert(best.budget.partsPerMillion).inserted {
                budgets.append(best.budget)
            }
        }
        if budgets.isEmpty { budgets = CorpusEvaluation.defaultFalsePositiveBudgets }
        return budgets
    }

    private static func thresholdText(_ evaluations: [CorpusEvaluation]) -> String {
        let thresholds = Set(evaluations.map(\.threshold))
        if thresholds.count == 1, let only = thresholds.first {
            return only.map { "score ≥ \(EvaluationNumberText.plain($0))" } ?? "classifier verdicts"
        }
        return "varies by corpus"
    }
}
