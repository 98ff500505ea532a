/// What ``ModelTrainer`` reports after each epoch.
public struct TrainingProgress: Sendable, Hashable {
    /// The epoch just finished, counting from 1.
    public let epoch: Int
    /// Class-weighted mean cross-entropy over the epoch's minibatches (with dropout, if on).
    public let trainingLoss: Double
    /// Class-weighted mean cross-entropy on the validation set, if one was given.
    public let validationLoss: Double?
    /// Fraction of validation messages whose top class is right, if a validation set was given.
    public let validationAccuracy: Double?
    /// Whether this epoch's weights are the best so far (always true without validation).
    public let isBest: Bool
}
