/// A forgiving tokenizer for trace and authentication fields (`Received`,
/// `Authentication-Results`): words, `(comments)` with nesting and quoted pairs, `"quoted"`
/// strings, `<angle>` and `[bracket]` groups, `=` and `;`.
///
/// It never fails: unterminated groups run to the end of the value. Nested comments are read
/// iteratively (no recursion). Tokens are slices of the input unless quoted pairs had to be
/// removed. Linear in the input length.
struct StructuredFieldTokenizer {
    enum Token: Equatable {
        /// A run of non-special bytes, or a `<…>` / `[…]` group (brackets kept).
        case word(ArraySlice<UInt8>)
        /// A quoted string, quotes removed and quoted pairs unquoted.
        case quoted(ArraySlice<UInt8>)
        /// The text inside a comment (nested parentheses kept, outer removed).
        case comment(ArraySlice<UInt8>)
        case equals
        case semicolon
    }

    /// The tokens of `value`. With `equalsIsSpecial` false, `=` stays inside words.
    static func tokens(_ value: ArraySlice<UInt8>, equalsIsSpecial: Bool) -> [Token] {
        var tokens: [Token] = []
        var index = value.startIndex
        let end = value.endIndex
        while index < end {
            let byte = value[index]
            switch byte {
            case 0x20, 0x09, 0x0D, 0x0A:
                index += 1
            case 0x28:
                let (text, next) = comment(value, from: index)
                tokens.append(.comment(text))
                index = next
            case 0x22:
                let (text, next) = quoted(value, from: index)
                tokens.append(.quoted(text))
                index = next
            case 0x3B:
                tokens.append(.semicolon)
                index += 1
            case 0x3D where equalsIsSpecial:
                tokens.append(.equals)
                index += 1
            case 0x3C, 0x5B:
                let close: UInt8 = byte == 0x3C ? 0x3E : 0x5D
                let start = index
                while index < end, value[index] != close { index += 1 }
                index = min(index + 1, end)
                tokens.append(.word(value[start..<index]))
            default:
                let start = index
                while index < end, !isDelimiter(value[index], equalsIsSpecial: equalsIsSpecial) { index += 1 }
                tokens.append(.word(value[start..<index]))
            }
        }
        return tokens
    }

    private static func isDelimiter(_ byte: UInt8, equalsIsSpecial: Bool) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0D, 0x0A, 0x28, 0x22, 0x3B, 0x3C, 0x5B: return true
        case 0x3D: return equalsIsSpecial
        default: return false
        }
    }

    /// The quoted string starting at `start` (a `"`): its unquoted text and the index after it.
    private static func quoted(_ value: ArraySlice<UInt8>, from start: Int) -> (ArraySlice<UInt8>, Int) {
        var index = start + 1
        var unescaped: [UInt8]?
        while index < value.endIndex, value[index] != 0x22 {
            if value[index] == 0x5C, index + 1 < value.endIndex {
                if unescaped == nil { unescaped = Array(value[(start + 1)..<index]) }
                index += 1
            }
            unescaped?.append(value[index])
            index += 1
        }
        let text = unescaped.map { $0[...] } ?? value[(start + 1)..<index]
        return (text, min(index + 1, value.endIndex))
    }

    /// The comment starting at `start` (a `(`): its inner text and the index after it.
    private static func comment(_ value: ArraySlice<UInt8>, from start: Int) -> (ArraySlice<UInt8>, Int) {
        var depth = 0
        var unescaped: [UInt8]?
        var index = start
        while index < value.endIndex {
            let byte = value[index]
            if byte == 0x5C, index + 1 < value.endIndex {
                if unescaped == nil { unescaped = Array(value[(start + 1)..<index]) }
                unescaped?.append(value[index + 1])
                index += 2
                continue
            }
            if byte == 0x28 {
                depth += 1
            } else if byte == 0x29 {
                depth -= 1
                if depth == 0 { return (unescaped.map { $0[...] } ?? value[(start + 1)..<index], index + 1) }
            }
            if index > start { unescaped?.append(byte) }
            index += 1
        }
        return (unescaped.map { $0[...] } ?? value[(start + 1)..<index], index)
    }

    /// True when `bytes` equals the lower-case ASCII `name` ignoring ASCII case.
    static func equalsIgnoringCase<C: Collection<UInt8>>(_ bytes: C, _ name: StaticString) -> Bool {
        guard bytes.count == name.utf8CodeUnitCount else { return false }
        return name.withUTF8Buffer { lower in
            zip(bytes, lower).allSatisfy { ASCII.lowercase($0) == $1 }
        }
    }

    /// True when `bytes` starts with the lower-case ASCII `prefix` ignoring ASCII case.
    static func hasPrefixIgnoringCase<C: Collection<UInt8>>(_ bytes: C, _ prefix: StaticString) -> Bool {
        guard bytes.count >= prefix.utf8CodeUnitCount else { return false }
        return prefix.withUTF8Buffer { lower in
            zip(bytes, lower).allSatisfy { ASCII.lowercase($0) == $1 }
        }
    }

    /// True when `bytes` contains the lower-case ASCII `needle` ignoring ASCII case.
    static func containsIgnoringCase(_ bytes: ArraySlice<UInt8>, _ needle: StaticString) -> Bool {
        let length = needle.utf8CodeUnitCount
        guard length > 0, bytes.count >= length else { return false }
        return needle.withUTF8Buffer { lower in
            var start = bytes.startIndex
            while start + length <= bytes.endIndex {
                if ASCII.lowercase(bytes[start]) == lower[0],
                   zip(bytes[start..<(start + length)], lower).allSatisfy({ ASCII.lowercase($0) == $1 }) {
                    return true
                }
                start += 1
            }
            return false
        }
    }

    /// Bytes as text (UTF-8, invalid sequences as U+FFFD).
    static func text<C: Collection<UInt8>>(_ bytes: C) -> String { String(decoding: bytes, as: UTF8.self) }
}
