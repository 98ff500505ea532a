#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// HTML character-reference decoding with exactly the semantics of CPython's
/// `html.unescape` (Python 3.11).
///
/// - Named references use the full HTML5 table (``HTMLEntityTable``); the 106
///   legacy names (`amp`, `lt`, `copy`, `eacute`, …) also match without `;` and
///   as a prefix of a longer word (`&notit;` gives `¬it;`).
/// - Numeric references (`&#65;`, `&#x41`, `;` optional) follow HTML5's table of
///   invalid code points: 0x80–0x9F map through windows-1252, 0 and surrogates give
///   U+FFFD, other control and non-characters vanish.
/// - A name is at most 32 characters long; anything that is not a reference is kept.
///
/// ```swift
/// HTMLEntities.decode("Fish &amp; Chips &copy2024 &#x1F600;")   // "Fish & Chips ©2024 😀"
/// ```
///
/// One divergence: CPython 3.11 raises `ValueError` for a decimal reference of more
/// than 4,300 digits (its integer-string limit); here it decodes to U+FFFD like any
/// other out-of-range number.
public enum HTMLEntities {
    /// CPython's default `sys.get_int_max_str_digits()`: longer decimal references make
    /// `html.unescape` raise.
    static let pythonIntegerDigitLimit = 4300

    /// Decodes the character references in `text`.
    public static func decode(_ text: String) -> String {
        guard text.utf8.contains(0x26) else { return text }
        var copy = text
        return copy.withUTF8 { decode($0) }
    }

    /// Decodes the character references in `text`.
    public static func decode(_ text: Substring) -> String {
        guard text.utf8.contains(0x26) else { return String(text) }
        var copy = text
        return copy.withUTF8 { decode($0) }
    }

