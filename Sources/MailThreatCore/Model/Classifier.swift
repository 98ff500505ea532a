import CBLAS

/// Inference with a trained MailThreat model: one message or a batch → class probabilities.
///
/// The pipeline is embedding bag → dense ReLU layers → output layer → optional
/// ``Calibration`` → softmax. Memory layout and arithmetic:
///
/// - **Embedding bag.** A quantized model keeps its table int8 in memory (per-row scales);
///   each active feature's row is dequantized on the fly while it is added to the bag, with the
///   row scale folded into the feature weight. A float model uses its float table directly.
/// - **Dense layers.** They are small, so an int8 model's layers are dequantized to float32
///   once, when the classifier is created. One message goes through `cblas_sgemv` per layer;
///   a batch is stacked into a `batch × width` matrix and goes through `cblas_sgemm` per layer
///   (in chunks of ``batchChunkSize`` messages, bounding scratch memory).
/// - **Reference.** ``probabilitiesReference(for:)`` does the dense math in plain Swift loops;
///   it exists to check and benchmark the BLAS paths (they agree to within 1e-4; in practice
///   to a few float ulps).
///
/// The classifier is an immutable `Sendable` value: share one across threads freely. Scratch
/// buffers are allocated per call (on the stack for a single message). OpenBLAS may use
/// several threads for a large batch; set `OPENBLAS_NUM_THREADS=1` for strictly one core.
///
/// Hostile input cannot make it trap: out-of-range indices wrap modulo the hash space,
/// non-finite values are ignored, and an overflowing bag yields a uniform distribution
/// rather than NaN.
///
/// ```swift
/// let file = try ModelFile.load(from: bytes)
/// let classifier = Classifier(file: file)
/// let verdict = classifier.prediction(for: features)
/// print(verdict.className, verdict.probability)
/// ```
public struct Classifier: Sendable {
    /// The model's shape and class list.
    public let architecture: ModelArchitecture
    /// The calibration applied to logits before the softmax, if the model has one.
    public let calibration: Calibration?
    let embedding: EmbeddingWeights
    let layers: [DenseLayer]

    /// Messages per `sgemm` call in the batch path.
    public static let batchChunkSize = 256

    /// A classifier over an int8 model (the normal, shipped case).
    public init(model: QuantizedModel) {
        architecture = model.architecture
        calibration = model.calibration
        embedding = .int8(codes: model.embedding.codes, scales: model.embedding.scales)
        layers = model.layers.map { $0.dequantized() }
    }

    /// A classifier over a float32 model (training, evaluation, int8-vs-float comparisons).
    public init(model: FloatModel) {
        architecture = model.architecture
        calibration = model.calibration
        embedding = .float(model.embedding)
        layers = model.layers
    }

    /// A classifier over the model stored in a loaded file.
    public init(file: ModelFile) {
        self.init(model: file.model)
    }

    /// Class names, in the order of every probability vector this classifier returns.
    public var classes: [String] { architecture.classes }

    // MARK: - One message (sgemv)

    /// Raw (uncalibrated) logits of one message, via `cblas_sgemv`.
    public func logits(for features: SparseFeatures) -> [Float] {
        singleMessage(features, calibrated: false, normalize: false)
    }

    /// Class probabilities of one message, via `cblas_sgemv` (calibrated if the model is).
    public func probabilities(for features: SparseFeatures) -> [Float] {
        singleMessage(features, calibrated: true, normalize: true)
    }

    /// The most probable class of one message with all probabilities.
    public func prediction(for features: SparseFeatures) -> ClassPrediction {
        ClassPrediction(probabilities: probabilities(for: features), classes: classes)
    }

    private func singleMessage(_ features: SparseFeatures, calibrated: Bool, normalize: Bool) -> [Float] {
        let width = architecture.maximumWidth
        let classCount = architecture.classes.count
        return withUnsafeTemporaryAllocation(of: Float.self, capacity: 2 * width) { scratch in
            guard let base = scratch.baseAddress else { return [] }
            var input = base
            var output = base + width
            embedding.accumulateBag(
                of: features, normalization: architecture.bagNormalization,
                rows: architecture.hashSpace, dimension: architecture.embeddingDimension, into: input)
            for (position, layer) in layers.enumerated() {
                Self.denseForwardSingle(layer, input: input, output: output)
                if position + 1 < layers.count { Self.relu(output, count: layer.outputSize) }
                swap(&input, &output)
            }
            return finish(input, count: classCount, calibrated: calibrated, normalize: normalize)
        }
    }

    static func denseForwardSingle(_ layer: DenseLayer, input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>) {
        layer.bias.withUnsafeBufferPointer { bias in
            output.update(from: bias.baseAddress!, count: layer.outputSize)
        }
        layer.weights.withUnsafeBufferPointer { weights in
            cblas_sgemv(
                CblasRowMajor, CblasNoTrans, Int32(layer.outputSize), Int32(layer.inputSize),
                1, weights.baseAddress, Int32(layer.inputSize), input, 1, 1, output, 1)
        }
    }

    // MARK: - Batch (sgemm)

    /// Raw (uncalibrated) logits of many messages, via `cblas_sgemm`.
    public func logits(for batch: [SparseFeatures]) -> [[Float]] {
        batchMessages(batch, calibrated: false, normalize: false)
    }

    /// Class probabilities of many messages, via `cblas_sgemm` (calibrated if the model is).
    public func probabilities(for batch: [SparseFeatures]) -> [[Float]] {
        batchMessages(batch, calibrated: true, normalize: true)
    }

