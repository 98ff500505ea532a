/// The outcome of ``ModelTrainer/train(_:validation:progress:)``.
public struct TrainingResult: Sendable {
    /// The trained weights (the best validation epoch's when a validation set was given).
    public let model: FloatModel
    /// One entry per epoch run.
    public let history: [TrainingProgress]
    /// The epoch whose weights ``model`` holds, counting from 1.
    public let bestEpoch: Int
    /// Options, data sizes and losses as text, ready for ``ModelFile/trainingMetadata``.
    /// Contains no timestamps, so it does not break byte-identical model files.
    public let metadata: [String: String]
}
