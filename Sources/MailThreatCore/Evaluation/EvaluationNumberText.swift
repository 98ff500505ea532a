/// Fixed-point text for percentages and scores, independent of locale and of Foundation.
enum EvaluationNumberText {
    /// `"99.12 %"` for `99.1197` with 2 decimals; `"n/a"` for `nil`.
    static func format(_ percent: Double?, decimals: Int) -> String {
        guard let percent else { return "n/a" }
        return fixed(percent, decimals: decimals) + " %"
    }

    /// `value` rounded half away from zero to `decimals` (0…9) digits after the point.
    /// Non-finite values print as `inf`, `-inf`, `nan`; huge values fall back to Swift's own text.
    static func fixed(_ value: Double, decimals: Int) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let places = min(max(decimals, 0), 9)
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (value.magnitude * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e15 else { return "\(value)" }
        let units = Int(scaled)
        var divisor = 1
        for _ in 0..<places { divisor *= 10 }
        let whole = units / divisor
        let fraction = units % divisor
        let sign = (value < 0 && units != 0) ? "-" : ""
        guard places > 0 else { return "\(sign)\(whole)" }
        let fractionDigits = String(fraction)
        let padding = String(repeating: "0", count: places - fractionDigits.count)
        return "\(sign)\(whole).\(padding)\(fractionDigits)"
    }

    /// `value` as a CSV/SVG number: Swift's shortest round-trip text, `inf`/`-inf`/`nan` for
    /// non-finite values.
    static func plain(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return "\(value)"
    }
}

extension EvaluationNumberText {
    /// A whole or half count as text: `12`, `12.5`.
    static func plainCount(_ value: Double) -> String {
        guard value.isFinite, value.magnitude < 9.0e15 else { return plain(value) }
        let doubled = (value * 2).rounded()
        let whole = Int(doubled / 2)
        return doubled.truncatingRemainder(dividingBy: 2) == 0 ? "\(whole)" : "\(whole).5"
    }
}
