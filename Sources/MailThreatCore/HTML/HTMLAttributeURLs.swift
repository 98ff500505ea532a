/// The "comparison view" of link targets in HTML (section 6 of the MIME-summary contract):
/// every `href` and `src` attribute exactly as CPython's
/// `html.parser.HTMLParser(convert_charrefs=True)` reports it on start and self-closing tags.
///
/// What that means in practice:
/// - attribute names match case-insensitively, values are entity-decoded (``HTMLEntities``),
///   quoted or bare; attributes without a value or with an empty value are skipped;
/// - tags inside comments, in the raw text of `<script>`/`<style>`, in `<!...>`, `<?...>`,
///   `<![CDATA[...]]>` and bogus comments are not seen; an unterminated construct at the end
///   of the data is text;
/// - where CPython 3.11 raises (an unknown `<![keyword` marked section, a decimal character
///   reference of more than 4,300 digits), the values found before that point are returned.
///
/// Each value is trimmed of U+0000–U+0020 at both ends and has every TAB, CR and LF deleted;
/// it is not URL-normalised (see ``URLNormalizer/comparisonForm(_:)``).
///
/// ```swift
/// HTMLAttributeURLs.hrefAndSrc(#"<a HREF=" http://x.example/?a=1&amp;b=2 ">x</a><!-- <img src=y> -->"#)
/// // ["http://x.example/?a=1&b=2"]
/// ```
public enum HTMLAttributeURLs {
    /// All `href` and `src` values of `html` in document order (duplicates kept).
    public static func hrefAndSrc(_ html: String) -> [String] {
        var copy = html
        return copy.withUTF8 { hrefAndSrc(utf8: $0) }
    }

    /// All `href` and `src` values of the UTF-8 `bytes` in document order (duplicates kept).
    public static func hrefAndSrc(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var tokenizer = HTMLTokenizer(bytes: bytes, mode: .pythonCompatible,
                                      sink: AttributeURLCollector(bytes: bytes),
                                      stopsWhenNoStartTagCanFollow: true)
        tokenizer.run()
        return tokenizer.sink.values
    }

    /// The comparison-view cleanup of one decoded attribute value: U+0000–U+0020 trimmed
    /// from both ends, then every TAB, CR and LF deleted.
    public static func comparisonValue(_ decoded: String) -> String {
        var bytes = Array(decoded.utf8)
        trimAndDeleteTabsAndNewlines(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func trimAndDeleteTabsAndNewlines(_ bytes: inout [UInt8]) {
        guard bytes.contains(where: { $0 <= 0x20 }) else { return }
        var end = bytes.count
        while end > 0, bytes[end - 1] <= 0x20 { end -= 1 }
        var start = 0
        while start < end, bytes[start] <= 0x20 { start += 1 }
        var write = 0
        for read in start..<end {
            let byte = bytes[read]
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            bytes[write] = byte
            write += 1
        }
        bytes.removeSubrange(write...)
    }
}
