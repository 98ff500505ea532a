import Testing
@testable import MailThreatCore

@Suite("Model training")
struct ModelTrainingTests {
    @Test("learns a 4-class synthetic sparse problem to high accuracy")
    func learnsSyntheticProblem() throws {
        let result = ModelTestFixture.trained
        let classifier = Classifier(model: result.model)
        let accuracy = ModelTestFixture.accuracy(classifier, on: ModelTestFixture.test)
        #expect(accuracy >= 0.95, "held-out accuracy \(accuracy)")
        // Loss went down and the history is consistent with the chosen epoch.
        #expect(result.history.count >= 2)
        #expect(result.history.last!.trainingLoss < result.history.first!.trainingLoss)
        #expect(result.history[result.bestEpoch - 1].isBest)
        #expect(result.metadata["bestEpoch"] == "\(result.bestEpoch)")
        #expect(result.metadata["trainingExamples"] == "1600")
    }

    @Test("a class-prior baseline is far below the trained model")
    func beatsChance() {
        // With 4 balanced classes the best constant guess is right ~25 % of the time.
        let counts = (0..<4).map { label in ModelTestFixture.test.filter { $0.label == label }.count }
        let prior = Double(counts.max()!) / Double(ModelTestFixture.test.count)
        #expect(prior < 0.35)
    }

    @Test("same seed and data give byte-identical models; another seed does not")
    func deterministic() throws {
        let data = ModelTestFixture.training.prefix(600).map { $0 }
        var options = ModelTestFixture.options
        options.epochs = 2
        options.featureDropout = 0.1
        let trainer = ModelTrainer(architecture: ModelTestFixture.architecture, options: options)
        let first = try trainer.train(data)
        let second = try trainer.train(data)
        let firstBytes = ModelFile(model: QuantizedModel(quantizing: first.model), trainingMetadata: first.metadata).serialize()
        let secondBytes = ModelFile(model: QuantizedModel(quantizing: second.model), trainingMetadata: second.metadata).serialize()
        #expect(firstBytes == secondBytes)
        #expect(first.model.embedding.map(\.bitPattern) == second.model.embedding.map(\.bitPattern))
        #expect(first.model.layers == second.model.layers)

        options.seed += 1
        let other = try ModelTrainer(architecture: ModelTestFixture.architecture, options: options).train(data)
        let otherBytes = ModelFile(model: QuantizedModel(quantizing: other.model), trainingMetadata: other.metadata).serialize()
        #expect(otherBytes != firstBytes)
    }

    @Test("progress is reported once per epoch and early stopping keeps the best epoch")
    func progressAndEarlyStopping() throws {
        var options = ModelTestFixture.options
        options.epochs = 40
        options.learningRate = 0.05  // overfits quickly, so validation loss turns up
        options.earlyStoppingPatience = 2
        var reports: [TrainingProgress] = []
        let result = try ModelTrainer(architecture: ModelTestFixture.architecture, options: options)
            .train(
                Array(ModelTestFixture.training.prefix(400)), validation: ModelTestFixture.validation
            ) { reports.append($0) }
        #expect(reports == result.history)
        #expect(reports.map(\.epoch) == Array(1...reports.count))
        #expect(reports.count < 40, "early stopping never fired")
        let best = reports.min { $0.validationLoss! < $1.validationLoss! }!
        #expect(result.bestEpoch == best.epoch)
        #expect(reports.count - result.bestEpoch == 2)
        #expect(reports.allSatisfy { $0.validationAccuracy != nil })
    }

    @Test("a class without training data is allowed and learned to be unlikely")
    func missingClass() throws {
        let architecture = ModelArchitecture(
            hashSpace: 4096, embeddingDimension: 16, hiddenLayers: [16],
            classes: ModelArchitecture.canonicalClasses)
        // Labels 0...3 only: "malware" (index 4) has no examples.
        var options = ModelTestFixture.options
        options.epochs = 3
        options.classWeighting = .balanced
        let result = try ModelTrainer(architecture: architecture, options: options)
            .train(Array(ModelTestFixture.training.prefix(800)))
        let classifier = Classifier(model: QuantizedModel(quantizing: result.model))
        #expect(classifier.classes == ["ham", "spam", "phish", "fraud", "malware"])
        let probabilities = classifier.probabilities(for: ModelTestFixture.test.prefix(200).map(\.features))
        let meanMalware = probabilities.map { $0[4] }.reduce(0, +) / Float(probabilities.count)
        #expect(meanMalware < 0.02)
        #expect(ClassWeighting.balanced.weights(counts: [300, 100, 0]) == [Float(400.0 / 600.0), 2, 0])
    }

    @Test("bad inputs give typed errors")
    func typedErrors() {
        let architecture = ModelTestFixture.architecture
        let good = Array(ModelTestFixture.training.prefix(10))
        #expect(throws: TrainingError.emptyTrainingSet) {
            try ModelTrainer(architecture: architecture).train([])
        }
        var bad = good
        bad[3].label = 4
        #expect(throws: TrainingError.labelOutOfRange(example: 3, label: 4)) {
            try ModelTrainer(architecture: architecture).train(bad)
        }
        var options = TrainingOptions()
        options.batchSize = 0
        #expect(throws: TrainingError.self) {
            try ModelTrainer(architecture: architecture, options: options).train(good)
        }
        var duplicate = architecture
        duplicate.classes = ["ham", "ham"]
        #expect(throws: TrainingError.self) { try ModelTrainer(architecture: duplicate).train(good) }
        var tooDeep = architecture
        tooDeep.hiddenLayers = [Int](repeating: 4, count: 9)
        #expect(throws: TrainingError.self) { try ModelTrainer(architecture: tooDeep).train(good) }
        options = TrainingOptions()
        options.learningRate = 1e30
        #expect(throws: TrainingError.diverged(epoch: 1)) {
            try ModelTrainer(architecture: architecture, options: options).train(ModelTestFixture.training)
        }
    }

    @Test("BLAS is pinned to one thread during training and restored afterwards")
    func singleThreadedBLAS() {
        let observed = BLASThreading.withSingleThread { BLASThreading.currentThreadCount }
        if BLASThreading.canPinThreads {
            #expect(observed == 1)
        }
    }
}
