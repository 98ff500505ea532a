import Testing
@testable import MailThreatCore

/// Expected values were computed with `norm_url` of ../shared/tools/mime-oracle.py (CPython 3.11).
struct URLNormalizerTests {
    static let cases: [(String, String?)] = [
        ("HTTP://User@WWW.Example.COM/A?B", "http://User@www.example.com/A?B"),
        ("ftp://example.com/", nil),
        ("https://user@/path", nil),
        ("http://a@b@HOST.com:80/x", "http://a@b@host.com:80/x"),
        ("http://", nil),
        ("http:///x", nil),
        ("hTTps://\u{3A3}\u{391}\u{3A3}.GR/\u{3A3}", "https://\u{3C3}\u{3B1}\u{3C3}.gr/\u{3A3}"),
        ("http://\u{130}STANBUL.com", "http://i\u{307}stanbul.com"),
        ("https://xn--BCHER-kva.Example?Q#F", "https://xn--bcher-kva.example?Q#F"),
        ("http://ex.com#frag/x", "http://ex.com#frag/x"),
        ("1http://x", nil),
        ("http://[::1]:80/", "http://[::1]:80/"),
        ("mailto:a@b", nil),
        ("http:/x.com", nil),
        ("http://ex ample.com/ x", "http://ex ample.com/ x"),
    ]

    @Test func matchesOracleNormalisation() {
        for (input, expected) in Self.cases {
            let result = URLNormalizer.comparisonForm(input)
            #expect(result.map { Array($0.unicodeScalars) } == expected.map { Array($0.unicodeScalars) }, "\(input)")
        }
    }

    @Test func finalSigmaFollowsPython() {
        // Computed with CPython: 'ΑΣ'.lower() == 'ας', 'ΣΑ'.lower() == 'σα', 'Σ'.lower() == 'σ',
        // "AΣ'.x".lower() == "aσ'.x" (case-ignorable ' and . are skipped), 'AΣ. x'.lower() == 'aς. x'.
        #expect(PythonLowercase.lowercase("\u{391}\u{3A3}") == "\u{3B1}\u{3C2}")
        #expect(PythonLowercase.lowercase("\u{3A3}\u{391}") == "\u{3C3}\u{3B1}")
        #expect(PythonLowercase.lowercase("\u{3A3}") == "\u{3C3}")
        #expect(PythonLowercase.lowercase("A\u{3A3}'.x") == "a\u{3C3}'.x")
        #expect(PythonLowercase.lowercase("A\u{3A3}. x") == "a\u{3C2}. x")
    }
}
