/// A dense layer with int8 weights, one float scale per output channel and float biases.
///
/// Output channel `o` (row `o` of the row-major `outputSize × inputSize` weights) reads back
/// as `codes[o, ·] · scales[o]`. Dense layers are small (a few thousand weights), so
/// ``Classifier`` dequantizes them once at load and runs them through `cblas_sgemv`/`sgemm`.
public struct QuantizedDenseLayer: Sendable, Hashable {
    /// Number of inputs.
    public let inputSize: Int
    /// Number of outputs (channels).
    public let outputSize: Int
    /// Row-major `outputSize × inputSize` int8 codes.
    public let codes: [Int8]
    /// One non-negative scale per output channel.
    public let scales: [Float]
    /// One float bias per output channel (biases are not quantized).
    public let bias: [Float]

    /// Creates a layer after checking sizes and values.
    ///
    /// - Throws: ``ModelValidationError`` for wrong sizes, a negative or non-finite scale or a
    ///   non-finite bias.
    public init(inputSize: Int, outputSize: Int, codes: [Int8], scales: [Float], bias: [Float])
        throws(ModelValidationError)
    {
        guard inputSize > 0, outputSize > 0,
            inputSize.multipliedReportingOverflow(by: outputSize) == (codes.count, false),
            scales.count == outputSize, bias.count == outputSize
        else {
            throw .shapeMismatch(
                "quantized dense layer \(outputSize)×\(inputSize) has \(codes.count) codes, "
                    + "\(scales.count) scales, \(bias.count) biases")
        }
        guard scales.allSatisfy({ $0.isFinite && $0 >= 0 }), bias.allSatisfy(\.isFinite) else {
            throw .invalidValue("quantized dense layer has a bad scale or bias")
        }
        self.init(unchecked: inputSize, outputSize: outputSize, codes: codes, scales: scales, bias: bias)
    }

    /// Assembles parts known to fit.
    init(unchecked inputSize: Int, outputSize: Int, codes: [Int8], scales: [Float], bias: [Float]) {
        self.inputSize = inputSize
        self.outputSize = outputSize
        self.codes = codes
        self.scales = scales
        self.bias = bias
    }

    /// Quantizes a float layer per output channel.
    public init(quantizing layer: DenseLayer) {
        let (codes, scales) = Int8RowQuantization.quantize(
            layer.weights, rows: layer.outputSize, width: layer.inputSize)
        self.init(unchecked: layer.inputSize, outputSize: layer.outputSize, codes: codes, scales: scales, bias: layer.bias)
    }

    /// The layer expanded back to float32 weights.
    public func dequantized() -> DenseLayer {
        DenseLayer(
            unchecked: inputSize, outputSize: outputSize,
            weights: Int8RowQuantization.dequantize(codes, scales: scales, width: inputSize),
            bias: bias)
    }
}
