import CBLAS
import Foundation

/// The mutable weights, Adam moments and minibatch buffers of one training run, and the
/// forward/backward/update step over one minibatch.
///
/// Dense math goes through `cblas_sgemm` over the whole minibatch (forward, weight gradients
/// and input gradients); the sparse parts (bag sums, embedding-row gradients, lazy Adam on
/// touched rows) are plain loops in a fixed order. Nothing here iterates a dictionary or a set,
/// and nothing spawns threads, so a run is a pure function of seed and data (given a
/// single-threaded BLAS, see ``BLASThreading``).
final class TrainingState {
    let architecture: ModelArchitecture
    let options: TrainingOptions
    let widths: [Int]
    let rows: Int
    let dimension: Int
    let classWeights: [Float]

    private(set) var embedding: [Float]
    private var embeddingMoment1: [Float]
    private var embeddingMoment2: [Float]
    private(set) var weights: [[Float]]
    private(set) var biases: [[Float]]
    private var weightMoment1: [[Float]]
    private var weightMoment2: [[Float]]
    private var biasMoment1: [[Float]]
    private var biasMoment2: [[Float]]
    private var beta1Power: Double = 1
    private var beta2Power: Double = 1

    // Minibatch buffers, sized for `options.batchSize` messages.
    private var activations: [[Float]]
    private var deltas: [[Float]]
    private var weightGradients: [[Float]]
    private var biasGradients: [[Float]]
    private var scratch: SparseScratch

    /// Initializes weights: embedding rows uniform in `±embeddingInitScale/√dim` for features
    /// that occur in `seenRows` and exactly zero for the others (a feature never seen in
    /// training must not add noise at inference); dense layers He-uniform (ReLU layers) or
    /// Glorot-uniform (output layer); biases zero.
    init(
        architecture: ModelArchitecture, options: TrainingOptions, classWeights: [Float],
        seenRows: [Bool], random: inout ModelRandomGenerator
    ) {
        self.architecture = architecture
        self.options = options
        self.classWeights = classWeights
        widths = architecture.layerWidths
        rows = architecture.hashSpace
        dimension = architecture.embeddingDimension

        let embeddingLimit = options.embeddingInitScale / Float(dimension).squareRoot()
        var table = [Float](repeating: 0, count: rows * dimension)
        for row in 0..<rows {
            for d in 0..<dimension {
                let value = random.nextFloat(symmetricLimit: embeddingLimit)
                if seenRows[row] { table[row * dimension + d] = value }
            }
        }
        embedding = table
        embeddingMoment1 = [Float](repeating: 0, count: rows * dimension)
        embeddingMoment2 = [Float](repeating: 0, count: rows * dimension)

        let layerCount = widths.count - 1
        var weights: [[Float]] = []
        for layer in 0..<layerCount {
            let (input, output) = (widths[layer], widths[layer + 1])
            let isOutput = layer == layerCount - 1
            let limit = isOutput ? (6 / Float(input + output)).squareRoot() : (6 / Float(input)).squareRoot()
            weights.append((0..<(input * output)).map { _ in random.nextFloat(symmetricLimit: limit) })
        }
        self.weights = weights
        biases = widths.dropFirst().map { [Float](repeating: 0, count: $0) }
        weightMoment1 = weights.map { [Float](repeating: 0, count: $0.count) }
        weightMoment2 = weightMoment1
        biasMoment1 = biases
        biasMoment2 = biases
        weightGradients = weightMoment1
        biasGradients = biases

        let batch = options.batchSize
        activations = widths.map { [Float](repeating: 0, count: batch * $0) }
        deltas = activations
        scratch = SparseScratch(rows: rows)
    }

    /// The current weights as an immutable model (arrays are shared copy-on-write).
    func snapshot() -> FloatModel {
        let layers = (0..<weights.count).map { layer in
            DenseLayer(
                unchecked: widths[layer], outputSize: widths[layer + 1],
                weights: weights[layer], bias: biases[layer])
        }
        return FloatModel(unchecked: architecture, embedding: embedding, layers: layers, calibration: nil)
    }

    // MARK: - One minibatch

