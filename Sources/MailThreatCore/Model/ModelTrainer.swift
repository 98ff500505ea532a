/// Trains a MailThreat classifier from labelled sparse feature vectors.
///
/// Minibatch AdamW on softmax cross-entropy: embedding bag → dense ReLU layers → softmax,
/// with the dense forward and backward math done by `cblas_sgemm` over each minibatch and
/// lazy (touched-rows-only) Adam updates of the embedding table.
///
/// **Deterministic.** Initialization, the per-epoch shuffle and feature dropout all draw from
/// one seeded xoshiro256** generator in a fixed order; no dictionary or set order is involved;
/// the math is single-threaded, and OpenBLAS is pinned to one thread for the duration
/// (`openblas_set_num_threads(1)`, restored afterwards). Same seed + same data + same BLAS
/// build → byte-identical model.
///
/// **Validation and early stopping.** With a validation set, each epoch ends with its weighted
/// cross-entropy and accuracy; training stops after
/// ``TrainingOptions/earlyStoppingPatience`` epochs without improvement, and the best
/// epoch's weights are returned.
///
/// **Memory.** The float table plus two Adam moments: `3 × hashSpace × dim × 4` bytes
/// (96 MiB for 2¹⁸ × 32).
///
/// ```swift
/// let trainer = ModelTrainer(
///     architecture: ModelArchitecture(
///         hashSpace: 1 << 18, embeddingDimension: 32, hiddenLayers: [64],
///         classes: ModelArchitecture.canonicalClasses),
///     options: TrainingOptions())
/// let result = try trainer.train(examples, validation: heldOut) { progress in
///     print(progress.epoch, progress.trainingLoss, progress.validationLoss ?? .nan)
/// }
/// let shipped = QuantizedModel(quantizing: result.model)
/// ```
public struct ModelTrainer: Sendable {
    /// The shape of the model to train.
    public var architecture: ModelArchitecture
    /// Hyper-parameters.
    public var options: TrainingOptions

    /// Creates a trainer.
    public init(architecture: ModelArchitecture, options: TrainingOptions = TrainingOptions()) {
        self.architecture = architecture
        self.options = options
    }

    /// Trains a model.
    ///
    /// - Parameters:
    ///   - examples: the training set; labels index ``ModelArchitecture/classes``. A class
    ///     with no examples is allowed (it is simply learned to be unlikely).
    ///   - validation: an optional held-out set for early stopping and model selection.
    ///   - progress: called after every epoch, on the calling thread.
    /// - Throws: ``TrainingError`` for bad inputs or a diverging loss.
    public func train(
        _ examples: [TrainingExample],
        validation: [TrainingExample] = [],
        progress: ((TrainingProgress) -> Void)? = nil
    ) throws(TrainingError) -> TrainingResult {
        do {
            try architecture.validate()
        } catch {
            throw .invalidArchitecture(error.description)
        }
        let classCount = architecture.classes.count
        try options.validate(classCount: classCount)
        guard !examples.isEmpty else { throw .emptyTrainingSet }
        for (position, example) in examples.enumerated() where !(0..<classCount).contains(example.label) {
            throw .labelOutOfRange(example: position, label: example.label)
        }
        for (position, example) in validation.enumerated() where !(0..<classCount).contains(example.label) {
            throw .labelOutOfRange(example: examples.count + position, label: example.label)
        }
        let result = BLASThreading.withSingleThread {
            Result { () throws(TrainingError) -> TrainingResult in
                try run(examples, validation: validation, progress: progress)
            }
        }
        return try result.get()
    }

