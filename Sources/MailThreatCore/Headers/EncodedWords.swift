/// RFC 2047 decoding of header values (README 4.2), following CPython's modern header parser
/// for what counts as an encoded word.
///
/// ```swift
/// EncodedWords.decodeUnstructured(Array("Re:=?utf-8?q?caf=C3=A9?= =?utf-8?b?IQ==?=".utf8))
/// // "Re:café!"
/// EncodedWords.decodeUnstructuredLine(Array("  a \t b ".utf8))  // "a b"
/// ```
public enum EncodedWords {
    /// The Subject rule: words are decoded anywhere, even glued to other text; a run of words
    /// separated only by SP/HTAB is joined without the whitespace; neighbouring words whose
    /// charsets map to the same codec are decoded together (a character split across words
    /// survives); malformed words stay literal; raw 8-bit bytes are read as UTF-8.
    ///
    /// The result is **not** line-normalised; use ``decodeUnstructuredLine(_:)`` for README 4.1
    /// line text.
    public static func decodeUnstructured(_ value: [UInt8]) -> String {
        guard containsEncodedWordStart(value) else { return String(decoding: value, as: UTF8.self) }
        let units = HeaderUnit.units(value)
        return EncodedWordFrame.resolve(UnstructuredGrammar.serialize(HeaderText(units)))
    }

    /// ``decodeUnstructured(_:)`` followed by `TextNormalization.lineText` (README 4.1): the
    /// Subject value of the MIME summary.
    public static func decodeUnstructuredLine(_ value: [UInt8]) -> String {
        TextNormalization.lineText(decodeUnstructured(value))
    }

    /// The display-name rule: the value read as an RFC 5322 phrase, the way display names are
    /// read inside address fields — words are decoded only where a word starts and inside
    /// quoted strings, quotes are removed, comments become spaces. Text after the phrase (from a
    /// special such as `<`, `@` or `,` that ends it) is kept as is. Falls back to
    /// ``decodeUnstructured(_:)`` when CPython could not read the phrase. Not line-normalised.
    public static func decodePhrase(_ value: [UInt8]) -> String {
        let units = HeaderUnit.units(value)
        do {
            let step = try AddressGrammar.displayName(HeaderText(units))
            var out = try step.token.displayNameValue()
            if !step.rest.isEmpty {
                out.append(contentsOf: step.rest.prefix(step.rest.count))
            }
            return EncodedWordFrame.resolve(out)
        } catch {
            return decodeUnstructured(value)
        }
    }

    /// True when `=?` occurs (nothing can decode otherwise).
    static func containsEncodedWordStart(_ value: [UInt8]) -> Bool {
        var index = 0
        while index + 1 < value.count {
            if value[index] == 0x3D, value[index + 1] == 0x3F { return true }
            index += 1
        }
        return false
    }
}
