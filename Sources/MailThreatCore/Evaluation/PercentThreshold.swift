/// A percentage limit from a gate, held exactly as parts per million (0.0001 % steps), so that
/// comparing it with counts involves no floating-point rounding.
///
/// ```swift
/// let limit = PercentThreshold(parsing: "99.8")!   // also accepts "99.8%"
/// limit.partsPerMillion   // 998_000
/// limit.text              // "99.8"
/// ```
public struct PercentThreshold: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Parts per million in a whole (100 % = 1,000,000).
    static let partsPerMillionScale = 1_000_000
    /// The most digits accepted after the decimal point.
    public static let maximumDecimals = 4

    /// The limit in parts per million: 0 … 1,000,000.
    public let partsPerMillion: Int
    /// The limit as written (without a trailing `%`), used in messages.
    public let text: String

    /// Parses `"99.8"`, `"0.01"`, `"100"`, `"5%"`: digits, at most one point, at most
    /// ``maximumDecimals`` decimals, value 0…100. Returns `nil` for anything else.
    public init?(parsing rawText: String) {
        var digits = Substring(rawText)
        if digits.hasSuffix("%") { digits = digits.dropLast() }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let wholeText = parts.first, !wholeText.isEmpty, wholeText.count <= 3,
              wholeText.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let fractionText = parts.count == 2 ? parts[1] : ""
        guard parts.count == 1 || !fractionText.isEmpty,
              fractionText.count <= Self.maximumDecimals,
              fractionText.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let whole = Int(wholeText) else { return nil }
        var fraction = 0
        for byte in fractionText.utf8 { fraction = fraction * 10 + Int(byte - 0x30) }
        for _ in fractionText.count..<Self.maximumDecimals { fraction *= 10 }
        let value = whole * 10_000 + fraction  // in units of 0.0001 %
        guard value <= Self.partsPerMillionScale else { return nil }
        self.partsPerMillion = value
        self.text = String(digits)
    }

    /// A limit of `partsPerMillion` (clamped to 0…1,000,000), e.g. `1_000` for 0.1 %.
    public init(partsPerMillion: Int) {
        let clamped = min(max(partsPerMillion, 0), Self.partsPerMillionScale)
        self.partsPerMillion = clamped
        let whole = clamped / 10_000
        var fraction = clamped % 10_000
        var fractionDigits = 4
        while fractionDigits > 0 && fraction % 10 == 0 { fraction /= 10; fractionDigits -= 1 }
        if fractionDigits == 0 {
            self.text = "\(whole)"
        } else {
            let fractionText = String(fraction)
            self.text = "\(whole)." + String(repeating: "0", count: fractionDigits - fractionText.count) + fractionText
        }
    }

    /// The limit as a percentage (for floating-point metrics such as lam%).
    public var percent: Double { Double(partsPerMillion) / 10_000 }

    /// `"99.8 %"`.
    public var description: String { "\(text) %" }

    /// Decimals needed to show the limit exactly.
    var decimals: Int {
        guard let point = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: text.index(after: point), to: text.endIndex)
    }
}
