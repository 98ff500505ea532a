/// Small pieces of Python `str` semantics that the header ports need, on Unicode scalars.
enum PythonText {
    /// `str.isspace()` / `str.split()` whitespace: U+0009–U+000D, U+001C–U+0020, U+0085,
    /// U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// The README 4.1 `White_Space` set (Python's set without U+001C–U+001F).
    static func isUnicodeWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        isSpace(scalar) && !(0x1C...0x1F).contains(scalar.value)
    }

    /// A run of scalars, sharing the storage of the text it was cut from.
    typealias Token = ArraySlice<Unicode.Scalar>

    /// `s.split()`: runs of non-whitespace.
    static func split(_ scalars: Token) -> [Token] {
        var parts: [Token] = []
        var index = scalars.startIndex
        while index < scalars.endIndex {
            while index < scalars.endIndex, isSpace(scalars[index]) { index += 1 }
            let start = index
            while index < scalars.endIndex, !isSpace(scalars[index]) { index += 1 }
            if index > start { parts.append(scalars[start..<index]) }
        }
        return parts
    }

    /// `s.split(separator)` (separator a single scalar; empty pieces kept).
    static func split(_ scalars: Token, separator: Unicode.Scalar) -> [Token] {
        var parts: [Token] = []
        var start = scalars.startIndex
        for index in scalars.indices where scalars[index] == separator {
            parts.append(scalars[start..<index])
            start = index + 1
        }
        parts.append(scalars[start..<scalars.endIndex])
        return parts
    }

    /// True when `token` equals the lower-case ASCII `name` ignoring ASCII case (Python
    /// `token.lower() == name` for ASCII names, which no non-ASCII lower-casing can produce
    /// here).
    static func equalsLowercased(_ token: Token, _ name: String) -> Bool {
        guard token.count == name.utf8.count else { return false }
        return zip(token, name.utf8).allSatisfy { scalar, byte in
            scalar.isASCII && ASCII.lowercase(UInt8(scalar.value)) == byte
        }
    }

    /// `s.strip()`.
    static func strip(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var slice = scalars
        while let first = slice.first, isSpace(first) { slice = slice.dropFirst() }
        while let last = slice.last, isSpace(last) { slice = slice.dropLast() }
        return slice
    }

    /// `str.isdigit()` of one character: Unicode `Numeric_Type` Decimal or Digit.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        let type = scalar.properties.numericType
        return type == .decimal || type == .digit
    }

    /// A bound past which every parsed integer is "too large for any date field".
    static let integerLimit = 1 << 40

    /// `int(s)` for base 10: optional sign, Unicode decimal digits with single `_` between
    /// them, surrounding whitespace allowed. Magnitudes are clamped to ``integerLimit``.
    static func int(_ scalars: Token) -> Int? {
        var slice = strip(scalars)
        var negative = false
        if let first = slice.first, first == "+" || first == "-" {
            negative = first == "-"
            slice = slice.dropFirst()
        }
        guard !slice.isEmpty else { return nil }
        var value = 0
        var lastWasDigit = false
        for scalar in slice {
            if scalar == "_" {
                guard lastWasDigit else { return nil }
                lastWasDigit = false
                continue
            }
            guard let digit = decimalValue(scalar) else { return nil }
            value = min(value * 10 + digit, integerLimit)
            lastWasDigit = true
        }
        guard lastWasDigit else { return nil }
        return negative ? -value : value
    }

    /// The value of a Unicode decimal digit (`Numeric_Type=Decimal`), else nil.
    @inline(__always)
    static func decimalValue(_ scalar: Unicode.Scalar) -> Int? {
        if scalar.isASCII {
            return scalar.value >= 0x30 && scalar.value <= 0x39 ? Int(scalar.value - 0x30) : nil
        }
        guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue,
              value >= 0, value <= 9 else { return nil }
        return Int(value)
    }
}
