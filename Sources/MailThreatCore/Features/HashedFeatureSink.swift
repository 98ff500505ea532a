/// Collects features as bucket indices and turns them into the model's input: one entry per
/// distinct bucket, indices ascending, values from ``FeatureValue`` (see
/// ``FeatureCountTable``).
struct HashedFeatureSink: FeatureSink {
    let hasher: FeatureHasher
    private let table: FeatureCountTable

    init(hasher: FeatureHasher) {
        self.hasher = hasher
        self.table = FeatureCountTable(hashSpace: hasher.hashSpace)
    }

    static var needsNames: Bool { false }

    @inline(__always)
    mutating func add(_ name: FeatureName, hash: UInt64, isFlag: Bool) {
        table.add(hasher.index(forHash: hash), isFlag: isFlag)
    }

    /// The sparse vector: distinct buckets ascending, each with `log(1 + occurrences) + flags`.
    func finish() -> SparseFeatures {
        table.sortedFeatures()
    }
}
