/// The shipped form of a classifier: int8 weights with per-row (embedding) and
/// per-output-channel (dense) float scales, float biases and an optional calibration.
///
/// This is what ``ModelFile`` stores. Build one from a trained ``FloatModel``:
///
/// ```swift
/// let quantized = QuantizedModel(quantizing: trained.model)
/// let classifier = Classifier(model: quantized)
/// ```
public struct QuantizedModel: Sendable, Hashable {
    /// The model's shape and class list.
    public let architecture: ModelArchitecture
    /// The int8 embedding table.
    public let embedding: QuantizedEmbeddingTable
    /// Dense layers, bag side first.
    public let layers: [QuantizedDenseLayer]
    /// Optional logit calibration (set it after fitting on the quantized model's logits).
    public var calibration: Calibration? {
        didSet { calibration = FloatModel.matching(calibration, classCount: architecture.classes.count) }
    }

    /// Quantizes a float model; its calibration is carried over unchanged.
    public init(quantizing model: FloatModel) {
        architecture = model.architecture
        embedding = QuantizedEmbeddingTable(
            quantizing: model.embedding, rows: model.architecture.hashSpace,
            dimension: model.architecture.embeddingDimension)
        layers = model.layers.map(QuantizedDenseLayer.init(quantizing:))
        calibration = model.calibration
    }

    /// Assembles a model from parts after checking them against `architecture`.
    ///
    /// - Throws: ``ModelValidationError`` for an invalid architecture or mismatched shapes.
    public init(
        architecture: ModelArchitecture,
        embedding: QuantizedEmbeddingTable,
        layers: [QuantizedDenseLayer],
        calibration: Calibration? = nil
    ) throws(ModelValidationError) {
        try architecture.validate()
        guard embedding.rows == architecture.hashSpace,
            embedding.dimension == architecture.embeddingDimension
        else {
            throw .shapeMismatch(
                "embedding is \(embedding.rows)×\(embedding.dimension), expected "
                    + "\(architecture.hashSpace)×\(architecture.embeddingDimension)")
        }
        let widths = architecture.layerWidths
        guard layers.count == widths.count - 1 else {
            throw .shapeMismatch("\(layers.count) dense layers, expected \(widths.count - 1)")
        }
        for (position, layer) in layers.enumerated()
        where layer.inputSize != widths[position] || layer.outputSize != widths[position + 1] {
            throw .shapeMismatch("dense layer \(position) is \(layer.outputSize)×\(layer.inputSize)")
        }
        if let calibration, calibration.classCount != architecture.classes.count {
            throw .shapeMismatch("calibration covers \(calibration.classCount) classes")
        }
        self.init(unchecked: architecture, embedding: embedding, layers: layers, calibration: calibration)
    }

    /// Assembles parts known to fit (``init(quantizing:correctingBiasOver:)``).
    init(unchecked architecture: ModelArchitecture, embedding: QuantizedEmbeddingTable,
         layers: [QuantizedDenseLayer], calibration: Calibration?) {
        self.architecture = architecture
        self.embedding = embedding
        self.layers = layers
        self.calibration = calibration
    }

    /// The model expanded back to float32 (what the int8 weights actually mean).
    public func dequantized() -> FloatModel {
        FloatModel(
            unchecked: architecture, embedding: embedding.dequantized(),
            layers: layers.map { $0.dequantized() }, calibration: calibration)
    }
}
