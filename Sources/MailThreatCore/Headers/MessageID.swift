/// The `Message-ID` field as the MIME summary reads it (README 4.6).
///
/// ```swift
/// MessageID.parse(Array(" <abc@example.com> (comment)".utf8))  // "abc@example.com"
/// MessageID.parse(Array("   ".utf8))                          // nil
/// ```
public enum MessageID {
    /// The identifier: the value read as UTF-8 and trimmed; if it contains `<`, the text after
    /// the first `<` up to the next `>` (or the end); then every `White_Space` removed. Case is
    /// kept. Nil when nothing is left.
    public static func parse(_ value: [UInt8]) -> String? {
        if value.allSatisfy({ $0 < 0x80 }) { return parseASCII(value) }
        let scalars = Array(String(decoding: value, as: UTF8.self).unicodeScalars)
        var slice = PythonText.strip(scalars[...])
        if let open = slice.firstIndex(of: "<") {
            let after = slice[(open + 1)...]
            if let close = after.firstIndex(of: ">") {
                slice = slice[(open + 1)..<close]
            } else {
                slice = after
            }
        }
        var out = String.UnicodeScalarView()
        for scalar in slice where !PythonText.isUnicodeWhiteSpace(scalar) { out.append(scalar) }
        return out.isEmpty ? nil : String(out)
    }

    /// The same reading on bytes, for the usual all-ASCII value (ASCII has no multi-byte
    /// whitespace, so byte and scalar readings agree).
    private static func parseASCII(_ value: [UInt8]) -> String? {
        func isSpace(_ byte: UInt8) -> Bool { (0x09...0x0D).contains(byte) || (0x1C...0x20).contains(byte) }
        var start = 0
        var end = value.count
        while start < end, isSpace(value[start]) { start += 1 }
        while end > start, isSpace(value[end - 1]) { end -= 1 }
        if let open = value[start..<end].firstIndex(of: 0x3C) {
            start = open + 1
            end = value[start..<end].firstIndex(of: 0x3E) ?? end
        }
        // README 4.1 White_Space: Python's set without U+001C–U+001F.
        let kept = value[start..<end].filter { !(0x09...0x0D).contains($0) && $0 != ASCII.space }
        return kept.isEmpty ? nil : String(decoding: kept, as: UTF8.self)
    }
}
