/// One feature of a message before hashing, for `mailthreat inspect` and rule authors.
///
/// ```swift
/// for feature in extractor.namedFeatures(for: content) {
///     print(feature.name, feature.value, feature.index)  // "url.ip_host 1.0 80123"
/// }
/// ```
public struct NamedFeature: Sendable, Hashable {
    /// The namespaced feature name, e.g. `w:free`, `cjk:免费`, `url.tld:ru`, `hdr.replyto_mismatch`.
    public var name: String
    /// `log(1 + occurrences)` for counted features, 1 for flags.
    public var value: Float
    /// The bucket the name hashes to (other names may share it).
    public var index: UInt32

    /// Creates a named feature.
    public init(name: String, value: Float, index: UInt32) {
        self.name = name
        self.value = value
        self.index = index
    }
}
