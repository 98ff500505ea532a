import Foundation

/// Trains the shipped model from labelled corpus folders, choosing everything on their `train`
/// splits only:
///
/// 1. features for every `train` message (``LabeledCorpusLoader``);
/// 2. k-fold cross-validation, folds grouped by ``LabeledExample/groupKey`` so near-duplicate
///    campaigns never straddle a fold, each fold trained with early stopping on a slice held back
///    from its own training part; the out-of-fold logits of every message are kept;
/// 3. a calibration fitted on those out-of-fold logits (LAPACK-solved, see ``CalibrationFitter``);
/// 4. the flag and tag thresholds: the smallest unwanted scores that keep the pooled out-of-fold
///    ham above them within ``TrainingRecipe/flagFalsePositiveRate`` and
///    ``TrainingRecipe/tagFalsePositiveRate``;
/// 5. the final model, trained on all `train` messages for the median best epoch of the folds,
///    calibrated, quantized to int8, with the thresholds and the figures for the model card.
///
/// Deterministic: same data, same recipe, same machine → byte-identical model file.
public struct ModelTrainingPipeline: Sendable {
    /// The recipe.
    public var recipe: TrainingRecipe

    /// Creates a pipeline.
    public init(recipe: TrainingRecipe = TrainingRecipe()) { self.recipe = recipe }

    /// The outcome of a run.
    public struct Outcome: Sendable {
        /// The model file to ship.
        public var file: ModelFile
        /// The model card (Markdown).
        public var card: String
        /// The same model before int8 quantization (calibrated), to measure what quantization
        /// changes (``FloatWeightsFile``).
        public var floatModel: FloatModel
    }