    private func run(
        _ examples: [TrainingExample], validation: [TrainingExample],
        progress: ((TrainingProgress) -> Void)?
    ) throws(TrainingError) -> TrainingResult {
        let classCount = architecture.classes.count
        var counts = [Int](repeating: 0, count: classCount)
        for example in examples { counts[example.label] += 1 }
        let classWeights = options.classWeighting.weights(counts: counts)

        var seenRows = [Bool](repeating: false, count: architecture.hashSpace)
        for example in examples {
            let features = example.features
            for entry in 0..<features.count where features.values[entry].isFinite && features.values[entry] != 0 {
                seenRows[EmbeddingWeights.row(of: features.indices[entry], rows: architecture.hashSpace)] = true
            }
        }

        var random = ModelRandomGenerator(seed: options.seed)
        let state = TrainingState(
            architecture: architecture, options: options, classWeights: classWeights,
            seenRows: seenRows, random: &random)
        var order = Array(examples.indices)
        var history: [TrainingProgress] = []
        var best: (model: FloatModel, epoch: Int, loss: Double)?
        var epochsWithoutImprovement = 0

        for epoch in 1...options.epochs {
            for position in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(position, random.nextIndex(below: position + 1))
            }
            var weightedLoss = 0.0
            var totalWeight = 0.0
            var batchStart = 0
            let steps = (order.count + options.batchSize - 1) / options.batchSize
            let snapshotSteps = Self.snapshotSteps(steps: steps, snapshots: options.snapshotsPerEpoch)
            var snapshots: [FloatModel] = []
            var stepIndex = 0
            while batchStart < order.count {
                let batchEnd = min(batchStart + options.batchSize, order.count)
                let loss = state.step(order[batchStart..<batchEnd], of: examples, random: &random)
                weightedLoss += loss.weightedLoss
                totalWeight += loss.weight
                batchStart = batchEnd
                stepIndex += 1
                if snapshotSteps.contains(stepIndex) && stepIndex < steps { snapshots.append(state.snapshot()) }
            }
            let trainingLoss = totalWeight > 0 ? weightedLoss / totalWeight : 0
            guard trainingLoss.isFinite else { throw .diverged(epoch: epoch) }

            snapshots.append(state.snapshot())
            let snapshot = FloatModel.averaged(snapshots)
            var validationLoss: Double?
            var validationAccuracy: Double?
            var isBest = true
            if !validation.isEmpty {
                let evaluation = Self.evaluate(snapshot, on: validation, classWeights: classWeights)
                validationLoss = evaluation.loss
                validationAccuracy = evaluation.accuracy
                isBest = best.map { evaluation.loss < $0.loss } ?? true
                if isBest {
                    best = (snapshot, epoch, evaluation.loss)
                    epochsWithoutImprovement = 0
                } else {
                    epochsWithoutImprovement += 1
                }
            } else {
                best = (snapshot, epoch, trainingLoss)
            }
            let report = TrainingProgress(
                epoch: epoch, trainingLoss: trainingLoss, validationLoss: validationLoss,
                validationAccuracy: validationAccuracy, isBest: isBest)
            history.append(report)
            progress?(report)
            if let patience = options.earlyStoppingPatience, !validation.isEmpty,
                epochsWithoutImprovement >= patience
            {
                break
            }
        }

        let chosen = best ?? (state.snapshot(), history.count, .nan)
        var metadata = options.metadata
        metadata["trainingExamples"] = "\(examples.count)"
        metadata["validationExamples"] = "\(validation.count)"
        metadata["classCounts"] = counts.map { "\($0)" }.joined(separator: ",")
        metadata["epochsRun"] = "\(history.count)"
        metadata["bestEpoch"] = "\(chosen.epoch)"
        metadata["trainingLoss"] = "\(history[chosen.epoch - 1].trainingLoss)"
        if let loss = history[chosen.epoch - 1].validationLoss { metadata["validationLoss"] = "\(loss)" }
        metadata["optimizer"] = "AdamW, lazy embedding rows"
        return TrainingResult(model: chosen.model, history: history, bestEpoch: chosen.epoch, metadata: metadata)
    }

    /// The 1-based steps of an epoch of `steps` after which a snapshot is taken: `snapshots`
    /// evenly spaced, the last one at the end.
    static func snapshotSteps(steps: Int, snapshots: Int) -> Set<Int> {
        guard steps > 0 else { return [] }
        let count = min(max(1, snapshots), steps)
        return Set((1...count).map { ($0 * steps) / count })
    }

    /// Class-weighted mean cross-entropy and accuracy of `model` on `examples` (batched sgemm).
    static func evaluate(
        _ model: FloatModel, on examples: [TrainingExample], classWeights: [Float]
    ) -> (loss: Double, accuracy: Double) {
        let classifier = Classifier(model: model)
        let logits = classifier.logits(for: examples.map(\.features))
        var weightedLoss = 0.0
        var totalWeight = 0.0
        var correct = 0
        for (example, row) in zip(examples, logits) {
            let weight = Double(classWeights[example.label] * example.weight)
            let logSumExp = row.withUnsafeBufferPointer { ModelSoftmax.logSumExp($0.baseAddress!, count: $0.count) }
            weightedLoss += weight * (logSumExp - Double(row[example.label]))
            totalWeight += weight
            var top = 0
            for k in row.indices where row[k] > row[top] { top = k }
            if top == example.label { correct += 1 }
        }
        let loss = totalWeight > 0 ? weightedLoss / totalWeight : 0
        return (loss.isFinite ? loss : .infinity, Double(correct) / Double(max(examples.count, 1)))
    }
}
