import Testing
@testable import MailThreatCore

@Suite("Model inference")
struct ModelInferenceTests {
    /// A model with two hidden layers and random weights, independent of training.
    static func randomModel(seed: UInt64) throws -> FloatModel {
        let architecture = ModelArchitecture(
            hashSpace: 512, embeddingDimension: 8, hiddenLayers: [12, 6], classes: ["a", "b", "c"])
        var random = ModelRandomGenerator(seed: seed)
        let embedding = (0..<(512 * 8)).map { _ in random.nextFloat(symmetricLimit: 1) }
        let widths = architecture.layerWidths
        let layers = try (0..<(widths.count - 1)).map { layer in
            try DenseLayer(
                inputSize: widths[layer], outputSize: widths[layer + 1],
                weights: (0..<(widths[layer] * widths[layer + 1])).map { _ in random.nextFloat(symmetricLimit: 0.8) },
                bias: (0..<widths[layer + 1]).map { _ in random.nextFloat(symmetricLimit: 0.3) })
        }
        return try FloatModel(architecture: architecture, embedding: embedding, layers: layers)
    }

    static var awkwardMessages: [SparseFeatures] {
        [
            SparseFeatures(indices: [], values: []),
            SparseFeatures(indices: [3, 3, 3], values: [1, 2, 3]),  // duplicates add up
            SparseFeatures(indices: [UInt32.max, 70_000], values: [1, 1]),  // beyond the hash space
            SparseFeatures(indices: [1, 2, 3], values: [.nan, .infinity, 2]),  // non-finite values
            SparseFeatures(indices: [1, 2, 3, 4], values: [1]),  // mismatched lengths
            SparseFeatures(indices: [5, 6], values: [0, 0]),  // all zero
            SparseFeatures(indices: [9, 10], values: [1e30, -1e30]),
        ]
    }

    @Test("batch sgemm, single sgemv and the plain loop agree within 1e-4", arguments: [1, 2])
    func pathsAgree(seed: UInt64) throws {
        let float = try Self.randomModel(seed: seed)
        for model in [Classifier(model: float), Classifier(model: QuantizedModel(quantizing: float))] {
            var random = ModelRandomGenerator(seed: seed &+ 100)
            var messages = (0..<300).map { _ in
                let count = 1 + random.nextIndex(below: 80)
                return SparseFeatures(
                    indices: (0..<count).map { _ in UInt32(random.nextIndex(below: 512)) },
                    values: (0..<count).map { _ in random.nextUnitFloat() * 3 })
            }
            messages += Self.awkwardMessages
            let batch = model.probabilities(for: messages)
            let batchLogits = model.logits(for: messages)
            #expect(batch.count == messages.count)
            for (index, message) in messages.enumerated() {
                let single = model.probabilities(for: message)
                let reference = model.probabilitiesReference(for: message)
                let singleLogits = model.logits(for: message)
                let referenceLogits = model.logitsReference(for: message)
                for k in 0..<3 {
                    #expect(abs(single[k] - batch[index][k]) <= 1e-4)
                    #expect(abs(single[k] - reference[k]) <= 1e-4)
                    #expect(abs(singleLogits[k] - batchLogits[index][k]) <= 1e-4 * max(1, abs(singleLogits[k])))
                    #expect(abs(singleLogits[k] - referenceLogits[k]) <= 1e-4 * max(1, abs(singleLogits[k])))
                }
                #expect(single.allSatisfy { $0.isFinite && $0 >= 0 && $0 <= 1 })
                #expect(abs(single.reduce(0, +) - 1) < 1e-5)
            }
        }
    }

    @Test("a batch larger than one sgemm chunk matches message-by-message results")
    func chunkedBatch() throws {
        let model = Classifier(model: try Self.randomModel(seed: 3))
        let messages = (0..<(Classifier.batchChunkSize * 2 + 17)).map { i in
            SparseFeatures(indices: [UInt32(i % 512), UInt32((i * 7) % 512)], values: [1, 0.5])
        }
        let batch = model.probabilities(for: messages)
        #expect(batch.count == messages.count)
        for index in stride(from: 0, to: messages.count, by: 37) {
            let single = model.probabilities(for: messages[index])
            #expect(zip(single, batch[index]).allSatisfy { abs($0 - $1) <= 1e-5 })
        }
        #expect(model.probabilities(for: [SparseFeatures]()).isEmpty)
    }

    @Test("the bag of a hand-made model is computed exactly")
    func handComputedForward() throws {
        // hash space 4, dim 2, no hidden layer, 2 classes; identity output layer.
        let architecture = ModelArchitecture(
            hashSpace: 4, embeddingDimension: 2, hiddenLayers: [], classes: ["ham", "spam"],
            bagNormalization: .l2)
        let model = try FloatModel(
            architecture: architecture,
            embedding: [1, 0, 0, 1, 2, 2, -1, 3],
            layers: [try DenseLayer(inputSize: 2, outputSize: 2, weights: [1, 0, 0, 1], bias: [0.5, 0])])
        let classifier = Classifier(model: model)
        // values (3, 4) → l2 scale 1/5; bag = 0.6·(1,0) + 0.8·(2,2) = (2.2, 1.6); + bias (0.5, 0).
        let logits = classifier.logits(for: SparseFeatures(indices: [0, 2], values: [3, 4]))
        #expect(abs(logits[0] - 2.7) < 1e-6)
        #expect(abs(logits[1] - 1.6) < 1e-6)
        // softmax(2.7, 1.6): p(spam) = 1 / (1 + e^1.1) = 0.24973989...
        let probabilities = classifier.probabilities(for: SparseFeatures(indices: [0, 2], values: [3, 4]))
        #expect(abs(probabilities[1] - 0.249_739_9) < 1e-6)
        // Index 6 wraps to row 2 (6 mod 4).
        #expect(classifier.logits(for: SparseFeatures(indices: [6], values: [1])) == [2.5, 2])
        let prediction = classifier.prediction(for: SparseFeatures(indices: [3], values: [1]))
        #expect(prediction.className == "spam")
    }

