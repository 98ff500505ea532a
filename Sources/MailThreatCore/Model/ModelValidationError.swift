/// Why a set of model weights was rejected: wrong sizes, an impossible architecture or a
/// weight that is not a finite number.
public enum ModelValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The architecture breaks a limit of ``ModelArchitecture`` (the text says which).
    case invalidArchitecture(String)
    /// A tensor's element count does not match the architecture.
    case shapeMismatch(String)
    /// A weight, bias or scale is NaN or infinite (or a scale is negative).
    case invalidValue(String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .invalidArchitecture(let detail): "invalid architecture: \(detail)"
        case .shapeMismatch(let detail): "shape mismatch: \(detail)"
        case .invalidValue(let detail): "invalid value: \(detail)"
        }
    }
}
