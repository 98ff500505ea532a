/// A share of a count, kept with both counts so a report can show them next to the percentage.
///
/// ```swift
/// let caught = CountedPercentage(count: 563, total: 568)
/// caught.percent        // 99.119…
/// caught.description    // "99.12 % (563/568)"
/// CountedPercentage(count: 0, total: 0).percent  // nil: undefined, shown as "n/a (0/0)"
/// ```
public struct CountedPercentage: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The messages that have the property (caught, flagged, misclassified, …).
    public let count: Int
    /// The messages the share is taken of.
    public let total: Int
    /// `100 × count / total`, or `nil` when `total` is 0 (the share is undefined).
    public let percent: Double?

    /// Creates the share `count / total`; negative inputs are treated as 0.
    public init(count: Int, total: Int) {
        let safeTotal = max(0, total)
        let safeCount = max(0, count)
        self.count = safeCount
        self.total = safeTotal
        self.percent = safeTotal == 0 ? nil : 100 * Double(safeCount) / Double(safeTotal)
    }

    /// The share as a fraction in [0, 1], or `nil` when undefined.
    public var fraction: Double? { total == 0 ? nil : Double(count) / Double(total) }

    /// `"99.12 % (563/568)"`, or `"n/a (0/0)"` when undefined.
    public var description: String { formatted(decimals: 2) }

    /// The share with `decimals` digits after the point and the counts in parentheses.
    public func formatted(decimals: Int) -> String {
        "\(EvaluationNumberText.format(percent, decimals: decimals)) (\(count)/\(total))"
    }

    /// Compares the share with a threshold exactly, on the counts (no floating-point rounding):
    /// returns the sign of `count / total − threshold`, or `nil` when the share is undefined.
    func compare(with threshold: PercentThreshold) -> Int? {
        guard total > 0 else { return nil }
        // count / total  vs  ppm / 1_000_000   ⇔   count × 1_000_000  vs  ppm × total
        let left = count.multipliedFullWidth(by: PercentThreshold.partsPerMillionScale)
        let right = threshold.partsPerMillion.multipliedFullWidth(by: total)
        if left.high != right.high { return left.high < right.high ? -1 : 1 }
        if left.low != right.low { return left.low < right.low ? -1 : 1 }
        return 0
    }
}
