/// A trained classifier in full float32 precision, as ``ModelTrainer`` produces it.
///
/// `embedding` is the row-major `hashSpace × embeddingDimension` table; `layers` are the
/// dense layers from the bag to the logits (ReLU after every layer but the last). Quantize it
/// with ``QuantizedModel/init(quantizing:)`` to ship it, or wrap it in a ``Classifier`` to
/// compare float and int8 verdicts.
public struct FloatModel: Sendable {
    /// The model's shape and class list.
    public let architecture: ModelArchitecture
    /// Row-major `hashSpace × embeddingDimension` embedding table.
    public let embedding: [Float]
    /// Dense layers, bag side first; the last one produces the logits.
    public let layers: [DenseLayer]
    /// Optional logit calibration applied before the softmax.
    public var calibration: Calibration? {
        didSet { calibration = Self.matching(calibration, classCount: architecture.classes.count) }
    }

    /// Creates a model after checking every shape against `architecture`.
    ///
    /// - Throws: ``ModelValidationError`` when the architecture is invalid, a tensor has the
    ///   wrong size, or an embedding value is not finite. A calibration for a different number
    ///   of classes is a shape mismatch.
    public init(
        architecture: ModelArchitecture,
        embedding: [Float],
        layers: [DenseLayer],
        calibration: Calibration? = nil
    ) throws(ModelValidationError) {
        try architecture.validate()
        let expected = architecture.hashSpace * architecture.embeddingDimension
        guard embedding.count == expected else {
            throw .shapeMismatch("embedding holds \(embedding.count) values, expected \(expected)")
        }
        guard embedding.allSatisfy(\.isFinite) else {
            throw .invalidValue("embedding has a non-finite number")
        }
        try Self.checkLayers(layers, against: architecture)
        if let calibration, calibration.classCount != architecture.classes.count {
            throw .shapeMismatch(
                "calibration covers \(calibration.classCount) classes, model has \(architecture.classes.count)")
        }
        self.init(unchecked: architecture, embedding: embedding, layers: layers, calibration: calibration)
    }

    init(unchecked architecture: ModelArchitecture, embedding: [Float], layers: [DenseLayer], calibration: Calibration?) {
        self.architecture = architecture
        self.embedding = embedding
        self.layers = layers
        self.calibration = calibration
    }

    static func checkLayers(_ layers: [DenseLayer], against architecture: ModelArchitecture)
        throws(ModelValidationError)
    {
        let widths = architecture.layerWidths
        guard layers.count == widths.count - 1 else {
            throw .shapeMismatch("\(layers.count) dense layers, expected \(widths.count - 1)")
        }
        for (position, layer) in layers.enumerated()
        where layer.inputSize != widths[position] || layer.outputSize != widths[position + 1] {
            throw .shapeMismatch(
                "dense layer \(position) is \(layer.outputSize)×\(layer.inputSize), "
                    + "expected \(widths[position + 1])×\(widths[position])")
        }
    }

    /// Drops a calibration whose class count does not fit (the setter cannot throw).
    static func matching(_ calibration: Calibration?, classCount: Int) -> Calibration? {
        guard let calibration, calibration.classCount == classCount else { return nil }
        return calibration
    }
}
