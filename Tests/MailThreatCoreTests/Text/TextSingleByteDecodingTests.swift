import Testing
@testable import MailThreatCore

/// Every single-byte code page: bytes 41 80 8D A4 C0 DB E9 FF, expected texts from
/// CPython's codec of the same name (undefined bytes are U+FFFD).
struct TextSingleByteDecodingTests {
    static let samples: [(label: String, codec: String, expected: String)] = [
        ("cp1250", "cp1250", "A\u{20AC}\u{164}\u{A4}\u{154}\u{170}\u{E9}\u{2D9}"),
        ("cp1251", "cp1251", "A\u{402}\u{40C}\u{A4}\u{410}\u{42B}\u{439}\u{44F}"),
        ("88591", "cp1252", "A\u{20AC}\u{FFFD}\u{A4}\u{C0}\u{DB}\u{E9}\u{FF}"),
        ("cp1253", "cp1253", "A\u{20AC}\u{FFFD}\u{A4}\u{390}\u{3AB}\u{3B9}\u{FFFD}"),
        ("cp1254", "cp1254", "A\u{20AC}\u{FFFD}\u{A4}\u{C0}\u{DB}\u{E9}\u{FF}"),
        ("cp1255", "cp1255", "A\u{20AC}\u{FFFD}\u{20AA}\u{5B0}\u{FFFD}\u{5D9}\u{FFFD}"),
        ("cp1256", "cp1256", "A\u{20AC}\u{686}\u{A4}\u{6C1}\u{63A}\u{E9}\u{6D2}"),
        ("cp1257", "cp1257", "A\u{20AC}\u{A8}\u{A4}\u{104}\u{16A}\u{E9}\u{2D9}"),
        ("cp1258", "cp1258", "A\u{20AC}\u{FFFD}\u{A4}\u{C0}\u{DB}\u{E9}\u{FF}"),
        ("437", "cp437", "A\u{C7}\u{EC}\u{F1}\u{2514}\u{2588}\u{398}\u{A0}"),
        ("850", "cp850", "A\u{C7}\u{EC}\u{F1}\u{2514}\u{2588}\u{DA}\u{A0}"),
        ("866", "cp866", "A\u{410}\u{41D}\u{434}\u{2514}\u{2588}\u{449}\u{A0}"),
        ("cp874", "cp874", "A\u{20AC}\u{FFFD}\u{E04}\u{E20}\u{FFFD}\u{E49}\u{FFFD}"),
        ("885910", "iso8859_10", "A\u{80}\u{8D}\u{12A}\u{100}\u{DB}\u{E9}\u{138}"),
        ("885913", "iso8859_13", "A\u{80}\u{8D}\u{A4}\u{104}\u{16A}\u{E9}\u{2019}"),
        ("885914", "iso8859_14", "A\u{80}\u{8D}\u{10A}\u{C0}\u{DB}\u{E9}\u{FF}"),
        ("885915", "iso8859_15", "A\u{80}\u{8D}\u{20AC}\u{C0}\u{DB}\u{E9}\u{FF}"),
        ("885916", "iso8859_16", "A\u{80}\u{8D}\u{20AC}\u{C0}\u{DB}\u{E9}\u{FF}"),
        ("88592", "iso8859_2", "A\u{80}\u{8D}\u{A4}\u{154}\u{170}\u{E9}\u{2D9}"),
        ("88593", "iso8859_3", "A\u{80}\u{8D}\u{A4}\u{C0}\u{DB}\u{E9}\u{2D9}"),
        ("88594", "iso8859_4", "A\u{80}\u{8D}\u{A4}\u{100}\u{DB}\u{E9}\u{2D9}"),
        ("88595", "iso8859_5", "A\u{80}\u{8D}\u{404}\u{420}\u{43B}\u{449}\u{45F}"),
        ("88596", "iso8859_6", "A\u{80}\u{8D}\u{A4}\u{FFFD}\u{FFFD}\u{649}\u{FFFD}"),
        ("88597", "iso8859_7", "A\u{80}\u{8D}\u{20AC}\u{390}\u{3AB}\u{3B9}\u{FFFD}"),
        ("88598", "iso8859_8", "A\u{80}\u{8D}\u{A4}\u{FFFD}\u{FFFD}\u{5D9}\u{FFFD}"),
        ("88599", "iso8859_9", "A\u{80}\u{8D}\u{A4}\u{C0}\u{DB}\u{E9}\u{FF}"),
        ("cskoi8r", "koi8_r", "A\u{2500}\u{2588}\u{2553}\u{44E}\u{448}\u{418}\u{42A}"),
        ("koi8ru", "koi8_u", "A\u{2500}\u{2588}\u{454}\u{44E}\u{448}\u{418}\u{42A}"),
        ("maccyrillic", "mac_cyrillic", "A\u{410}\u{41D}\u{A7}\u{458}\u{45F}\u{439}\u{20AC}"),
        ("csmacintosh", "mac_roman", "A\u{C4}\u{E7}\u{A7}\u{BF}\u{20AC}\u{C8}\u{2C7}"),
    ]

    static let probe: [UInt8] = [0x41, 0x80, 0x8D, 0xA4, 0xC0, 0xDB, 0xE9, 0xFF]

    @Test func everySingleByteCodePageIsCovered() {
        let covered = Set(Self.samples.map(\.codec))
        let singleByte = CharsetCodec.allCases.filter { SingleByteCodePageTables.upperHalf(of: $0) != nil }
        #expect(Set(singleByte.map(\.rawValue)) == covered)
    }

    @Test func decodesLikeCPython() {
        for sample in Self.samples {
            let charset = Charset.forLabel(sample.label)
            #expect(charset.name == sample.codec)
            #expect(Array(charset.decode(Self.probe).unicodeScalars) == Array(sample.expected.unicodeScalars),
                    "\(sample.codec)")
        }
    }

    @Test func windows1252ReadsLatin1LabelsWithUndefinedBytesReplaced() {
        // README 4.3: ISO-8859-1 is read as windows-1252; 0x81 0x8D 0x8F 0x90 0x9D are undefined.
        let text = Charset.forLabel("iso-8859-1").decode([0x93, 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x94, 0x99])
        #expect(Array(text.unicodeScalars) == ["\u{201C}", "\u{FFFD}", "\u{FFFD}", "\u{FFFD}", "\u{FFFD}", "\u{FFFD}",
                                                "\u{201D}", "\u{2122}"])
    }

    @Test func asciiPassesThroughEveryTable() {
        let ascii = Array((0...0x7F).map { UInt8($0) })
        for sample in Self.samples {
            #expect(Charset.forLabel(sample.label).decode(ascii) == String(decoding: ascii, as: UTF8.self))
        }
    }

    @Test func longInputKeepsEveryByte() {
        var bytes: [UInt8] = []
        for _ in 0..<1000 { bytes.append(contentsOf: [0x50, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x20]) }  // "Привет " cp1251
        let text = Charset.forLabel("windows-1251").decode(bytes)
        #expect(text.unicodeScalars.count == bytes.count)
        #expect(text.hasPrefix("P\u{440}\u{438}\u{432}\u{435}\u{442} "))
    }
}
