/// Why ``ModelTrainer/train(_:validation:progress:)`` refused to train or gave up.
public enum TrainingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The architecture breaks a limit (see ``ModelArchitecture/validate()``).
    case invalidArchitecture(String)
    /// An option is out of range (see ``TrainingOptions/validate(classCount:)``).
    case invalidOptions(String)
    /// There are no training examples.
    case emptyTrainingSet
    /// An example's label is not an index into the class list.
    case labelOutOfRange(example: Int, label: Int)
    /// The loss became NaN or infinite (learning rate far too high, or hostile values).
    case diverged(epoch: Int)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .invalidArchitecture(let detail): "invalid architecture: \(detail)"
        case .invalidOptions(let detail): "invalid training options: \(detail)"
        case .emptyTrainingSet: "no training examples"
        case .labelOutOfRange(let example, let label): "example \(example) has label \(label) outside the class list"
        case .diverged(let epoch): "training diverged (non-finite loss) in epoch \(epoch)"
        }
    }
}