    /// Decodes the character references in UTF-8 `bytes` (invalid UTF-8 becomes U+FFFD).
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        appendDecoded(bytes, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes the character references in UTF-8 `bytes` (invalid UTF-8 becomes U+FFFD).
    public static func decode(bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { decode($0) }
    }

    /// Appends the decoded form of `input` to `output` (UTF-8).
    static func appendDecoded(_ input: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        guard let base = input.baseAddress, !input.isEmpty else { return }
        let count = input.count
        var copyStart = 0
        var index = 0
        while index < count {
            guard let found = memchr(base + index, 0x26, count - index) else { break }
            let ampersand = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            let next = ampersand + 1
            index = next
            guard next < count else { break }
            if input[next] == 0x23 {  // '#'
                guard let (scalar, end) = numericReference(input, from: next + 1) else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copyStart..<ampersand]))
                appendNumericReplacement(scalar, to: &output)
                copyStart = end
                index = end
                continue
            }
            // Named reference: up to 32 characters outside [\t\n\f <&#;], then an optional ';'.
            var position = next
            var characters = 0
            while position < count {
                let byte = input[position]
                if byte & 0xC0 == 0x80 { position += 1; continue }
                if characters == 32 || isNameTerminator(byte) { break }
                characters += 1
                position += 1
            }
            guard characters > 0 else { continue }
            if position < count, input[position] == 0x3B {
                position += 1
                characters += 1
            }
            let name = UnsafeBufferPointer(rebasing: input[next..<position])
            if let replacement = commonReplacement(name) {
                // `&nbsp;`, `&amp;`, `&lt;`, `&gt;`, `&quot;`: no table search.
                output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copyStart..<ampersand]))
                output.append(UInt8(truncatingIfNeeded: replacement))
                if replacement > 0xFF { output.append(UInt8(truncatingIfNeeded: replacement >> 8)) }
                copyStart = position
                index = position
                continue
            }
            let entities = HTMLEntityIndex.shared
            if let entry = entities.find(name) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copyStart..<ampersand]))
                entities.appendValue(of: entry, to: &output)
                copyStart = position
            } else {
                // Longest legacy prefix: names of 2...6 ASCII characters, shorter than the whole.
                var asciiPrefix = 0
                while asciiPrefix < name.count, asciiPrefix <= HTMLEntityIndex.maximumLegacyNameLength,
                      name[asciiPrefix] < 0x80 {
                    asciiPrefix += 1
                }
                var length = Swift.min(characters - 1, HTMLEntityIndex.maximumLegacyNameLength, asciiPrefix)
                while length >= 2 {
                    if let entry = entities.find(UnsafeBufferPointer(rebasing: name[0..<length])) {
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copyStart..<ampersand]))
                        entities.appendValue(of: entry, to: &output)
                        copyStart = next + length
                        break
                    }
                    length -= 1
                }
            }
            index = position
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copyStart..<count]))
    }

    /// The UTF-8 replacement (first byte in the low byte) of the most common complete named
    /// references, as ``HTMLEntityIndex`` gives them: `nbsp;`, `amp;`, `lt;`, `gt;`, `quot;`.
    @inline(__always)
    static func commonReplacement(_ name: UnsafeBufferPointer<UInt8>) -> UInt16? {
        guard name.count >= 3, name.count <= 5, name[name.count - 1] == 0x3B else { return nil }
        var key: UInt64 = 0
        for offset in 0..<name.count { key |= UInt64(name[offset]) << (UInt64(offset) * 8) }
        switch key {
        case 0x3B_7073_626E: return 0xA0C2  // "nbsp;" → U+00A0
        case 0x3B70_6D61: return 0x26  // "amp;"
        case 0x3B_746C: return 0x3C  // "lt;"
        case 0x3B_7467: return 0x3E  // "gt;"
        case 0x3B_746F_7571: return 0x22  // "quot;"
        default: return nil
        }
    }

    /// `true` when `input` holds a decimal reference that CPython 3.11's `html.unescape`
    /// refuses (more than 4,300 digits: `int()` raises `ValueError`).
    static func exceedsPythonIntegerDigitLimit(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = input.baseAddress, input.count > pythonIntegerDigitLimit else { return false }
        let count = input.count
        var index = 0
        while index < count {
            guard let found = memchr(base + index, 0x26, count - index) else { return false }
            let ampersand = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            index = ampersand + 1
            guard index < count, input[index] == 0x23 else { continue }
            var position = index + 1
            while position < count, isDigit(input[position]) { position += 1 }
            if position - (index + 1) > pythonIntegerDigitLimit { return true }
            index = position
        }
        return false
    }

    /// Parses `[0-9]+;?` or `[xX][0-9a-fA-F]+;?` at `start` (just after `&#`).
    /// Values above 0x10FFFF saturate at 0x110000.
    @inline(__always)
    private static func numericReference(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> (UInt32, Int)? {
        let count = input.count
        guard start < count else { return nil }
        var position = start
        var value: UInt32 = 0
        if isDigit(input[position]) {
            while position < count, isDigit(input[position]) {
                if value <= 0x10FFFF { value = value * 10 + UInt32(input[position] &- 0x30) }
                position += 1
            }
        } else if input[position] | 0x20 == 0x78, position + 1 < count, hexValue(input[position + 1]) != nil {
            position += 1
            while position < count, let digit = hexValue(input[position]) {
                if value <= 0x10FFFF { value = value << 4 | UInt32(digit) }
                position += 1
            }
        } else {
            return nil
        }
        if position < count, input[position] == 0x3B { position += 1 }
        return (Swift.min(value, 0x110000), position)
    }

    /// windows-1252 meanings of the references 0x80...0x9F (HTML5's table).
    private static let windows1252Controls: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// The replacement of numeric reference `value` per CPython's `_replace_charref`.
    static func numericReplacement(_ value: UInt32) -> Unicode.Scalar? {
        switch value {
        case 0: return "\u{FFFD}"
        case 0x0D: return "\r"
        case 0x80...0x9F: return Unicode.Scalar(windows1252Controls[Int(value - 0x80)])
        case 0xD800...0xDFFF, 0x110000...: return "\u{FFFD}"
        case 0x01...0x08, 0x0B, 0x0E...0x1F, 0x7F, 0xFDD0...0xFDEF: return nil
        default:
            if value & 0xFFFE == 0xFFFE { return nil }
            return Unicode.Scalar(value)
        }
    }

    @inline(__always)
    private static func appendNumericReplacement(_ value: UInt32, to output: inout [UInt8]) {
        guard let scalar = numericReplacement(value) else { return }
        appendUTF8(scalar, to: &output)
    }

    @inline(__always)
    static func appendUTF8(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            output.append(UInt8(value))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | value >> 6))
            output.append(UInt8(0x80 | value & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | value >> 12))
            output.append(UInt8(0x80 | (value >> 6) & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        default:
            output.append(UInt8(0xF0 | value >> 18))
            output.append(UInt8(0x80 | (value >> 12) & 0x3F))
            output.append(UInt8(0x80 | (value >> 6) & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        }
    }

    @inline(__always)
    private static func isNameTerminator(_ byte: UInt8) -> Bool {
        // [\t\n\f <&#;]
        switch byte {
        case 0x09, 0x0A, 0x0C, 0x20, 0x3C, 0x26, 0x23, 0x3B: return true
        default: return false
        }
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    @inline(__always)
    static func hexValue(_ byte: UInt8) -> UInt8? {
        if byte &- 0x30 < 10 { return byte &- 0x30 }
        let lower = byte | 0x20
        if lower &- 0x61 < 6 { return lower &- 0x61 + 10 }
        return nil
    }
}
