/// The JIS X 0213 and ISO-2022-JP-2/3/2004 codecs, decoded with glibc's `iconv`
/// and patched toward CPython's codecs where that is cheap:
///
/// - Shift_JIS-2004: CPython maps 0x815F, 0x81B0, 0x81D4, 0x81D5 to `\`, `~`,
///   U+2985, U+2986 where glibc gives their fullwidth forms.
/// - EUC-JIS-2004: the same for U+2985/U+2986; `0x8F` sequences outside JIS X 0213
///   plane 2 fall back to JIS X 0212 (EUC-JP), as CPython does.
/// - ISO-2022-JP-2/3/2004: escapes, shifts and error recovery follow CPython
///   (see ``ISO2022JPEscapeRewriter``); the character sets are glibc's.
enum GlibcJapaneseDecoding {
    /// The glibc converter name for `codec`.
    static func iconvName(for codec: CharsetCodec) -> String? {
        switch codec {
        case .shiftJIS2004: "SHIFT_JISX0213"
        case .eucJIS2004: "EUC-JISX0213"
        case .iso2022JP2: "ISO-2022-JP-2"
        case .iso2022JP3, .iso2022JP2004: "ISO-2022-JP-3"
        default: nil
        }
    }

    static func decode(_ bytes: UnsafeRawBufferPointer, codec: CharsetCodec) -> String {
        guard let name = iconvName(for: codec), let decoder = IconvDecoder(encoding: name) else {
            return String(decoding: bytes, as: UTF8.self)
        }
        var output = UTF8Output(capacity: bytes.count * 2)
        switch codec {
        case .eucJIS2004:
            var fallback = JISViaCP932()
            decoder.decode(bytes, into: &output) { rest, output in
                if rest.count >= 3, rest[0] == 0x8F, (0xA1...0xFE).contains(rest[1]), (0xA1...0xFE).contains(rest[2]) {
                    fallback.appendJISX0212(row: rest[1] & 0x7F, cell: rest[2] & 0x7F, to: &output)
                    return 3
                }
                output.appendReplacement()
                return 1
            }
            return replacing(output.makeString(), [0xFF5F: 0x2985, 0xFF60: 0x2986])
        case .shiftJIS2004:
            decoder.decode(bytes, into: &output)
            return replacing(
                output.makeString(), [0xFF3C: 0x5C, 0xFF5E: 0x7E, 0xFF5F: 0x2985, 0xFF60: 0x2986])
        default:
            let variant: ISO2022JPEscapeRewriter.Variant =
                codec == .iso2022JP2 ? .jp2 : codec == .iso2022JP3 ? .jp3 : .jp2004
            let rewritten = ISO2022JPEscapeRewriter(bytes, variant: variant)
            rewritten.bytes.withUnsafeBytes { input in
                guard let start = input.baseAddress else { return }
                decoder.decode(input, into: &output) { rest, output in
                    let offset = rest.baseAddress.map { $0 - start } ?? -1
                    return rewritten.recover(at: offset, rest: rest, into: &output)
                }
            }
            return output.makeString()
        }
    }

    /// `text` with the scalars in `replacements` swapped.
    static func replacing(_ text: String, _ replacements: [UInt32: UInt32]) -> String {
        guard text.unicodeScalars.contains(where: { replacements[$0.value] != nil }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let target = replacements[scalar.value], let replacement = Unicode.Scalar(target) {
                scalars.append(replacement)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
