import Testing
@testable import MailThreatCore

/// Expected values computed with CPython's `punycode` codec and the `idna` package (UTS #46).
struct URLPunycodeTests {
    static let labels: [(String, String)] = [
        ("b\u{FC}cher", "bcher-kva"),
        ("m\u{FC}nchen", "mnchen-3ya"),
        ("\u{43F}\u{440}\u{438}\u{43C}\u{435}\u{440}", "e1afmkfd"),
        ("\u{4F8B}\u{3048}", "r8jz45g"),
        ("p\u{430}ypal", "pypal-4ve"),
        ("\u{644}\u{64A}\u{647}\u{645}\u{627}\u{628}\u{62A}\u{643}\u{644}\u{645}\u{648}\u{634}\u{639}\u{631}\u{628}\u{64A}\u{61F}",
         "egbpdaj6bu4bxfgehfvwxn"),
        ("\u{4ED6}\u{4EEC}\u{4E3A}\u{4EC0}\u{4E48}\u{4E0D}\u{8BF4}\u{4E2D}\u{6587}", "ihqwcrb4cv8a8dqg056pqjye"),
        ("3\u{5E74}B\u{7D44}\u{91D1}\u{516B}\u{5148}\u{751F}", "3B-ww4c5e180e575a65lsy2b"),
        ("abc", "abc-"),
        ("-> $1.00 <-", "-> $1.00 <--"),
    ]

    @Test func encodesAndDecodesRFC3492Samples() {
        for (unicode, ascii) in Self.labels {
            #expect(Punycode.encode(unicode) == ascii, "\(unicode)")
            #expect(Punycode.decode(ascii).map { Array($0.unicodeScalars) } == Array(unicode.unicodeScalars), "\(ascii)")
        }
    }

    @Test func rejectsInvalidPunycode() {
        #expect(Punycode.decode("\u{E9}") == nil)
        #expect(Punycode.decode("abc-!") == nil)
        #expect(Punycode.decode("99999999999999999999") == nil)
        #expect(Punycode.decode("a-") == "a")
        #expect(Punycode.encode(String(repeating: "\u{E9}", count: 1_000)) == nil)
    }

    @Test func convertsHostsBothWays() {
        let hosts: [(String, String, String)] = [
            ("B\u{FC}cher.Example", "xn--bcher-kva.example", "b\u{FC}cher.example"),
            ("m\u{FC}nchen.de", "xn--mnchen-3ya.de", "m\u{FC}nchen.de"),
            ("xn--pypal-4ve.com", "xn--pypal-4ve.com", "p\u{430}ypal.com"),
            ("\u{41F}\u{420}\u{418}\u{41C}\u{415}\u{420}.\u{440}\u{444}", "xn--e1afmkfd.xn--p1ai",
             "\u{43F}\u{440}\u{438}\u{43C}\u{435}\u{440}.\u{440}\u{444}"),
        ]
        for (input, ascii, unicode) in hosts {
            #expect(IDNA.asciiHost(input) == ascii, "\(input)")
            #expect(Array(IDNA.unicodeHost(ascii).unicodeScalars) == Array(unicode.unicodeScalars), "\(ascii)")
        }
        // Full-width letters and ideographic full stops map like UTS #46.
        #expect(IDNA.asciiHost("\u{FF25}\u{FF38}.com\u{3002}cn") == "ex.com.cn")
        #expect(IDNA.unicodeHost("xn--zz-invalid!.com") == "xn--zz-invalid!.com")
    }
}
