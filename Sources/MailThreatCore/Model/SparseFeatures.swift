/// One message as a sparse hashed feature vector: the classifier's input.
///
/// `indices[i]` is a bucket of the hashed feature space (the feature extractor has already
/// reduced it modulo ``ModelArchitecture/hashSpace``) and `values[i]` its weight (a count,
/// `log(1 + tf)`, a binary 1, …). Entries are used as given: duplicate indices simply add up,
/// and order does not matter except for the last bits of floating-point rounding.
///
/// The model never trusts this value: an index outside the hash space is reduced modulo the
/// space, a non-finite value counts as 0, and if the two arrays differ in length only the
/// common prefix is used. How the bag is scaled is ``BagNormalization``'s job.
///
/// ```swift
/// let message = SparseFeatures(indices: [17, 4_096, 99_001], values: [1, 0.69, 1.1])
/// let probabilities = classifier.probabilities(for: message)
/// ```
public struct SparseFeatures: Sendable, Hashable {
    /// Buckets of the hashed feature space, one per active feature.
    public var indices: [UInt32]
    /// The weight of each active feature, parallel to ``indices``.
    public var values: [Float]

    /// Creates a feature vector from parallel index and value arrays.
    public init(indices: [UInt32], values: [Float]) {
        self.indices = indices
        self.values = values
    }

    /// Creates a binary feature vector: every listed bucket has the value 1.
    public init(indices: [UInt32]) {
        self.indices = indices
        self.values = [Float](repeating: 1, count: indices.count)
    }

    /// The number of entries the model will read: the common length of both arrays.
    public var count: Int { min(indices.count, values.count) }
}
