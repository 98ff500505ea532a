/// A float32 fully connected layer: `output = weights · input + bias`.
///
/// `weights` is row-major `outputSize × inputSize` (row `o` holds the weights of output
/// channel `o`), which is what `cblas_sgemv`/`cblas_sgemm` read with `CblasRowMajor`.
public struct DenseLayer: Sendable, Hashable {
    /// Number of inputs (columns of ``weights``).
    public let inputSize: Int
    /// Number of outputs (rows of ``weights``, entries of ``bias``).
    public let outputSize: Int
    /// Row-major `outputSize × inputSize` weights.
    public let weights: [Float]
    /// One bias per output.
    public let bias: [Float]

    /// Creates a layer after checking sizes and that every number is finite.
    ///
    /// - Throws: ``ModelValidationError/shapeMismatch(_:)`` or
    ///   ``ModelValidationError/invalidValue(_:)``.
    public init(inputSize: Int, outputSize: Int, weights: [Float], bias: [Float])
        throws(ModelValidationError)
    {
        guard inputSize > 0, outputSize > 0,
            inputSize.multipliedReportingOverflow(by: outputSize) == (weights.count, false)
        else {
            throw .shapeMismatch(
                "dense weights hold \(weights.count) values, expected \(outputSize)×\(inputSize)")
        }
        guard bias.count == outputSize else {
            throw .shapeMismatch("dense bias holds \(bias.count) values, expected \(outputSize)")
        }
        guard weights.allSatisfy(\.isFinite), bias.allSatisfy(\.isFinite) else {
            throw .invalidValue("dense layer \(outputSize)×\(inputSize) has a non-finite number")
        }
        self.init(unchecked: inputSize, outputSize: outputSize, weights: weights, bias: bias)
    }

    /// Creates a layer whose sizes the caller has already established.
    init(unchecked inputSize: Int, outputSize: Int, weights: [Float], bias: [Float]) {
        self.inputSize = inputSize
        self.outputSize = outputSize
        self.weights = weights
        self.bias = bias
    }
}
