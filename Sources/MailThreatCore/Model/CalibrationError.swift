/// Why ``CalibrationFitter`` could not fit a calibration.
public enum CalibrationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No held-out examples were given.
    case emptyData
    /// `logits` and `labels` differ in length, or a logit row has the wrong number of classes.
    case shapeMismatch(String)
    /// A label is not an index into the class list.
    case labelOutOfRange(example: Int, label: Int)
    /// A logit is NaN or infinite.
    case nonFiniteLogits(example: Int)
    /// LAPACK's Cholesky solve (`dposv_`) reported failure `info` (the Newton system was not
    /// positive definite even with the ridge term).
    case solverFailed(info: Int32)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .emptyData: "no calibration examples"
        case .shapeMismatch(let detail): "calibration data shape mismatch: \(detail)"
        case .labelOutOfRange(let example, let label): "calibration example \(example) has label \(label) out of range"
        case .nonFiniteLogits(let example): "calibration example \(example) has a non-finite logit"
        case .solverFailed(let info): "Newton solve failed (dposv info \(info))"
        }
    }
}
