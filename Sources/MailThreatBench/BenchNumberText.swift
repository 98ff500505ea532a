import Foundation

/// Number formatting for the text report (the JSON keeps full precision).
enum BenchNumberText {
    /// `value` with `decimals` decimals, `n/a` when not finite.
    static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return "n/a" }
        return String(format: "%.\(max(0, decimals))f", value)
    }

    /// A rate with about three significant digits: `1234`, `98.7`, `1.23`.
    static func rate(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        let magnitude = abs(value)
        if magnitude >= 100 { return grouped(Int(value.rounded())) }
        if magnitude >= 10 { return fixed(value, 1) }
        return fixed(value, 2)
    }

    /// An integer with thin thousands separators: `12,345`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }

    /// Bytes as kB (10³) below 1 MB, otherwise as ``megabytes(_:)``.
    static func size(_ bytes: Int) -> String {
        bytes < 1_000_000 ? fixed(Double(bytes) / 1e3, 1) + " kB" : megabytes(bytes)
    }

    /// Bytes as MB (10⁶) or GB with two decimals.
    static func megabytes(_ bytes: Int) -> String {
        let mb = Double(bytes) / 1e6
        return mb >= 1_000 ? fixed(mb / 1_000, 2) + " GB" : fixed(mb, mb >= 100 ? 0 : 2) + " MB"
    }

    /// Median seconds with the spread of the runs: `0.123 s, spread 2.1 %`.
    static func series(_ runs: RunSeries) -> String {
        "\(fixed(runs.median, runs.median >= 10 ? 1 : 3)) s, spread \(fixed(runs.spreadPercent, 1)) %"
    }

    /// A ratio: `12.3×`.
    static func ratio(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        return (value >= 100 ? fixed(value, 0) : value >= 10 ? fixed(value, 1) : fixed(value, 2)) + "×"
    }
}
