import Testing
@testable import MailThreatCore

/// Japanese: cp932, the oracle's EUC-JP and ISO-2022-JP readers through cp932
/// (README 4.3), and the glibc-backed JIS X 0213 / ISO-2022-JP-2/3 codecs.
/// Expected texts are CPython's (`mime-oracle.py` `decode_bytes`).
struct TextJapaneseDecodingTests {
    static let vectors: [DecodingVector] = [
        DecodingVector("shift_jis", [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x83, 0x65, 0x83, 0x4C, 0x83, 0x58, 0x83, 0x67, 0x87, 0x40, 0x87, 0x8A, 0x81, 0x60],
                       "\u{65E5}\u{672C}\u{8A9E}\u{30C6}\u{30AD}\u{30B9}\u{30C8}\u{2460}\u{3231}\u{FF5E}",
                       "cp932 text with NEC extensions"),
        DecodingVector("shift_jis", [0xA0, 0xFD, 0xFE, 0xFF, 0x80, 0xB1, 0x81, 0x20, 0x82],
                       "\u{F8F0}\u{F8F1}\u{F8F2}\u{F8F3}\u{80}\u{FF71}\u{FFFD} \u{FFFD}",
                       "cp932 single-byte extras, invalid, truncated"),
        DecodingVector("shift_jisx0213", [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x83, 0x65, 0x83, 0x4C, 0x83, 0x58, 0x83, 0x67, 0x5C, 0x7E, 0x81, 0x5F],
                       "\u{65E5}\u{672C}\u{8A9E}\u{30C6}\u{30AD}\u{30B9}\u{30C8}\u{A5}\u{203E}\\",
                       "Shift_JIS-2004 via glibc with fix-ups"),
        DecodingVector("euc-jisx0213", [0xC6, 0xFC, 0xCB, 0xDC, 0xB8, 0xEC, 0xA2, 0xD6, 0x8F, 0xA6, 0xF1],
                       "\u{65E5}\u{672C}\u{8A9E}\u{2985}\u{3AC}",
                       "EUC-JIS-2004 via glibc with JIS X 0212 fallback"),
        DecodingVector("iso-2022-jp-2", [0x1B, 0x24, 0x42, 0x46, 0x7C, 0x4B, 0x5C, 0x38, 0x6C, 0x1B, 0x28, 0x42, 0x1B, 0x24, 0x41, 0x30, 0x21, 0x1B, 0x28, 0x42, 0x20, 0x1B, 0x2E, 0x41, 0x1B, 0x4E, 0x69],
                       "\u{65E5}\u{672C}\u{8A9E}\u{554A} \u{E9}",
                       "ISO-2022-JP-2 GB2312 and G2 Latin-1"),
        DecodingVector("iso-2022-jp-3", [0x1B, 0x24, 0x28, 0x4F, 0x30, 0x21, 0x1B, 0x28, 0x42, 0x1B, 0x24, 0x28, 0x5A, 0x21, 0x21, 0x1B, 0x28, 0x42, 0x61, 0x62, 0x63],
                       "\u{4E9C}\u{FFFD}!!abc",
                       "ISO-2022-JP-3 with a rejected designation"),
        DecodingVector("euc-jp", [0xC6, 0xFC, 0xCB, 0xDC, 0xB8, 0xEC, 0xA4, 0xCE, 0xA5, 0xC6, 0xA5, 0xAD, 0xA5, 0xB9, 0xA5, 0xC8],
                       "\u{65E5}\u{672C}\u{8A9E}\u{306E}\u{30C6}\u{30AD}\u{30B9}\u{30C8}",
                       "EUC-JP text"),
        DecodingVector("euc-jp", [0xAD, 0xA1, 0xAD, 0xEA, 0x8E, 0xB1, 0x8F, 0xB0, 0xA1, 0x8F, 0xA2, 0xB7, 0x8F, 0xA1, 0xA1],
                       "\u{2460}\u{3231}\u{FF71}\u{4E02}~\u{FFFD}\u{3000}",
                       "NEC row 13, kana, JIS X 0212, undefined 0212"),
        DecodingVector("euc-jp", [0xA4, 0x41, 0x80, 0xFF, 0x8E, 0x41, 0xA4],
                       "\u{FFFD}A\u{FFFD}A\u{FFFD}",
                       "EUC-JP invalid bytes"),
        DecodingVector("iso-2022-jp", [0x1B, 0x24, 0x42, 0x46, 0x7C, 0x4B, 0x5C, 0x38, 0x6C, 0x24, 0x4E, 0x25, 0x46, 0x25, 0x2D, 0x25, 0x39, 0x25, 0x48, 0x1B, 0x28, 0x42],
                       "\u{65E5}\u{672C}\u{8A9E}\u{306E}\u{30C6}\u{30AD}\u{30B9}\u{30C8}",
                       "ISO-2022-JP text"),
        DecodingVector("iso-2022-jp", [0x1B, 0x24, 0x42, 0x2D, 0x21, 0x2D, 0x6A, 0x21, 0x41, 0x1B, 0x28, 0x42, 0x20, 0x1B, 0x28, 0x49, 0x31, 0x32, 0x1B, 0x28, 0x42, 0x20, 0x0E, 0x31, 0x0F],
                       "\u{2460}\u{3231}\u{FF5E} \u{FF71}\u{FF72} \u{FF71}",
                       "NEC row 13, WAVE DASH, kana by ESC ( I and SO/SI"),
        DecodingVector("iso-2022-jp", [0x61, 0x62, 0x63, 0x82, 0xA0, 0x1B, 0x78, 0x79, 0x7A, 0x1B, 0x24, 0x28, 0x44, 0x30, 0x21, 0x1B, 0x26, 0x40, 0x1B, 0x24, 0x42, 0x30, 0x21, 0x30, 0x1B, 0x28, 0x42],
                       "abc\u{3042}\u{FFFD}xyz\u{4E02}\u{4E9C}\u{FFFD}",
                       "stray SJIS, unknown ESC, JIS X 0212, odd byte"),
        DecodingVector("iso-2022-jp", [0x1B, 0x24, 0x42, 0x30, 0x21, 0x0A, 0x7F, 0x30, 0xFF, 0x1B],
                       "\u{4E9C}\u{A}\u{7F}\u{FFFD}",
                       "controls pass, 0x7F, invalid in JIS X 0208 mode"),
    ]