    /// Runs the whole pipeline on the `train` splits of `folders`. `log` receives progress lines.
    public func run(folders: [String], log: (String) -> Void = { _ in }) throws -> Outcome? {
        let started = Date()
        let extractor = FeatureExtractor(configuration: recipe.features)
        let examples = try LabeledCorpusLoader.load(folders: folders, split: "train", extractor: extractor, workers: recipe.workers)
        log("features: \(examples.count) train messages in \(Self.seconds(since: started)) s")
        let classes = ModelArchitecture.canonicalClasses
        let labels = examples.map { classes.firstIndex(of: $0.label) ?? 1 }
        let architecture = ModelArchitecture(
            hashSpace: recipe.features.hashSpace, embeddingDimension: recipe.embeddingDimension,
            hiddenLayers: recipe.hiddenLayers, classes: classes)

        let weights = Self.sourceWeights(examples: examples, labels: labels, exponent: recipe.sourceBalancing)
        if let share = recipe.forwardHoldoutShare {
            try ForwardHoldout(share: share, recipe: recipe, architecture: architecture)
                .run(examples: examples, labels: labels, weights: weights, log: log)
            return nil
        }

        // 2. Cross-validation.
        let fold = examples.map { Self.bucket(of: $0.groupKey, seed: recipe.options.seed, buckets: recipe.folds) }
        var outOfFold = [[Float]](repeating: [], count: examples.count)
        var bestEpochs: [Int] = []
        for k in 0..<recipe.folds {
            var train: [TrainingExample] = []
            var stopping: [TrainingExample] = []
            var held: [Int] = []
            for i in examples.indices {
                let example = TrainingExample(features: examples[i].features, label: labels[i], weight: weights[i])
                if fold[i] == k {
                    held.append(i)
                } else if isStoppingExample(examples[i]) {
                    stopping.append(example)
                } else {
                    train.append(example)
                }
            }
            let result = try ModelTrainer(architecture: architecture, options: recipe.options).train(train, validation: stopping)
            bestEpochs.append(result.bestEpoch)
            let classifier = Classifier(model: result.model)
            let logits = classifier.logits(for: held.map { examples[$0].features })
            for (i, l) in zip(held, logits) { outOfFold[i] = l }
            log("fold \(k + 1)/\(recipe.folds): best epoch \(result.bestEpoch), \(Self.seconds(since: started)) s")
        }

        // 3. Calibration on out-of-fold logits.
        let calibration = try CalibrationFitter().fit(logits: outOfFold, labels: labels)
        let hamIndex = 0
        let scores = outOfFold.map { logits -> Double in
            var p = calibration.calibrated(logits)
            p.withUnsafeMutableBufferPointer { ModelSoftmax.normalize($0.baseAddress!, count: $0.count) }
            return Double(max(0, 1 - p[hamIndex]))
        }

        // 4. Thresholds on pooled out-of-fold ham.
        let hamScores = zip(scores, labels).filter { $0.1 == hamIndex }.map(\.0)
        let flag = Self.threshold(hamScores: hamScores, allowedRate: recipe.flagFalsePositiveRate)
        let tag = min(flag, Self.threshold(hamScores: hamScores, allowedRate: recipe.tagFalsePositiveRate))
        let crossValidated = CrossValidationFigures(examples: examples, scores: scores, threshold: flag)
        log("cross-validation: flag threshold \(flag), tag \(tag)")
        for line in crossValidated.lines { log("  " + line) }
        for rate in [0.001, 0.0005, 0.0002] {
            let t = Self.threshold(hamScores: hamScores, allowedRate: rate)
            let pooled = CrossValidationFigures(examples: examples, scores: scores, threshold: t).pooledCatch
            log("  pooled out-of-fold catch at \(rate * 100) % ham flagged: \(pooled) (threshold \(t))")
        }
        let hardestHam = examples.indices.filter { labels[$0] == hamIndex }.sorted { scores[$0] > scores[$1] }.prefix(8)
        for i in hardestHam { log("  highest-scoring ham: \(examples[i].path) \(scores[i])") }
        if recipe.crossValidationOnly { return nil }

        // 5. Final model on all train data.
        var finalOptions = recipe.options
        let sortedEpochs = bestEpochs.sorted()
        finalOptions.epochs = max(1, sortedEpochs[sortedEpochs.count / 2])
        finalOptions.earlyStoppingPatience = nil
        let all = examples.indices.map { TrainingExample(features: examples[$0].features, label: labels[$0], weight: weights[$0]) }
        let final = try ModelTrainer(architecture: architecture, options: finalOptions).train(all)
        var model = final.model
        model.calibration = calibration
        let quantized = recipe.quantizationBiasCorrection
            ? QuantizedModel(quantizing: model, correctingBiasOver: all.map(\.features))
            : QuantizedModel(quantizing: model)
        log(Self.quantizationCheck(float: model, int8: quantized, examples: all, flag: flag))
        let metadata: [String: String] = [
            "training.corpora": folders.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ","),
            "training.split": "train",
            "training.messages": "\(examples.count)",
            "training.epochs": "\(finalOptions.epochs)",
            "training.folds": "\(recipe.folds)",
            "training.seed": "\(recipe.options.seed)",
            "training.learning_rate": "\(recipe.options.learningRate)",
            "training.feature_dropout": "\(recipe.options.featureDropout)",
            "training.snapshots_per_epoch": "\(recipe.options.snapshotsPerEpoch)",
            "training.class_weights": "\(recipe.options.classWeighting)",
            "training.source_balancing": "\(recipe.sourceBalancing)",
            "cv.flag_fp_target": "\(recipe.flagFalsePositiveRate)",
        ]
        let file = ModelFile(model: quantized, featureConfiguration: recipe.features.encoded(),
                             trainingMetadata: metadata, thresholds: ["flag": flag, "tag": tag])
        log("final model: \(finalOptions.epochs) epochs, \(Self.seconds(since: started)) s in all")
        let card = ModelCard(recipe: recipe, architecture: architecture, folders: folders, examples: examples,
                             flag: flag, tag: tag, finalEpochs: finalOptions.epochs, crossValidation: crossValidated).markdown
        return Outcome(file: file, card: card, floatModel: model)
    }

    /// How often the int8 model flags a train message the float model does not, or the other
    /// way round, at the flag threshold (issue 4 asks the same of the test splits).
    static func quantizationCheck(float: FloatModel, int8: QuantizedModel, examples: [TrainingExample], flag: Double) -> String {
        let features = examples.map(\.features)
        let hamIndex = 0
        let floatScores = Classifier(model: float).probabilities(for: features).map { Double(max(0, 1 - $0[hamIndex])) }
        let int8Scores = Classifier(model: int8).probabilities(for: features).map { Double(max(0, 1 - $0[hamIndex])) }
        var flips = 0
        var netUnwanted = 0
        var netHam = 0
        for (example, (f, q)) in zip(examples, zip(floatScores, int8Scores)) where (f >= flag) != (q >= flag) {
            flips += 1
            if example.label == hamIndex { netHam += q >= flag ? 1 : -1 } else { netUnwanted += q >= flag ? 1 : -1 }
        }
        return "int8 against float32 on the \(examples.count) train messages: \(flips) flagged differently "
            + "(net unwanted \(netUnwanted), net ham \(netHam))"
    }

    /// The smallest threshold that leaves at most `allowedRate` of `hamScores` at or above it.
    /// Per-example loss weights for ``TrainingRecipe/sourceBalancing``: groups are
    /// (corpus, ham or unwanted); a group of `n` messages weighs `(mean n / n) ^ exponent` per
    /// message, normalised so the weights average 1. Exponent 0 gives every message weight 1.
    static func sourceWeights(examples: [LabeledExample], labels: [Int], exponent: Double) -> [Float] {
        guard exponent != 0, !examples.isEmpty else { return [Float](repeating: 1, count: examples.count) }
        let keys = examples.indices.map { "\(examples[$0].corpus)\u{1}\(labels[$0] == 0 ? "ham" : "unwanted")" }
        var sizes: [String: Int] = [:]
        for key in keys { sizes[key, default: 0] += 1 }
        let meanSize = Double(examples.count) / Double(sizes.count)
        let raw = keys.map { Foundation.pow(meanSize / Double(sizes[$0]!), exponent) }
        let mean = raw.reduce(0, +) / Double(raw.count)
        return raw.map { Float($0 / mean) }
    }

    /// True for the tenth of training messages (by subject group) held back for early stopping.
    func isStoppingExample(_ example: LabeledExample) -> Bool {
        Self.bucket(of: example.groupKey, seed: recipe.options.seed &+ 1, buckets: 10) == 0
    }

    static func threshold(hamScores: [Double], allowedRate: Double) -> Double {
        let sorted = hamScores.sorted(by: >)
        let allowed = Int((Double(sorted.count) * allowedRate).rounded(.down))
        guard allowed < sorted.count else { return 0.5 }
        let t = sorted[allowed].nextUp
        return min(max(t, 0.05), 0.995)
    }

    /// A deterministic bucket in `0..<buckets` for a string key (FNV-1a 64, seeded).
    static func bucket(of key: String, seed: UInt64, buckets: Int) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for b in key.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return Int(h % UInt64(buckets))
    }

    static func seconds(since start: Date) -> Int { Int(Date().timeIntervalSince(start).rounded()) }
}
