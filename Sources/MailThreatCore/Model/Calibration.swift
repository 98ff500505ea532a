/// A post-hoc correction of the logits so that probabilities match observed frequencies.
///
/// Calibrated logit `k` is `scales[k] · logit[k] + biases[k]` ("vector scaling", Guo et al.
/// 2017); temperature scaling is the special case of one shared scale `1/T` and zero biases.
/// It never changes which class wins when the scales are equal and the biases zero, and in
/// general changes it only where the model was miscalibrated. ``CalibrationFitter`` fits it.
///
/// ```swift
/// let calibration = try CalibrationFitter().fit(logits: heldOutLogits, labels: heldOutLabels)
/// model.calibration = calibration
/// ```
public struct Calibration: Sendable, Hashable {
    /// Per-class multiplier of the raw logit.
    public let scales: [Float]
    /// Per-class offset added after scaling.
    public let biases: [Float]

    /// Creates a calibration; both arrays need one finite entry per class.
    ///
    /// - Throws: ``ModelValidationError/shapeMismatch(_:)`` if the arrays differ in length or
    ///   are empty, ``ModelValidationError/invalidValue(_:)`` for a non-finite entry.
    public init(scales: [Float], biases: [Float]) throws(ModelValidationError) {
        guard !scales.isEmpty, scales.count == biases.count else {
            throw .shapeMismatch("calibration has \(scales.count) scales and \(biases.count) biases")
        }
        guard scales.allSatisfy(\.isFinite), biases.allSatisfy(\.isFinite) else {
            throw .invalidValue("calibration has a non-finite number")
        }
        self.scales = scales
        self.biases = biases
    }

    /// Temperature scaling: every logit divided by `temperature`.
    ///
    /// - Throws: ``ModelValidationError/invalidValue(_:)`` unless `temperature` is finite and > 0.
    public init(temperature: Float, classCount: Int) throws(ModelValidationError) {
        guard temperature.isFinite, temperature > 0 else {
            throw .invalidValue("temperature \(temperature) must be finite and positive")
        }
        try self.init(
            scales: [Float](repeating: 1 / temperature, count: classCount),
            biases: [Float](repeating: 0, count: classCount))
    }

    /// The calibration that changes nothing.
    public static func identity(classCount: Int) -> Calibration {
        Calibration(
            uncheckedScales: [Float](repeating: 1, count: classCount),
            biases: [Float](repeating: 0, count: classCount))
    }

    init(uncheckedScales scales: [Float], biases: [Float]) {
        self.scales = scales
        self.biases = biases
    }

    /// Number of classes this calibration covers.
    public var classCount: Int { scales.count }

    /// Applies the calibration in place to one row of logits (extra entries are left alone).
    func apply(to logits: UnsafeMutablePointer<Float>, count: Int) {
        let limit = min(count, scales.count)
        for k in 0..<limit {
            logits[k] = scales[k] * logits[k] + biases[k]
        }
    }

    /// Applies the calibration to a copy of `logits`.
    public func calibrated(_ logits: [Float]) -> [Float] {
        var result = logits
        result.withUnsafeMutableBufferPointer { buffer in
            if let base = buffer.baseAddress { apply(to: base, count: buffer.count) }
        }
        return result
    }
}