    @Test("bag normalization scales")
    func bagNormalization() {
        let features = SparseFeatures(indices: [1, 2, 3, 4], values: [3, 4, 0, .nan])
        #expect(BagNormalization.l2.scale(for: features) == 0.2)
        #expect(BagNormalization.sqrtCount.scale(for: features) == 0.5)
        #expect(BagNormalization.none.scale(for: features) == 1)
        #expect(BagNormalization.l2.scale(for: SparseFeatures(indices: [], values: [])) == 0)
    }

    @Test("int8 row quantization: codes and scales computed by hand")
    func quantizationByHand() {
        // Row 0: max |x| = 1.27 → scale 0.01; 0.5/0.01 = 50, -1.27/0.01 = -127, 0.004/0.01 = 0.4 → 0.
        // Row 1: all zero → scale 0.
        let (codes, scales) = Int8RowQuantization.quantize([0.5, -1.27, 0.004, 0, 0, 0], rows: 2, width: 3)
        #expect(codes == [50, -127, 0, 0, 0, 0])
        #expect(abs(scales[0] - 0.01) < 1e-9)
        #expect(scales[1] == 0)
        let back = Int8RowQuantization.dequantize(codes, scales: scales, width: 3)
        #expect(abs(back[0] - 0.5) < 1e-6 && abs(back[1] + 1.27) < 1e-6 && back[2] == 0)
    }

    @Test("int8 and float32 give the same verdict on at least 99.9 % of messages")
    func int8AgreesWithFloat() {
        let float = ModelTestFixture.trained.model
        let floatClassifier = Classifier(model: float)
        let int8Classifier = Classifier(model: QuantizedModel(quantizing: float))
        let messages = ModelTestFixture.test.map(\.features)
        let floatVerdicts = floatClassifier.predictions(for: messages).map(\.classIndex)
        let int8Verdicts = int8Classifier.predictions(for: messages).map(\.classIndex)
        let agreeing = zip(floatVerdicts, int8Verdicts).filter { $0 == $1 }.count
        #expect(Double(agreeing) / Double(messages.count) >= 0.999, "\(agreeing) of \(messages.count)")
        // Quantization error is small in probability terms too.
        let floatProbabilities = floatClassifier.probabilities(for: messages)
        let int8Probabilities = int8Classifier.probabilities(for: messages)
        let worst = zip(floatProbabilities, int8Probabilities).map { zip($0, $1).map { abs($0 - $1) }.max()! }.max()!
        #expect(worst < 0.05)
    }

    @Test("a dequantized model reproduces the int8 classifier's logits")
    func dequantizedMatches() {
        let quantized = QuantizedModel(quantizing: ModelTestFixture.trained.model)
        let viaInt8 = Classifier(model: quantized)
        let viaFloat = Classifier(model: quantized.dequantized())
        for example in ModelTestFixture.test.prefix(50) {
            let a = viaInt8.logits(for: example.features)
            let b = viaFloat.logits(for: example.features)
            #expect(zip(a, b).allSatisfy { abs($0 - $1) <= 1e-4 })
        }
    }

    @Test("shape and value checks reject inconsistent weights")
    func validation() {
        #expect(throws: ModelValidationError.self) {
            try DenseLayer(inputSize: 2, outputSize: 2, weights: [1, 2, 3], bias: [0, 0])
        }
        #expect(throws: ModelValidationError.self) {
            try DenseLayer(inputSize: 1, outputSize: 1, weights: [.nan], bias: [0])
        }
        #expect(throws: ModelValidationError.self) {
            try QuantizedEmbeddingTable(rows: 2, dimension: 1, codes: [1, 2], scales: [1, -1])
        }
        #expect(throws: ModelValidationError.self) { try Calibration(scales: [1], biases: [0, 0]) }
        let architecture = ModelArchitecture(hashSpace: 2, embeddingDimension: 1, hiddenLayers: [], classes: ["a", "b"])
        #expect(throws: ModelValidationError.self) {
            try FloatModel(architecture: architecture, embedding: [0, 0, 0], layers: [])
        }
    }
}

@Suite("Model inference concurrency")
struct ModelInferenceConcurrencyTests {
    @Test("one classifier shared by concurrent tasks gives the same answers as serial use")
    func concurrentUse() async throws {
        let classifier = Classifier(model: QuantizedModel(quantizing: ModelTestFixture.trained.model))
        let messages = ModelTestFixture.test.prefix(64).map(\.features)
        let expected = messages.map { classifier.probabilities(for: $0) }
        let results = await withTaskGroup(of: [[Float]].self) { group in
            for task in 0..<8 {
                group.addTask {
                    task.isMultiple(of: 2)
                        ? messages.map { classifier.probabilities(for: $0) }
                        : classifier.probabilities(for: messages)
                }
            }
            var all: [[[Float]]] = []
            for await result in group { all.append(result) }
            return all
        }
        for result in results {
            for (row, reference) in zip(result, expected) {
                #expect(zip(row, reference).allSatisfy { abs($0 - $1) <= 1e-5 })
            }
        }
        let prediction = classifier.prediction(for: messages[0])
        #expect(prediction.probability(of: prediction.className) == prediction.probability)
        #expect(prediction.probability(of: "fraud") == nil)  // the fixture model has no fraud class
    }
}
