import Foundation

/// Numerically stable softmax and log-softmax over short rows of logits.
enum ModelSoftmax {
    /// Replaces `row[0..<count]` by its softmax (max-subtracted, so no overflow).
    static func normalize(_ row: UnsafeMutablePointer<Float>, count: Int) {
        guard count > 0 else { return }
        var largest = row[0]
        for k in 1..<count where row[k] > largest { largest = row[k] }
        var sum: Float = 0
        if largest.isFinite {
            for k in 0..<count {
                let value = exp(row[k] - largest)
                row[k] = value
                sum += value
            }
        }
        guard sum.isFinite, sum > 0 else {
            // NaN or infinite logits (an overflowing bag): answer "undecided" rather than NaN.
            let uniform = 1 / Float(count)
            for k in 0..<count { row[k] = uniform }
            return
        }
        let inverse = 1 / sum
        for k in 0..<count { row[k] *= inverse }
    }

    /// `log Σ exp(row[k])`, computed stably in double precision.
    static func logSumExp(_ row: UnsafePointer<Float>, count: Int) -> Double {
        guard count > 0 else { return -.infinity }
        var largest = Double(row[0])
        for k in 1..<count where Double(row[k]) > largest { largest = Double(row[k]) }
        var sum = 0.0
        for k in 0..<count { sum += Foundation.exp(Double(row[k]) - largest) }
        return largest + Foundation.log(sum)
    }
}
