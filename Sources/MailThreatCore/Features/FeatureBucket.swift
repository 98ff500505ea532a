/// Turns numbers into a few coarse labels, so that features describe magnitudes ("a handful
/// of links", "mostly upper case") rather than exact values a model could memorise.
enum FeatureBucket {
    /// Labels of the logarithmic buckets: `0`, `1`, `2-3`, `4-7`, … `512-1023`, `1024+`.
    static let logLabels: [String] = {
        var labels = ["0", "1"]
        var low = 2
        while low < 1_024 {
            labels.append("\(low)-\(low * 2 - 1)")
            low *= 2
        }
        labels.append("1024+")
        return labels
    }()

    /// The logarithmic bucket label of a count (negative counts as 0).
    ///
    /// ```swift
    /// FeatureBucket.log(5)  // "4-7"
    /// ```
    static func log(_ value: Int) -> String {
        logLabels[logIndex(value)]
    }

    /// The position of a count's label in ``logLabels``.
    @inline(__always)
    static func logIndex(_ value: Int) -> Int {
        guard value > 0 else { return 0 }
        let bucket = Int.bitWidth - value.leadingZeroBitCount  // 1 → 1, 2…3 → 2, 4…7 → 3
        return min(bucket, logLabels.count - 1)
    }

    /// The label of a share `part / whole`: `0`, `lt10`, `lt25`, `lt50`, `lt75`, `lt100`,
    /// `all` (and `0` when `whole` is not positive).
    ///
    /// ```swift
    /// FeatureBucket.share(3, of: 10)  // "lt50"
    /// ```
    static func share(_ part: Int, of whole: Int) -> String {
        guard whole > 0, part > 0 else { return "0" }
        if part >= whole { return "all" }
        let percent = Double(part) / Double(whole) * 100
        switch percent {
        case ..<10: return "lt10"
        case ..<25: return "lt25"
        case ..<50: return "lt50"
        case ..<75: return "lt75"
        default: return "lt100"
        }
    }
}
