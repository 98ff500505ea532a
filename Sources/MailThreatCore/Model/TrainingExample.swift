/// One labelled message for ``ModelTrainer``: features and the index of its class in
/// ``ModelArchitecture/classes``.
public struct TrainingExample: Sendable, Hashable {
    /// The message's hashed features.
    public var features: SparseFeatures
    /// Index of the true class in the architecture's class list.
    public var label: Int
    /// How much the example counts in the loss, on top of its class weight (1 = as usual).
    public var weight: Float

    /// Creates a labelled example.
    public init(features: SparseFeatures, label: Int, weight: Float = 1) {
        self.features = features
        self.label = label
        self.weight = weight
    }
}
