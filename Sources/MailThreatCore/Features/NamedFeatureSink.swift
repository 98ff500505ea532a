/// Collects features by name for inspection (``FeatureExtractor/namedFeatures(for:)``).
struct NamedFeatureSink: FeatureSink {
    let hasher: FeatureHasher
    /// True to keep only behavioural signals: text tokens (``NamedFeature/textTokenNamespaces``)
    /// are dropped before their names are built.
    let skipsTextTokens: Bool
    private var entries: [String: (occurrences: Int, flags: Int, hash: UInt64)] = [:]

    init(hasher: FeatureHasher, skipsTextTokens: Bool = false) {
        self.hasher = hasher
        self.skipsTextTokens = skipsTextTokens
    }

    static var needsNames: Bool { true }

    mutating func add(_ name: FeatureName, hash: UInt64, isFlag: Bool) {
        if skipsTextTokens && Self.isTextNamespace(name.namespace) { return }
        let key = name.text
        var entry = entries[key] ?? (0, 0, hash)
        if isFlag { entry.flags &+= 1 } else { entry.occurrences &+= 1 }
        entries[key] = entry
    }

    /// One ``NamedFeature`` per distinct name, sorted by name.
    func finish() -> [NamedFeature] {
        entries.map { name, entry in
            NamedFeature(
                name: name,
                value: FeatureValue.value(occurrences: entry.occurrences, flags: entry.flags),
                index: hasher.index(forHash: entry.hash))
        }
        .sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    /// ``NamedFeature/textTokenNamespaces``, looked up without building a String.
    private static let textNamespaces = ByteStringSet(NamedFeature.textTokenNamespaces)

    static func isTextNamespace(_ namespace: StaticString) -> Bool {
        namespace.withUTF8Buffer { textNamespaces.contains($0) }
    }
}
