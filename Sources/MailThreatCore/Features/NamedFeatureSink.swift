/// Collects features by name for inspection (``FeatureExtractor/namedFeatures(for:)``).
struct NamedFeatureSink: FeatureSink {
    let hasher: FeatureHasher
    private var entries: [String: (occurrences: Int, flags: Int, hash: UInt64)] = [:]

    init(hasher: FeatureHasher) {
        self.hasher = hasher
    }

    static var needsNames: Bool { true }

    mutating func add(_ name: FeatureName, hash: UInt64, isFlag: Bool) {
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
}