    /// Runs forward, backward and one Adam update over `batch` (indices into `examples`).
    ///
    /// - Returns: the sum over the batch of class weight × cross-entropy, and the sum of the
    ///   class weights (their ratio is the batch's weighted mean loss).
    func step(
        _ batch: ArraySlice<Int>, of examples: [TrainingExample], random: inout ModelRandomGenerator
    ) -> (weightedLoss: Double, weight: Double) {
        let count = batch.count
        // Work on a local copy of the sparse buffers: locals need no dynamic exclusivity
        // checks in the hot loops (class properties would).
        var sparse = SparseScratch(rows: 0)
        swap(&sparse, &scratch)
        defer { swap(&sparse, &scratch) }
        gatherEntries(batch, of: examples, random: &random, into: &sparse)
        buildBags(count: count, from: sparse)
        forwardDense(count: count)
        let loss = softmaxCrossEntropyGradient(batch, of: examples)
        backwardDense(count: count)
        accumulateEmbeddingGradients(count: count, in: &sparse)
        applyAdam(touched: &sparse)
        return loss
    }

    /// Collects each message's (row, weight) pairs, applying dropout and bag normalization.
    private func gatherEntries(
        _ batch: ArraySlice<Int>, of examples: [TrainingExample], random: inout ModelRandomGenerator,
        into sparse: inout SparseScratch
    ) {
        sparse.entryRows.removeAll(keepingCapacity: true)
        sparse.entryWeights.removeAll(keepingCapacity: true)
        sparse.entryStarts.removeAll(keepingCapacity: true)
        let dropout = options.featureDropout
        let normalization = architecture.bagNormalization
        let rows = rows
        for exampleIndex in batch {
            let features = examples[exampleIndex].features
            let start = sparse.entryRows.count
            sparse.entryStarts.append(start)
            let count = features.count
            var sumOfSquares = 0.0
            features.indices.withUnsafeBufferPointer { indices in
                features.values.withUnsafeBufferPointer { values in
                    for entry in 0..<count {
                        let value = values[entry]
                        if dropout > 0, random.nextUnitFloat() < dropout { continue }
                        guard EmbeddingWeights.isFiniteNonZero(value) else { continue }
                        sparse.entryRows.append(Int32(EmbeddingWeights.row(of: indices[entry], rows: rows)))
                        sparse.entryWeights.append(value)
                        sumOfSquares += Double(value) * Double(value)
                    }
                }
            }
            // Without dropout this is exactly the inference-time scale; with dropout the bag is
            // renormalized over the kept features (inverted dropout for `.none`).
            let scale: Float
            if dropout == 0 {
                scale = normalization.scale(sumOfSquares: sumOfSquares, count: count)
            } else if normalization == .none {
                scale = 1 / (1 - dropout)
            } else {
                scale = normalization.scale(sumOfSquares: sumOfSquares, count: sparse.entryRows.count - start)
            }
            for entry in start..<sparse.entryRows.count { sparse.entryWeights[entry] *= scale }
        }
        sparse.entryStarts.append(sparse.entryRows.count)
    }

