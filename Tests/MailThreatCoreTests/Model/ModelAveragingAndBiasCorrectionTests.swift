import Testing
@testable import MailThreatCore

@Suite("Snapshot averaging and quantization bias correction")
struct ModelAveragingAndBiasCorrectionTests {
    @Test("snapshots are evenly spaced through the epoch, the last at its end")
    func snapshotSteps() {
        #expect(ModelTrainer.snapshotSteps(steps: 10, snapshots: 4) == [2, 5, 7, 10])
        #expect(ModelTrainer.snapshotSteps(steps: 10, snapshots: 1) == [10])
        #expect(ModelTrainer.snapshotSteps(steps: 3, snapshots: 8) == [1, 2, 3])
        #expect(ModelTrainer.snapshotSteps(steps: 0, snapshots: 4).isEmpty)
    }

    @Test("averaging is element-wise over embedding, weights and biases")
    func averaging() throws {
        let architecture = ModelArchitecture(hashSpace: 2, embeddingDimension: 2, hiddenLayers: [], classes: ["ham", "spam"])
        func model(_ x: Float) throws -> FloatModel {
            try FloatModel(
                architecture: architecture, embedding: [x, 2 * x, 3 * x, 4 * x],
                layers: [DenseLayer(inputSize: 2, outputSize: 2, weights: [x, -x, 0, 1], bias: [x, 2])])
        }
        let mean = FloatModel.averaged([try model(1), try model(3)])
        #expect(mean.embedding == [2, 4, 6, 8])
        #expect(mean.layers[0].weights == [2, -2, 0, 1])
        #expect(mean.layers[0].bias == [2, 2])
        #expect(FloatModel.averaged([try model(5)]).embedding == [5, 10, 15, 20])
    }

    @Test("tail averaging trains deterministically and changes the model")
    func tailAveragingTrains() throws {
        var options = ModelTestFixture.options
        options.epochs = 2
        options.snapshotsPerEpoch = 4
        let first = try ModelTrainer(architecture: ModelTestFixture.architecture, options: options).train(ModelTestFixture.training)
        let second = try ModelTrainer(architecture: ModelTestFixture.architecture, options: options).train(ModelTestFixture.training)
        #expect(first.model.embedding == second.model.embedding)
        options.snapshotsPerEpoch = 1
        let plain = try ModelTrainer(architecture: ModelTestFixture.architecture, options: options).train(ModelTestFixture.training)
        #expect(plain.model.embedding != first.model.embedding)
        let accuracy = ModelTestFixture.accuracy(Classifier(model: first.model), on: ModelTestFixture.test)
        #expect(accuracy > 0.9, "tail-averaged accuracy \(accuracy)")
        options.snapshotsPerEpoch = 0
        #expect(throws: TrainingError.self) { try options.validate(classCount: 4) }
    }

    @Test("bias correction makes the int8 model's mean logits equal the float model's on its samples")
    func biasCorrection() {
        let float = ModelTestFixture.trained.model
        let samples = ModelTestFixture.training.map(\.features)
        let plain = QuantizedModel(quantizing: float)
        let corrected = QuantizedModel(quantizing: float, correctingBiasOver: samples)
        #expect(corrected.embedding == plain.embedding)
        #expect(zip(corrected.layers, plain.layers).allSatisfy { $0.codes == $1.codes && $0.scales == $1.scales })

        func meanLogits(_ classifier: Classifier) -> [Double] {
            var sums = [Double](repeating: 0, count: float.architecture.classes.count)
            for logits in classifier.logits(for: samples) {
                for k in sums.indices { sums[k] += Double(logits[k]) }
            }
            return sums.map { $0 / Double(samples.count) }
        }
        let reference = meanLogits(Classifier(model: float))
        let plainShift = zip(meanLogits(Classifier(model: plain)), reference).map { abs($0 - $1) }.max()!
        let correctedShift = zip(meanLogits(Classifier(model: corrected)), reference).map { abs($0 - $1) }.max()!
        #expect(correctedShift < 1e-4, "corrected mean logit shift \(correctedShift)")
        #expect(correctedShift < plainShift, "\(correctedShift) vs \(plainShift)")
        // Without samples nothing changes.
        #expect(QuantizedModel(quantizing: float, correctingBiasOver: []) == plain)
    }
}
