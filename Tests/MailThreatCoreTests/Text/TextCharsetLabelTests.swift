import Testing
@testable import MailThreatCore

/// Label lookup (README 4.3): squash, then the oracle's table; UTF-8 otherwise.
struct TextCharsetLabelTests {
    @Test("labels squash to the oracle's codec", arguments: [
        ("ISO-8859-1", "cp1252"), ("latin1", "cp1252"), ("Windows-1252", "cp1252"),
        ("GB2312", "gb18030"), ("x-gbk", "gb18030"), ("\"gb2312\"", "gb18030"), ("EUC-CN", "gb18030"),
        ("Big5", "cp950"), ("big5-hkscs", "big5hkscs"), ("ks_c_5601-1987", "cp949"), ("EUC-KR", "cp949"),
        ("Shift_JIS", "cp932"), ("Windows-31J", "cp932"), ("EUC-JP", "x-eucjp-ms"),
        ("ISO-2022-JP", "x-iso2022jp-ms"), ("iso-2022-jp-2", "iso2022_jp_2"), ("KOI8-R", "koi8_r"),
        ("koi8-u", "koi8_u"), ("ISO-8859-15", "iso8859_15"), ("latin-9", "iso8859_15"), ("L2", "iso8859_2"),
        ("TIS-620", "cp874"), ("IBM866", "cp866"), ("macintosh", "mac_roman"), ("x-mac-cyrillic", "mac_cyrillic"),
        ("UTF-16", "utf-16"), ("UTF-16LE", "utf-16-le"), ("ucs-4", "utf-32"), ("UTF-7", "utf-7"),
        ("HZ-GB-2312", "hz"), ("csISO2022KR", "iso2022_kr"), ("Shift_JISX0213", "shift_jis_2004"),
        ("us-ascii", "utf-8"), ("x-unknown", "utf-8"), ("", "utf-8"), ("no-such-charset", "utf-8"),
        ("iso-8859-1 ", "cp1252"), ("  UTF_8  ", "utf-8"),
    ])
    func labelMapsToCodec(label: String, codec: String) {
        #expect(Charset.forLabel(label).name == codec)
    }

    @Test func nonASCIILabelsAreLowerCasedLikePython() {
        // Python: "İSO-8859-1".lower() == "i̇so-8859-1", squashed "iso88591".
        #expect(Charset.forLabel("İSO-8859-1").name == "cp1252")
        // KELVIN SIGN lower-cases to "k": "\u{212A}OI8-R" squashes to "koi8r".
        #expect(Charset.forLabel("\u{212A}OI8-R").name == "koi8_r")
        #expect(Charset.forLabel("utf‑8").name == "utf-8")  // U+2011 is dropped
    }

    @Test func substringLabelsWork() {
        let header = "text/plain; charset=big5"
        let label = header[header.index(header.endIndex, offsetBy: -4)...]
        #expect(Charset.forLabel(label).name == "cp950")
    }

    @Test func tableHasTheOraclesSize() {
        // `mime-oracle.py --charset-table | wc -l` prints 280.
        #expect(CharsetCodec.labelTable.count == 280)
        #expect(Set(CharsetCodec.labelTable.values).count == CharsetCodec.allCases.count)
    }

    @Test func utf8ConstantIsTheDefault() {
        #expect(Charset.utf8 == Charset.forLabel("bogus"))
        #expect(Charset.utf8.name == "utf-8")
    }
}
