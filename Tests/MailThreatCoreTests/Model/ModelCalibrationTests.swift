import Foundation
import Testing
@testable import MailThreatCore

@Suite("Model calibration")
struct ModelCalibrationTests {
    /// Logits whose labels are drawn from softmax(true logits), then inflated by `factor`:
    /// a known overconfidence that temperature scaling should undo (T ≈ factor).
    static func overconfident(count: Int, factor: Float, seed: UInt64) -> (logits: [[Float]], labels: [Int]) {
        var random = ModelRandomGenerator(seed: seed)
        var logits: [[Float]] = []
        var labels: [Int] = []
        for _ in 0..<count {
            let truth = (0..<3).map { _ in random.nextFloat(symmetricLimit: 2) }
            let exps = truth.map { Foundation.exp(Double($0)) }
            let total = exps.reduce(0, +)
            var u = Double(random.nextUnitFloat()) * total
            var label = 2
            for k in 0..<3 {
                if u < exps[k] { label = k; break }
                u -= exps[k]
            }
            logits.append(truth.map { $0 * factor })
            labels.append(label)
        }
        return (logits, labels)
    }

    @Test("temperature scaling recovers a known overconfidence factor")
    func recoversTemperature() throws {
        let data = Self.overconfident(count: 20_000, factor: 3, seed: 1)
        let calibration = try CalibrationFitter(method: .temperature, regularization: 1e-6)
            .fit(logits: data.logits, labels: data.labels)
        // Scale should be ≈ 1/3: statistical error with 20 000 samples is a few percent.
        #expect(abs(calibration.scales[0] - 1.0 / 3) < 0.03, "scale \(calibration.scales[0])")
        #expect(calibration.biases == [0, 0, 0])
    }

    @Test("calibration never raises the fitted log-loss, and lowers it when it was off")
    func lowersFittedLoss() throws {
        let data = Self.overconfident(count: 3000, factor: 2.5, seed: 2)
        let before = CalibrationFitter.meanLogLoss(logits: data.logits, labels: data.labels)
        for method in CalibrationFitter.Method.allCases {
            let calibration = try CalibrationFitter(method: method).fit(logits: data.logits, labels: data.labels)
            let after = CalibrationFitter.meanLogLoss(logits: data.logits, labels: data.labels, calibration: calibration)
            #expect(after < before - 0.05, "\(method): \(before) → \(after)")
        }
    }

    @Test("calibration fitted on held-out data improves log-loss on other held-out data")
    func improvesHeldOutLogLoss() throws {
        // Label noise + many epochs without early stopping: an overconfident network.
        var data = ModelSyntheticData()
        data.labelNoise = 0.2
        let training = data.examples(count: 1200, seed: 21)
        let calibrationSet = data.examples(count: 800, seed: 22)
        let heldOut = data.examples(count: 1500, seed: 23)
        var options = ModelTestFixture.options
        options.epochs = 15
        options.learningRate = 0.02
        options.weightDecay = 0
        let result = try ModelTrainer(architecture: ModelTestFixture.architecture, options: options).train(training)
        var model = QuantizedModel(quantizing: result.model)
        let raw = Classifier(model: model)

        let calibration = try CalibrationFitter().fit(classifier: raw, on: calibrationSet)
        let heldOutLogits = raw.logits(for: heldOut.map(\.features))
        let labels = heldOut.map(\.label)
        let before = CalibrationFitter.meanLogLoss(logits: heldOutLogits, labels: labels)
        let after = CalibrationFitter.meanLogLoss(logits: heldOutLogits, labels: labels, calibration: calibration)
        #expect(after < before * 0.9, "held-out log-loss \(before) → \(after)")

        // The calibrated classifier's probabilities are the calibrated softmax.
        model.calibration = calibration
        let calibrated = Classifier(model: model)
        let probabilities = calibrated.probabilities(for: heldOut[0].features)
        let manual = calibration.calibrated(heldOutLogits[0])
        let logSumExp = manual.withUnsafeBufferPointer { ModelSoftmax.logSumExp($0.baseAddress!, count: $0.count) }
        for k in manual.indices {
            #expect(abs(probabilities[k] - Float(Foundation.exp(Double(manual[k]) - logSumExp))) < 1e-5)
        }
    }

    @Test("a class absent from the calibration data keeps a finite bias")
    func absentClass() throws {
        let logits: [[Float]] = (0..<200).map { i in [Float(i % 5) - 2, 0, 1] }
        let labels = (0..<200).map { $0 % 2 }  // class 2 never occurs
        let calibration = try CalibrationFitter().fit(logits: logits, labels: labels)
        #expect(calibration.biases.allSatisfy { $0.isFinite })
        #expect(calibration.scales.allSatisfy { $0.isFinite })
    }

    @Test("bad calibration data gives typed errors")
    func typedErrors() {
        #expect(throws: CalibrationError.emptyData) { try CalibrationFitter().fit(logits: [], labels: []) }
        #expect(throws: CalibrationError.self) { try CalibrationFitter().fit(logits: [[1, 2]], labels: [0, 1]) }
        #expect(throws: CalibrationError.labelOutOfRange(example: 0, label: 5)) {
            try CalibrationFitter().fit(logits: [[1, 2]], labels: [5])
        }
        #expect(throws: CalibrationError.nonFiniteLogits(example: 1)) {
            try CalibrationFitter().fit(logits: [[1, 2], [.nan, 0]], labels: [0, 1])
        }
    }

    @Test("the Newton system is solved by LAPACK dposv")
    func choleskySolve() throws {
        // [[4, 2], [2, 3]] x = [2, 1]  →  x = [0.5, 0]  (by hand: 4·0.5 + 2·0 = 2, 2·0.5 + 3·0 = 1).
        let x = try CalibrationFitter.solve(hessian: [4, 2, 2, 3], gradient: [2, 1])
        #expect(abs(x[0] - 0.5) < 1e-12 && abs(x[1]) < 1e-12)
        #expect(throws: CalibrationError.self) {
            try CalibrationFitter.solve(hessian: [1, 2, 2, 1], gradient: [1, 1])  // indefinite
        }
    }
}
