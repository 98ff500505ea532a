/// How much each class's examples weigh in the training loss.
public enum ClassWeighting: Sendable, Hashable {
    /// Every example weighs 1.
    case uniform
    /// Class `c` weighs `N / (K · n_c)` for `N` examples over `K` classes that have any,
    /// so rare classes (phish, malware) count as much in total as common ones (ham).
    case balanced
    /// Explicit weights, one non-negative finite number per class.
    case custom([Float])

    /// The weight of each class given per-class example counts.
    func weights(counts: [Int]) -> [Float] {
        switch self {
        case .uniform:
            return [Float](repeating: 1, count: counts.count)
        case .balanced:
            let total = counts.reduce(0, +)
            let present = counts.filter { $0 > 0 }.count
            return counts.map { count in
                count > 0 ? Float(Double(total) / (Double(present) * Double(count))) : 0
            }
        case .custom(let weights):
            return weights
        }
    }
}

extension ClassWeighting: CustomStringConvertible {
    /// `uniform`, `balanced`, or the custom weights in class order, comma-separated (`4.0,1.0,…`),
    /// as the model file and the model card record it.
    public var description: String {
        switch self {
        case .uniform: "uniform"
        case .balanced: "balanced"
        case .custom(let weights): weights.map { "\($0)" }.joined(separator: ",")
        }
    }
}
