/// Hyper-parameters of ``ModelTrainer``.
///
/// The optimizer is Adam with decoupled weight decay (AdamW). Dense layers are updated every
/// minibatch; the embedding table lazily: only rows of features present in the minibatch
/// have their moments and weights updated (and decayed), in first-seen order.
///
/// ```swift
/// var options = TrainingOptions()
/// options.epochs = 10
/// options.classWeighting = .balanced
/// options.seed = 42
/// ```
public struct TrainingOptions: Sendable, Hashable {
    /// Passes over the training data (an upper bound when early stopping is on).
    public var epochs: Int = 10
    /// Messages per minibatch (the `M` of every training `sgemm`).
    public var batchSize: Int = 64
    /// Adam step size, for dense layers and embedding rows alike.
    public var learningRate: Float = 0.005
    /// Decoupled weight decay per step, relative to the learning rate (AdamW); not applied to
    /// biases.
    public var weightDecay: Float = 1e-4
    /// Probability of dropping each active feature of a message before building its bag
    /// (the bag is renormalized over the kept features). 0 disables it.
    public var featureDropout: Float = 0
    /// Loss weight of each class.
    public var classWeighting: ClassWeighting = .uniform
    /// Seed of initialization, shuffling and dropout: same seed and data → same model bytes.
    public var seed: UInt64 = 0
    /// With a validation set: stop after this many epochs without a lower validation loss and
    /// return the best epoch's weights. `nil` trains all epochs (still returning the best).
    public var earlyStoppingPatience: Int? = 3
    /// Adam's first-moment decay.
    public var adamBeta1: Float = 0.9
    /// Adam's second-moment decay.
    public var adamBeta2: Float = 0.999
    /// Adam's denominator guard.
    public var adamEpsilon: Float = 1e-8
    /// Embedding rows start uniform in `±embeddingInitScale / √embeddingDimension`.
    public var embeddingInitScale: Float = 1
    /// How many weight snapshots, evenly spaced through each epoch (the last at its end), are
    /// averaged into that epoch's model (tail averaging). 1 takes the epoch's last weights.
    /// Training itself continues from the raw weights; the average is what is validated and
    /// returned.
    public var snapshotsPerEpoch: Int = 1

    /// Default options.
    public init() {}

    /// Checks ranges.
    ///
    /// - Throws: ``TrainingError/invalidOptions(_:)`` naming the first bad option.
    public func validate(classCount: Int) throws(TrainingError) {
        guard epochs >= 1 else { throw .invalidOptions("epochs must be at least 1") }
        guard (1...65_536).contains(batchSize) else { throw .invalidOptions("batchSize must be 1...65536") }
        guard learningRate.isFinite, learningRate > 0 else { throw .invalidOptions("learningRate must be > 0") }
        guard weightDecay.isFinite, weightDecay >= 0 else { throw .invalidOptions("weightDecay must be ≥ 0") }
        guard featureDropout >= 0, featureDropout < 1 else { throw .invalidOptions("featureDropout must be in [0, 1)") }
        guard adamBeta1 >= 0, adamBeta1 < 1, adamBeta2 >= 0, adamBeta2 < 1 else {
            throw .invalidOptions("Adam betas must be in [0, 1)")
        }
        guard adamEpsilon.isFinite, adamEpsilon > 0 else { throw .invalidOptions("adamEpsilon must be > 0") }
        guard embeddingInitScale.isFinite, embeddingInitScale >= 0 else {
            throw .invalidOptions("embeddingInitScale must be ≥ 0")
        }
        guard (1...1_000).contains(snapshotsPerEpoch) else { throw .invalidOptions("snapshotsPerEpoch must be 1...1000") }
        if let earlyStoppingPatience, earlyStoppingPatience < 1 {
            throw .invalidOptions("earlyStoppingPatience must be at least 1")
        }
        if case .custom(let weights) = classWeighting {
            guard weights.count == classCount, weights.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
                throw .invalidOptions("custom class weights need \(classCount) finite non-negative values")
            }
        }
    }

    /// The options as text, for ``TrainingResult/metadata`` and the model file.
    var metadata: [String: String] {
        return [
            "epochs": "\(epochs)", "batchSize": "\(batchSize)", "learningRate": "\(learningRate)",
            "weightDecay": "\(weightDecay)", "featureDropout": "\(featureDropout)",
            "classWeighting": classWeighting.description, "seed": "\(seed)",
            "earlyStoppingPatience": earlyStoppingPatience.map { "\($0)" } ?? "none",
            "adam": "\(adamBeta1),\(adamBeta2),\(adamEpsilon)", "embeddingInitScale": "\(embeddingInitScale)",
            "snapshotsPerEpoch": "\(snapshotsPerEpoch)",
        ]
    }
}