    /// The most probable class of each message of a batch.
    public func predictions(for batch: [SparseFeatures]) -> [ClassPrediction] {
        probabilities(for: batch).map { ClassPrediction(probabilities: $0, classes: classes) }
    }

    private func batchMessages(_ batch: [SparseFeatures], calibrated: Bool, normalize: Bool) -> [[Float]] {
        guard !batch.isEmpty else { return [] }
        let width = architecture.maximumWidth
        let classCount = architecture.classes.count
        let chunkCapacity = min(batch.count, Self.batchChunkSize)
        var results: [[Float]] = []
        results.reserveCapacity(batch.count)
        var scratch = [Float](repeating: 0, count: 2 * chunkCapacity * width)
        scratch.withUnsafeMutableBufferPointer { scratch in
            let base = scratch.baseAddress!
            var chunkStart = 0
            while chunkStart < batch.count {
                let rows = min(Self.batchChunkSize, batch.count - chunkStart)
                var input = base
                var output = base + chunkCapacity * width
                let dimension = architecture.embeddingDimension
                for row in 0..<rows {
                    let features = batch[chunkStart + row]
                    embedding.accumulateBag(
                        of: features, normalization: architecture.bagNormalization,
                        rows: architecture.hashSpace, dimension: dimension, into: input + row * dimension)
                }
                for (position, layer) in layers.enumerated() {
                    Self.denseForwardBatch(layer, rows: rows, input: input, output: output)
                    if position + 1 < layers.count { Self.relu(output, count: rows * layer.outputSize) }
                    swap(&input, &output)
                }
                for row in 0..<rows {
                    results.append(
                        finish(input + row * classCount, count: classCount, calibrated: calibrated, normalize: normalize))
                }
                chunkStart += rows
            }
        }
        return results
    }

    /// `output[rows × out] = input[rows × in] · weightsᵀ + bias` with one `sgemm`.
    static func denseForwardBatch(
        _ layer: DenseLayer, rows: Int, input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>
    ) {
        layer.bias.withUnsafeBufferPointer { bias in
            for row in 0..<rows {
                (output + row * layer.outputSize).update(from: bias.baseAddress!, count: layer.outputSize)
            }
        }
        layer.weights.withUnsafeBufferPointer { weights in
            cblas_sgemm(
                CblasRowMajor, CblasNoTrans, CblasTrans,
                Int32(rows), Int32(layer.outputSize), Int32(layer.inputSize),
                1, input, Int32(layer.inputSize), weights.baseAddress, Int32(layer.inputSize),
                1, output, Int32(layer.outputSize))
        }
    }

    // MARK: - Reference (plain loops)

    /// Raw logits of one message with the dense math in plain Swift loops (no BLAS).
    public func logitsReference(for features: SparseFeatures) -> [Float] {
        referenceMessage(features, calibrated: false, normalize: false)
    }

    /// Class probabilities of one message with the dense math in plain Swift loops (no BLAS):
    /// the baseline the BLAS paths are checked and benchmarked against.
    public func probabilitiesReference(for features: SparseFeatures) -> [Float] {
        referenceMessage(features, calibrated: true, normalize: true)
    }

    private func referenceMessage(_ features: SparseFeatures, calibrated: Bool, normalize: Bool) -> [Float] {
        let inputs = denseLayerInputs(for: features)
        var logits = Self.apply(layers[layers.count - 1], to: inputs[inputs.count - 1], relu: false)
        return logits.withUnsafeMutableBufferPointer { buffer in
            finish(buffer.baseAddress!, count: buffer.count, calibrated: calibrated, normalize: normalize)
        }
    }

    /// The input of every dense layer for one message, in plain loops: the embedding bag, then
    /// each hidden layer's output after ReLU. The logits are the last layer applied to the last.
    func denseLayerInputs(for features: SparseFeatures) -> [[Float]] {
        var activations = [Float](repeating: 0, count: architecture.embeddingDimension)
        activations.withUnsafeMutableBufferPointer { bag in
            embedding.accumulateBag(
                of: features, normalization: architecture.bagNormalization,
                rows: architecture.hashSpace, dimension: architecture.embeddingDimension,
                into: bag.baseAddress!)
        }
        var inputs = [activations]
        for layer in layers.dropLast() {
            activations = Self.apply(layer, to: activations, relu: true)
            inputs.append(activations)
        }
        return inputs
    }

    /// `layer` applied to `input` (bias plus weights × input), with ReLU when asked.
    private static func apply(_ layer: DenseLayer, to input: [Float], relu: Bool) -> [Float] {
        var next = layer.bias
        for o in 0..<layer.outputSize {
            var sum: Float = 0
            let rowStart = o * layer.inputSize
            for i in 0..<layer.inputSize { sum += layer.weights[rowStart + i] * input[i] }
            next[o] += sum
            if relu { next[o] = max(0, next[o]) }
        }
        return next
    }

    // MARK: - Shared steps

    static func relu(_ values: UnsafeMutablePointer<Float>, count: Int) {
        for index in 0..<count where !(values[index] > 0) { values[index] = 0 }
    }

    /// Calibrates and/or softmaxes one row of logits in place and copies it out.
    private func finish(
        _ logits: UnsafeMutablePointer<Float>, count: Int, calibrated: Bool, normalize: Bool
    ) -> [Float] {
        if calibrated, let calibration { calibration.apply(to: logits, count: count) }
        if normalize { ModelSoftmax.normalize(logits, count: count) }
        return Array(UnsafeBufferPointer(start: logits, count: count))
    }
}
