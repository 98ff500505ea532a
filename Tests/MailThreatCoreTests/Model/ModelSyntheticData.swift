import Foundation
@testable import MailThreatCore

/// A synthetic sparse classification problem for the model tests (no real mail involved).
///
/// Each class owns a fixed "topic" of feature buckets (drawn from `topicSeed`, so separate
/// sets made with different `seed`s share topics). A message draws `signalFraction` of its
/// tokens from its class topic, a little from other classes' topics (confusion), the rest
/// from a skewed background vocabulary shared by all classes; values are `log(1 + count)`.
struct ModelSyntheticData {
    var classCount = 4
    var hashSpace = 4096
    var topicSize = 60
    var backgroundSize = 1500
    var tokensPerMessage: ClosedRange<Int> = 20...60
    var signalFraction = 0.25
    var confusionFraction = 0.08
    var labelNoise = 0.0
    var topicSeed: UInt64 = 7

    func topics() -> [[UInt32]] {
        var random = ModelRandomGenerator(seed: topicSeed)
        return (0..<classCount).map { _ in
            (0..<topicSize).map { _ in UInt32(random.nextIndex(below: hashSpace)) }
        }
    }

    func examples(count: Int, seed: UInt64) -> [TrainingExample] {
        let topics = topics()
        var background = ModelRandomGenerator(seed: topicSeed &+ 1)
        let vocabulary = (0..<backgroundSize).map { _ in UInt32(background.nextIndex(below: hashSpace)) }
        var random = ModelRandomGenerator(seed: seed)
        var result: [TrainingExample] = []
        for _ in 0..<count {
            let label = random.nextIndex(below: classCount)
            let tokens = tokensPerMessage.lowerBound
                + random.nextIndex(below: tokensPerMessage.count)
            var counts: [UInt32: Int] = [:]
            for _ in 0..<tokens {
                let roll = Double(random.nextUnitFloat())
                let bucket: UInt32
                if roll < signalFraction {
                    bucket = topics[label][random.nextIndex(below: topicSize)]
                } else if roll < signalFraction + confusionFraction {
                    bucket = topics[random.nextIndex(below: classCount)][random.nextIndex(below: topicSize)]
                } else {
                    let u = Double(random.nextUnitFloat())
                    bucket = vocabulary[Int(u * u * Double(backgroundSize))]
                }
                counts[bucket, default: 0] += 1
            }
            let indices = counts.keys.sorted()
            let values = indices.map { Float(log1p(Double(counts[$0]!))) }
            var observed = label
            if labelNoise > 0, Double(random.nextUnitFloat()) < labelNoise {
                observed = random.nextIndex(below: classCount)
            }
            result.append(TrainingExample(features: SparseFeatures(indices: indices, values: values), label: observed))
        }
        return result
    }
}

/// Models trained once and shared by several test suites (training in a debug build takes
/// about a second, so every suite reuses these).
enum ModelTestFixture {
    static let data = ModelSyntheticData()
    static let training = data.examples(count: 1600, seed: 1)
    static let validation = data.examples(count: 400, seed: 2)
    static let test = data.examples(count: 2000, seed: 3)

    static let architecture = ModelArchitecture(
        hashSpace: data.hashSpace, embeddingDimension: 16, hiddenLayers: [16],
        classes: ["ham", "spam", "phish", "malware"])

    static var options: TrainingOptions {
        var options = TrainingOptions()
        options.epochs = 6
        options.batchSize = 32
        options.learningRate = 0.01
        options.seed = 11
        return options
    }

    static let trained: TrainingResult = {
        do {
            return try ModelTrainer(architecture: architecture, options: options)
                .train(training, validation: validation)
        } catch {
            fatalError("fixture training failed: \(error)")
        }
    }()

    static func accuracy(_ classifier: Classifier, on examples: [TrainingExample]) -> Double {
        let predictions = classifier.predictions(for: examples.map(\.features))
        let correct = zip(predictions, examples).filter { $0.classIndex == $1.label }.count
        return Double(correct) / Double(examples.count)
    }
}
