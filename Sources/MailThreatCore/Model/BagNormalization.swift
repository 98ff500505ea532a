/// How the embedding bag of a message is scaled before the dense layers.
///
/// The bag is `scale · Σᵢ valuesᵢ · E[indicesᵢ]` where `E` is the embedding table and `scale`
/// depends on this choice. Normalising makes long and short messages comparable, so a
/// message's verdict does not drift with its length. Non-finite values are treated as 0 in
/// every mode.
public enum BagNormalization: String, Sendable, Hashable, Codable, CaseIterable {
    /// `scale = 1 / ‖values‖₂` (the default): the bag is a weighted average on the unit sphere
    /// of the value vector, independent of message length and of the overall value scale.
    case l2
    /// `scale = 1 / √n` for `n` entries: long messages still weigh a little more.
    case sqrtCount
    /// `scale = 1`: a plain weighted sum.
    case none

    /// The multiplier applied to every value of `features` (0 for an empty or all-zero bag).
    ///
    /// Only the first `features.count` entries are read; non-finite values count as 0.
    public func scale(for features: SparseFeatures) -> Float {
        let count = features.count
        guard self == .l2 else { return scale(sumOfSquares: 0, count: count) }
        let sumOfSquares = features.values.withUnsafeBufferPointer { values -> Double in
            var sum: Double = 0
            for index in 0..<count {
                let value = values[index]
                if value.magnitude < .infinity { sum += Double(value) * Double(value) }
            }
            return sum
        }
        return scale(sumOfSquares: sumOfSquares, count: count)
    }

    /// The multiplier for a bag of `count` entries whose finite values have the given sum of
    /// squares (only ``l2`` reads it). The one formula shared by training and inference.
    func scale(sumOfSquares: Double, count: Int) -> Float {
        guard count > 0 else { return 0 }
        switch self {
        case .none:
            return 1
        case .sqrtCount:
            return 1 / Float(count).squareRoot()
        case .l2:
            guard sumOfSquares > 0, sumOfSquares.isFinite else { return 0 }
            return Float(1 / sumOfSquares.squareRoot())
        }
    }
}