    /// `activations[0][s] = Σ weight · E[row]` for every message `s` of the batch.
    private func buildBags(count: Int, from sparse: SparseScratch) {
        let dimension = dimension
        embedding.withUnsafeBufferPointer { table in
            activations[0].withUnsafeMutableBufferPointer { bags in
                sparse.entryRows.withUnsafeBufferPointer { entryRows in
                    sparse.entryWeights.withUnsafeBufferPointer { entryWeights in
                        for sample in 0..<count {
                            let bag = bags.baseAddress! + sample * dimension
                            bag.update(repeating: 0, count: dimension)
                            for entry in sparse.entryStarts[sample]..<sparse.entryStarts[sample + 1] {
                                let weight = entryWeights[entry]
                                let row = table.baseAddress! + Int(entryRows[entry]) * dimension
                                for d in 0..<dimension { bag[d] += weight * row[d] }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Dense layers over the batch: `Z = A·Wᵀ + b` by `sgemm`, ReLU on hidden layers.
    private func forwardDense(count: Int) {
        for layer in 0..<weights.count {
            let (input, output) = (widths[layer], widths[layer + 1])
            let isHidden = layer + 1 < weights.count
            let source = activations[layer]
            biases[layer].withUnsafeBufferPointer { bias in
                weights[layer].withUnsafeBufferPointer { weight in
                    source.withUnsafeBufferPointer { source in
                        activations[layer + 1].withUnsafeMutableBufferPointer { target in
                            let target = target.baseAddress!
                            for sample in 0..<count {
                                (target + sample * output).update(from: bias.baseAddress!, count: output)
                            }
                            cblas_sgemm(
                                CblasRowMajor, CblasNoTrans, CblasTrans,
                                Int32(count), Int32(output), Int32(input),
                                1, source.baseAddress, Int32(input), weight.baseAddress, Int32(input),
                                1, target, Int32(output))
                            if isHidden { Classifier.relu(target, count: count * output) }
                        }
                    }
                }
            }
        }
    }

    /// Softmax cross-entropy: writes `∂loss/∂logits = w_y (p − onehot(y)) / batch` into the
    /// last delta buffer and returns the weighted loss.
    private func softmaxCrossEntropyGradient(
        _ batch: ArraySlice<Int>, of examples: [TrainingExample]
    ) -> (weightedLoss: Double, weight: Double) {
        let classCount = widths[widths.count - 1]
        let last = widths.count - 1
        let count = batch.count
        var weightedLoss = 0.0
        var totalWeight = 0.0
        let logits = activations[last]
        logits.withUnsafeBufferPointer { logits in
            deltas[last].withUnsafeMutableBufferPointer { delta in
                for (sample, exampleIndex) in batch.enumerated() {
                    let label = examples[exampleIndex].label
                    let classWeight = classWeights[label] * examples[exampleIndex].weight
                    let row = logits.baseAddress! + sample * classCount
                    let gradient = delta.baseAddress! + sample * classCount
                    let logSumExp = ModelSoftmax.logSumExp(row, count: classCount)
                    weightedLoss += Double(classWeight) * (logSumExp - Double(row[label]))
                    totalWeight += Double(classWeight)
                    let factor = classWeight / Float(count)
                    for k in 0..<classCount {
                        let probability = Float(Foundation.exp(Double(row[k]) - logSumExp))
                        gradient[k] = factor * (probability - (k == label ? 1 : 0))
                    }
                }
            }
        }
        return (weightedLoss, totalWeight)
    }

    /// Backpropagates through the dense layers with `sgemm`: weight gradients `dZᵀ·A`, input
    /// gradients `dZ·W`, masked by ReLU below hidden layers; ends with the bag gradient.
    private func backwardDense(count: Int) {
        for layer in stride(from: weights.count - 1, through: 0, by: -1) {
            let (input, output) = (widths[layer], widths[layer + 1])
            let delta = deltas[layer + 1]
            delta.withUnsafeBufferPointer { delta in
                activations[layer].withUnsafeBufferPointer { source in
                    weightGradients[layer].withUnsafeMutableBufferPointer { gradient in
                        cblas_sgemm(
                            CblasRowMajor, CblasTrans, CblasNoTrans,
                            Int32(output), Int32(input), Int32(count),
                            1, delta.baseAddress, Int32(output), source.baseAddress, Int32(input),
                            0, gradient.baseAddress, Int32(input))
                    }
                    biasGradients[layer].withUnsafeMutableBufferPointer { gradient in
                        for o in 0..<output {
                            var sum: Float = 0
                            for sample in 0..<count { sum += delta[sample * output + o] }
                            gradient[o] = sum
                        }
                    }
                    weights[layer].withUnsafeBufferPointer { weight in
                        deltas[layer].withUnsafeMutableBufferPointer { below in
                            cblas_sgemm(
                                CblasRowMajor, CblasNoTrans, CblasNoTrans,
                                Int32(count), Int32(input), Int32(output),
                                1, delta.baseAddress, Int32(output), weight.baseAddress, Int32(input),
                                0, below.baseAddress, Int32(input))
                            if layer > 0 {
                                for index in 0..<(count * input) where !(source[index] > 0) { below[index] = 0 }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Scatters the bag gradient onto the embedding rows the batch touched, in first-seen order.
    private func accumulateEmbeddingGradients(count: Int, in sparse: inout SparseScratch) {
        let dimension = dimension
        sparse.touchedRows.removeAll(keepingCapacity: true)
        sparse.entryRows.withUnsafeBufferPointer { entryRows in
            sparse.slotOfRow.withUnsafeMutableBufferPointer { slotOfRow in
                for row in entryRows where slotOfRow[Int(row)] < 0 {
                    slotOfRow[Int(row)] = Int32(sparse.touchedRows.count)
                    sparse.touchedRows.append(row)
                }
            }
        }
        let needed = sparse.touchedRows.count * dimension
        if sparse.rowGradients.count < needed {
            sparse.rowGradients = [Float](repeating: 0, count: needed)
        } else {
            sparse.rowGradients.withUnsafeMutableBufferPointer { $0.baseAddress!.update(repeating: 0, count: needed) }
        }
        deltas[0].withUnsafeBufferPointer { bagGradient in
            sparse.rowGradients.withUnsafeMutableBufferPointer { rowGradients in
                sparse.slotOfRow.withUnsafeBufferPointer { slotOfRow in
                    sparse.entryRows.withUnsafeBufferPointer { entryRows in
                        sparse.entryWeights.withUnsafeBufferPointer { entryWeights in
                            for sample in 0..<count {
                                let source = bagGradient.baseAddress! + sample * dimension
                                for entry in sparse.entryStarts[sample]..<sparse.entryStarts[sample + 1] {
                                    let weight = entryWeights[entry]
                                    let slot = Int(slotOfRow[Int(entryRows[entry])])
                                    let target = rowGradients.baseAddress! + slot * dimension
                                    for d in 0..<dimension { target[d] += weight * source[d] }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// One AdamW step: every dense weight and bias, and the touched embedding rows only
    /// (lazy Adam: an untouched row's moments and weights stay as they are).
    private func applyAdam(touched sparse: inout SparseScratch) {
        let beta1 = options.adamBeta1
        let beta2 = options.adamBeta2
        beta1Power *= Double(beta1)
        beta2Power *= Double(beta2)
        let stepSize = Float(Double(options.learningRate) * (1 - beta2Power).squareRoot() / (1 - beta1Power))
        let decay = options.learningRate * options.weightDecay
        let update = AdamUpdate(
            beta1: beta1, beta2: beta2, epsilon: options.adamEpsilon, stepSize: stepSize)

        for layer in 0..<weights.count {
            update.apply(
                parameters: &weights[layer], gradients: weightGradients[layer],
                moment1: &weightMoment1[layer], moment2: &weightMoment2[layer], decay: decay)
            update.apply(
                parameters: &biases[layer], gradients: biasGradients[layer],
                moment1: &biasMoment1[layer], moment2: &biasMoment2[layer], decay: 0)
        }

        let dimension = dimension
        embedding.withUnsafeMutableBufferPointer { table in
            embeddingMoment1.withUnsafeMutableBufferPointer { moment1 in
                embeddingMoment2.withUnsafeMutableBufferPointer { moment2 in
                    sparse.rowGradients.withUnsafeBufferPointer { gradients in
                        sparse.touchedRows.withUnsafeBufferPointer { touchedRows in
                            for slot in 0..<touchedRows.count {
                                let offset = Int(touchedRows[slot]) * dimension
                                update.apply(
                                    count: dimension, parameters: table.baseAddress! + offset,
                                    gradients: gradients.baseAddress! + slot * dimension,
                                    moment1: moment1.baseAddress! + offset,
                                    moment2: moment2.baseAddress! + offset, decay: decay)
                            }
                        }
                    }
                }
            }
        }
        sparse.touchedRows.withUnsafeBufferPointer { touchedRows in
            sparse.slotOfRow.withUnsafeMutableBufferPointer { slotOfRow in
                for row in touchedRows { slotOfRow[Int(row)] = -1 }
            }
        }
    }
}
