/// Why ``ModelFile`` loading rejected a file. Loading never crashes: every
/// malformed, truncated or corrupted input ends in one of these.
public enum ModelFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file does not start with `MTHREAT\0`: not a MailThreat model.
    case badMagic
    /// The file is a MailThreat model in a format version this build cannot read.
    case unsupportedVersion(UInt32)
    /// The file is shorter than its fixed prefix or than the length it declares.
    case truncated(expectedBytes: Int, actualBytes: Int)
    /// The file is longer than the length it declares.
    case trailingBytes(expectedBytes: Int, actualBytes: Int)
    /// The SHA-256 stored at the end does not match the content: the file was corrupted.
    case checksumMismatch
    /// The JSON header is unreadable, incomplete or describes an impossible architecture.
    case malformedHeader(String)
    /// The tensors the header lists (or their byte sizes) do not fit the architecture.
    case shapeMismatch(String)
    /// A stored scale, bias or calibration value is NaN, infinite or negative where it cannot be.
    case invalidValue(String)
    /// The file could not be read or written at all (the text carries the system's reason).
    case unreadable(String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .badMagic: "not a MailThreat model file (bad magic)"
        case .unsupportedVersion(let version): "unsupported model format version \(version)"
        case .truncated(let expected, let actual): "model file truncated: \(actual) of \(expected) bytes"
        case .trailingBytes(let expected, let actual): "model file has \(actual) bytes, declares \(expected)"
        case .checksumMismatch: "model file checksum mismatch (corrupted file)"
        case .malformedHeader(let detail): "malformed model header: \(detail)"
        case .shapeMismatch(let detail): "model tensor shape mismatch: \(detail)"
        case .invalidValue(let detail): "invalid model value: \(detail)"
        case .unreadable(let detail): "model file unreadable: \(detail)"
        }
    }

    /// Maps a weight-validation failure met while loading onto the file error that reports it.
    init(_ validation: ModelValidationError) {
        switch validation {
        case .invalidArchitecture(let detail): self = .malformedHeader(detail)
        case .shapeMismatch(let detail): self = .shapeMismatch(detail)
        case .invalidValue(let detail): self = .invalidValue(detail)
        }
    }
}

extension ModelFileError {
    /// Runs `body`, which reads tensors (``ModelFileError``) and builds weights
    /// (``ModelValidationError``), and reports either as a ``ModelFileError``.
    static func reporting<Value>(_ body: () throws -> Value) throws(ModelFileError) -> Value {
        do {
            return try body()
        } catch let error as ModelValidationError {
            throw ModelFileError(error)
        } catch let error as ModelFileError {
            throw error
        } catch {
            throw .malformedHeader("\(error)")
        }
    }
}
