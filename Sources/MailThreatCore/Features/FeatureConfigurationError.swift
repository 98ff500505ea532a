/// Why a stored ``FeatureConfiguration`` cannot be used.
///
/// ```swift
/// do {
///     _ = try FeatureConfiguration(encoded: file.featureConfiguration)
/// } catch {
///     print(error)  // e.g. "feature configuration: missing key seed"
/// }
/// ```
public enum FeatureConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A required key is absent.
    case missingKey(String)
    /// A key this build does not know (the model was written by a newer extractor).
    case unknownKey(String)
    /// A value does not parse or is out of range.
    case invalidValue(key: String, value: String)
    /// The feature-set version differs from the one this build implements.
    case unsupportedVersion(Int, supported: Int)

    /// A one-line explanation naming the key or the versions.
    public var description: String {
        switch self {
        case .missingKey(let key):
            return "feature configuration: missing key \(key)"
        case .unknownKey(let key):
            return "feature configuration: unknown key \(key)"
        case .invalidValue(let key, let value):
            return "feature configuration: invalid \(key) \"\(value.prefix(40))\""
        case .unsupportedVersion(let version, let supported):
            return "feature configuration: version \(version), this build supports \(supported)"
        }
    }
}
