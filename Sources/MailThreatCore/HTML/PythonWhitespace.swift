/// CPython's notion of whitespace (`str.isspace()`, `\s` in a `str` pattern,
/// `str.strip()`), evaluated directly on UTF-8 bytes.
///
/// The set is U+0009–U+000D, U+001C–U+001F, U+0020, U+0085, U+00A0, U+1680,
/// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000 (CPython 3.11).
/// The HTML tokenizer needs it because `html.parser`'s regular expressions use
/// `\s`, and the comparison view must tokenise exactly as CPython does.
enum PythonWhitespace {
    /// `true` for the ASCII bytes that CPython counts as whitespace.
    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        // One bit test instead of a chain of comparisons (fewer mispredicted branches).
        // Bytes from 0x21 up test bit 63 or lower unset bits: no branch needed.
        (asciiWhitespaceBits &>> UInt64(Swift.min(byte, 63))) & 1 != 0
    }

    /// Bit `b` set for each ASCII whitespace byte `b`: 0x09...0x0D, 0x1C...0x1F, 0x20.
    static let asciiWhitespaceBits: UInt64 = 0x1_F000_3E00

    /// Length in bytes of the whitespace character starting at `index`, or 0 when
    /// the character there is not whitespace (or `index` is out of range).
    @inline(__always)
    static func length(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard index >= 0, index < bytes.count else { return 0 }
        let byte = bytes[index]
        if byte < 0x80 { return isASCIIWhitespace(byte) ? 1 : 0 }
        return nonASCIILength(at: index, lead: byte, in: bytes)
    }

    @inline(never)
    static func nonASCIILength(at index: Int, lead: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let count = bytes.count
        switch lead {
        case 0xC2:
            guard index + 1 < count else { return 0 }
            let second = bytes[index + 1]
            return second == 0x85 || second == 0xA0 ? 2 : 0
        case 0xE1:
            guard index + 2 < count else { return 0 }
            return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard index + 2 < count else { return 0 }
            let second = bytes[index + 1], third = bytes[index + 2]
            if second == 0x80 {
                return (third >= 0x80 && third <= 0x8A) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
            }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3:
            guard index + 2 < count else { return 0 }
            return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }

    /// Length of the whitespace character that ends right before `index`, or 0.
    static func lengthOfCharacter(endingAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard index > 0, index <= bytes.count else { return 0 }
        let last = bytes[index - 1]
        if last < 0x80 { return isASCIIWhitespace(last) ? 1 : 0 }
        if index >= 2, length(at: index - 2, in: bytes) == 2 { return 2 }
        if index >= 3, length(at: index - 3, in: bytes) == 3 { return 3 }
        return 0
    }

    /// The index after the run of whitespace starting at `index`.
    @inline(__always)
    static func skip(from index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var position = index
        while true {
            let length = length(at: position, in: bytes)
            if length == 0 { return position }
            position += length
        }
    }

    /// `bytes[range]` with CPython whitespace removed from both ends (`str.strip()`).
    static func strip(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let length = length(at: lower, in: bytes)
            if length == 0 || lower + length > upper { break }
            lower += length
        }
        while upper > lower {
            let length = lengthOfCharacter(endingAt: upper, in: bytes)
            if length == 0 || upper - length < lower { break }
            upper -= length
        }
        return lower..<upper
    }
}
