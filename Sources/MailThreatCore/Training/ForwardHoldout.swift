/// The forward-in-time selection run of ``TrainingRecipe/forwardHoldoutShare``: within the
/// `train` split, the latest messages of every (corpus, label) group are held out, a model is
/// trained on the earlier ones, and the held-out messages are ranked.
///
/// The test splits of the corpora are later mail than their train splits, and the project is
/// measured on mail from other years, so a recipe is judged here by how well it ranks mail
/// that is newer than everything it learned from — still on train data only.
struct ForwardHoldout {
    /// Share of every group held out (the latest by Date field).
    var share: Double
    var recipe: TrainingRecipe
    var architecture: ModelArchitecture

    func run(examples: [LabeledExample], labels: [Int], weights: [Float], log: (String) -> Void) throws {
        let held = heldOutIndices(examples)
        var train: [TrainingExample] = []
        var stopping: [TrainingExample] = []
        for i in examples.indices where !held.contains(i) {
            let example = TrainingExample(features: examples[i].features, label: labels[i], weight: weights[i])
            if ModelTrainingPipeline(recipe: recipe).isStoppingExample(examples[i]) {
                stopping.append(example)
            } else {
                train.append(example)
            }
        }
        let result = try ModelTrainer(architecture: architecture, options: recipe.options).train(train, validation: stopping)
        let heldList = held.sorted()
        let probabilities = Classifier(model: result.model).probabilities(for: heldList.map { examples[$0].features })
        let scores = probabilities.map { Double(max(0, 1 - $0[0])) }
        let heldExamples = heldList.map { examples[$0] }
        log("forward holdout: trained on \(train.count) earlier messages (best epoch \(result.bestEpoch)), ranking the latest \(heldList.count)")
        let hamScores = zip(heldExamples, scores).filter { $0.0.label == "ham" }.map(\.1)
        for rate in [0.001, 0.01] {
            let threshold = ModelTrainingPipeline.threshold(hamScores: hamScores, allowedRate: rate)
            let figures = CrossValidationFigures(examples: heldExamples, scores: scores, threshold: threshold)
            log("  at \(rate * 100) % of held-out ham flagged (threshold \(threshold)): pooled catch \(figures.pooledCatch)")
            for line in figures.lines { log("    " + line) }
        }
        for corpus in Set(heldExamples.map(\.corpus)).sorted() {
            let pairs = zip(heldExamples, scores).filter { $0.0.corpus == corpus }
            let curve = ROCCurve(hamScores: pairs.filter { $0.0.label == "ham" }.map(\.1),
                                 unwantedScores: pairs.filter { $0.0.label != "ham" }.map(\.1))
            if let area = curve.areaAboveCurve { log("  \(corpus): 1-ROCA \(area)") }
        }
    }

    /// The latest `share` of every (corpus, label) group by Date field; undated messages are
    /// never held out.
    func heldOutIndices(_ examples: [LabeledExample]) -> Set<Int> {
        var groups: [String: [Int]] = [:]
        for i in examples.indices where examples[i].date != nil {
            groups["\(examples[i].corpus)\u{1}\(examples[i].label)", default: []].append(i)
        }
        var held = Set<Int>()
        for members in groups.values {
            let ordered = members.sorted { (examples[$0].date!, examples[$0].path) < (examples[$1].date!, examples[$1].path) }
            let count = Int((Double(ordered.count) * share).rounded())
            held.formUnion(ordered.suffix(count))
        }
        return held
    }
}
