/// One feature of a message before hashing, for `mailthreat inspect` and rule authors.
///
/// ```swift
/// for feature in extractor.namedFeatures(for: content) {
///     print(feature.name, feature.value, feature.index)  // hdr.replyto_mismatch 1.0 80123
/// }
/// ```
public struct NamedFeature: Sendable, Hashable {
    /// The namespaced feature name, e.g. `w:free`, `cjk:免费`, `url.tld:ru`, `hdr.replyto_mismatch`.
    public var name: String
    /// `log(1 + occurrences)` for counted features, 1 for flags.
    public var value: Float
    /// The bucket the name hashes to (other names may share it).
    public var index: UInt32

    /// The part before the first colon (`w`, `url.tld`), or the whole name of a flag without
    /// a token (`hdr.replyto_mismatch`).
    public var namespace: Substring {
        name.firstIndex(of: ":").map { name[..<$0] } ?? name[...]
    }

    /// The namespaces of text tokens: words, bigrams, CJK grams and word shapes of the
    /// subject, body, display names and attachment names.
    public static let textTokenNamespaces: Set<String> = [
        "w", "bi", "cjk", "shape", "s", "s.cjk", "s.shape", "dn", "dn.cjk", "dn.shape", "an", "an.cjk", "an.shape",
    ]

    /// True for a text token (see ``textTokenNamespaces``): vocabulary rather than a
    /// behavioural signal, so a poor reason to show on its own.
    public var isTextToken: Bool { Self.textTokenNamespaces.contains(String(namespace)) }

    /// Creates a named feature.
    public init(name: String, value: Float, index: UInt32) {
        self.name = name
        self.value = value
        self.index = index
    }
}
