/// The verdict of a ``Classifier`` for one message.
public struct ClassPrediction: Sendable, Hashable {
    /// Index of the most probable class in ``Classifier/classes`` (the first one on a tie).
    public let classIndex: Int
    /// Name of the most probable class.
    public let className: String
    /// Probability of every class, in ``Classifier/classes`` order (calibrated if the model is).
    public let probabilities: [Float]

    /// The class names the probabilities refer to (the model's own list).
    public let classes: [String]

    /// Probability of the winning class.
    public var probability: Float { probabilities[classIndex] }

    /// Probability of the class named `className`, or `nil` when the model lacks that class
    /// (e.g. a model trained before any `fraud` example existed).
    public func probability(of className: String) -> Float? {
        classes.firstIndex(of: className).map { probabilities[$0] }
    }

    /// Picks the most probable class of `probabilities`.
    init(probabilities: [Float], classes: [String]) {
        var best = 0
        for k in probabilities.indices where probabilities[k] > probabilities[best] { best = k }
        self.classIndex = best
        self.className = best < classes.count ? classes[best] : ""
        self.probabilities = probabilities
        self.classes = classes
    }
}
