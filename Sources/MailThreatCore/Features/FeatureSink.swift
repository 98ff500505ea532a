/// Where the feature families put what they find: a feature's 64-bit hash, whether it is a
/// binary flag or one occurrence of a counted feature, and its name in parts.
///
/// ``HashedFeatureSink`` keeps only bucket indices (the production path);
/// ``NamedFeatureSink`` keeps the names (the debug path behind
/// ``FeatureExtractor/namedFeatures(for:)``). Both see exactly the same calls, so the two
/// views of a message always agree.
protocol FeatureSink {
    /// True when the sink reads ``FeatureName`` (lets the text path skip keeping words that
    /// only the name needs).
    static var needsNames: Bool { get }

    /// Records one feature.
    mutating func add(_ name: FeatureName, hash: UInt64, isFlag: Bool)
}