    @Test("decodes like the oracle", arguments: vectors)
    func decodesLikeTheOracle(_ vector: DecodingVector) {
        #expect(vector.decoded == vector.expectedScalars)
    }

    @Test func jisPairsGoThroughCP932() {
        // JIS 0x2D21 (NEC row 13, circled one) is undefined in JIS X 0208 but cp932 has it.
        var output = UTF8Output(capacity: 8)
        JISViaCP932.appendJISX0208(row: 0x2D, cell: 0x21, to: &output)
        #expect(output.makeString() == "\u{2460}")
        // JIS 0x2141 WAVE DASH reads as cp932's FULLWIDTH TILDE.
        var tilde = UTF8Output(capacity: 8)
        JISViaCP932.appendJISX0208(row: 0x21, cell: 0x41, to: &tilde)
        #expect(tilde.makeString() == "\u{FF5E}")
    }

    @Test func eucJPAndISO2022JPAgreeOnTheSameText() {
        // "日本語" in EUC-JP and in ISO-2022-JP.
        let euc: [UInt8] = [0xC6, 0xFC, 0xCB, 0xDC, 0xB8, 0xEC]
        let jis: [UInt8] = [0x1B, 0x24, 0x42, 0x46, 0x7C, 0x4B, 0x5C, 0x38, 0x6C, 0x1B, 0x28, 0x42]
        #expect(Charset.forLabel("euc-jp").decode(euc) == "\u{65E5}\u{672C}\u{8A9E}")
        #expect(Charset.forLabel("iso-2022-jp").decode(jis) == "\u{65E5}\u{672C}\u{8A9E}")
    }

    @Test func pureASCIIISO2022JPSkipsTheDecoder() {
        #expect(Charset.forLabel("iso-2022-jp").decode(Array("plain text\r\n".utf8)) == "plain text\r\n")
    }
}
