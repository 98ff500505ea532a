/// The text normalisation of README section 4.1, applied to already-decoded text.
///
/// ```swift
/// TextNormalization.lineText("  Re:\u{3000}Hello\t\tworld ")   // "Re: Hello world"
/// TextNormalization.bodyText("\u{FEFF}a\r\nb\rc")              // "a\nb\nc"
/// TextNormalization.bodyText("\u{FFFD}\u{FFFD}x\u{FF5E}")      // "\u{FFFD}x\u{301C}"
/// ```
///
/// Work is done on UTF-8 bytes: unchanged runs are copied in bulk (or the input is
/// returned as is), pure ASCII needs no scalar decoding, and NFC runs only on the
/// short pieces around scalars that are not NFC-stable.
public enum TextNormalization {
    /// Line text (subjects, display names, filenames), README 4.1 steps 2-5: runs of
    /// U+FFFD become one, NFC, the vendor-variant fold, then every run of `White_Space`
    /// characters becomes one U+0020 and leading/trailing U+0020 are removed.
    public static func lineText(_ text: String) -> String {
        normalize(text, mode: .line)
    }

    /// Body text, README 4.1 "body text" steps 2-4: one leading U+FEFF is dropped,
    /// CRLF and then CR become LF, runs of U+FFFD become one, NFC, the vendor-variant
    /// fold. Other whitespace is kept.
    public static func bodyText(_ text: String) -> String {
        normalize(text, mode: .body)
    }

    enum Mode {
        case line, body
    }

    private static func normalize(_ text: String, mode: Mode) -> String {
        var text = text
        text.makeContiguousUTF8()
        let normalized: [UInt8]? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            let input = UnsafeRawBufferPointer(utf8)
            let firstPass = StructuralPass.run(input, mode: mode)
            guard firstPass.needsNFC else { return firstPass.bytes }
            guard let restructured = firstPass.bytes else { return SegmentedNFC.apply(input) }
            return restructured.withUnsafeBytes { SegmentedNFC.apply($0) } ?? restructured
        } ?? nil
        guard let normalized else { return text }
        return String(decoding: normalized, as: UTF8.self)
    }
}
