import Testing
@testable import MailThreatCore

/// Source balancing, per-example weights and the forward-in-time holdout.
@Suite("Training: selection and weighting")
struct TrainingSelectionTests {
    private func example(_ corpus: String, _ label: String, _ path: String, date: Int64? = nil) -> LabeledExample {
        LabeledExample(path: path, corpus: corpus, label: label, features: SparseFeatures(indices: [], values: []),
                       groupKey: "p:" + path, date: date)
    }

    @Test func sourceWeightsGiveEveryGroupTheSameShareAtExponentOne() {
        // Groups: (a, ham) × 3, (a, unwanted) × 1. Mean group size 2 → raw 2/3 and 2, mean 1.
        let examples = [example("a", "ham", "1"), example("a", "ham", "2"), example("a", "ham", "3"), example("a", "spam", "4")]
        let labels = [0, 0, 0, 1]
        let weights = ModelTrainingPipeline.sourceWeights(examples: examples, labels: labels, exponent: 1)
        #expect(abs(weights[0] - 2.0 / 3.0) < 1e-6 && abs(weights[3] - 2) < 1e-6)
        #expect(abs(weights[0...2].reduce(0, +) - weights[3]) < 1e-5)  // equal group totals
        #expect(abs(weights.reduce(0, +) / 4 - 1) < 1e-6)
        #expect(ModelTrainingPipeline.sourceWeights(examples: examples, labels: labels, exponent: 0) == [1, 1, 1, 1])
        // Half-way: the small group is up-weighted less.
        let half = ModelTrainingPipeline.sourceWeights(examples: examples, labels: labels, exponent: 0.5)
        #expect(half[3] > 1 && half[3] < weights[3])
    }

    @Test func aZeroWeightExampleDoesNotCountInTheLoss() throws {
        let model = ModelTestFixture.trained.model
        let base = Array(ModelTestFixture.test.prefix(50))
        var withExtra = base
        var ignored = ModelTestFixture.test[60]
        ignored.label = (ignored.label + 1) % 4  // a wrong label that would raise the loss
        ignored.weight = 0
        withExtra.append(ignored)
        let weights = [Float](repeating: 1, count: 4)
        let a = ModelTrainer.evaluate(model, on: base, classWeights: weights).loss
        let b = ModelTrainer.evaluate(model, on: withExtra, classWeights: weights).loss
        #expect(abs(a - b) < 1e-9)
        ignored.weight = 1
        let c = ModelTrainer.evaluate(model, on: base + [ignored], classWeights: weights).loss
        #expect(c > a)
    }

    @Test func forwardHoldoutTakesTheLatestOfEveryGroupAndNeverUndatedMail() {
        var examples: [LabeledExample] = []
        for day in 0..<10 { examples.append(example("a", "ham", "h\(day)", date: Int64(day) * 86_400)) }
        for day in 0..<5 { examples.append(example("a", "spam", "s\(day)", date: Int64(100 - day) * 86_400)) }
        examples.append(example("a", "ham", "undated"))
        let holdout = ForwardHoldout(share: 0.2, recipe: TrainingRecipe(),
                                     architecture: ModelTestFixture.architecture)
        let held = holdout.heldOutIndices(examples).map { examples[$0].path }.sorted()
        // Latest 2 of 10 ham (days 8, 9) and 1 of 5 spam (the one dated day 100).
        #expect(held == ["h8", "h9", "s0"])
    }
}
