/// Counts of true label against predicted class over every class seen in a corpus.
///
/// Rows are true labels, columns predicted classes, both in ``classes`` order (ham first, see
/// ``EvaluationLabels/ordered(_:)``).
///
/// ```swift
/// let matrix = ConfusionMatrix(pairs: [("ham", "ham"), ("spam", "phish"), ("spam", "spam")])
/// matrix.classes                                   // ["ham", "spam", "phish"]
/// matrix.count(label: "spam", predicted: "phish")  // 1
/// ```
public struct ConfusionMatrix: Sendable, Hashable, Codable {
    /// Every class occurring as a true label or as a prediction, in display order.
    public let classes: [String]
    /// `counts[row][column]`: messages labelled `classes[row]` predicted as `classes[column]`.
    public let counts: [[Int]]

    /// Builds the matrix from (true label, predicted class) pairs.
    public init<Pairs: Sequence>(pairs: Pairs) where Pairs.Element == (String, String) {
        let list = Array(pairs)
        let classes = EvaluationLabels.ordered(list.flatMap { [$0.0, $0.1] })
        var position: [String: Int] = [:]
        for (index, name) in classes.enumerated() { position[name] = index }
        var counts = Array(repeating: Array(repeating: 0, count: classes.count), count: classes.count)
        for (label, predicted) in list {
            if let row = position[label], let column = position[predicted] { counts[row][column] += 1 }
        }
        self.classes = classes
        self.counts = counts
    }

    /// Messages labelled `label` and predicted as `predicted` (0 for unknown classes).
    public func count(label: String, predicted: String) -> Int {
        guard let row = classes.firstIndex(of: label), let column = classes.firstIndex(of: predicted) else { return 0 }
        return counts[row][column]
    }
}
