import Testing
@testable import MailThreatCore

/// Expected values were computed with CPython 3.11's `html.unescape`.
struct HTMLEntitiesTests {
    static let cases: [(String, String)] = [
        ("Fish &amp; Chips &copy2024 &#x1F600;", "Fish & Chips \u{A9}2024 \u{1F600}"),
        ("&notit; &notin; &amp &ampx &AMP; &Amp;", "\u{AC}it; \u{2209} & &x & &Amp;"),
        ("&#0;|&#13;|&#128;|&#129;|&#x9F;|&#1;|&#11;|&#xFDD0;|&#xFFFE;|&#x10FFFF;|&#x110000;|&#xD800;|&#99999999999999;|&#0000065",
         "\u{FFFD}|\r|\u{20AC}|\u{81}|\u{178}||||||\u{FFFD}|\u{FFFD}|\u{FFFD}|A"),
        ("&lt&gt&quot&apos;&apos", "<>\"'&apos"),
        ("&#x41&#65&#X41;&#x;&#;&#a;", "AAA&#x;&#;&#a;"),
        ("&hellip &hellip; &frac12; &frac12x &frac1", "&hellip \u{2026} \u{BD} \u{BD}x &frac1"),
        ("a&b=c&d;e", "a&b=c&d;e"),
        ("&CounterClockwiseContourIntegral; &NotEqualTilde;", "\u{2233} \u{2242}\u{338}"),
        ("&;&&amp;;", "&;&&;"),
        ("&\u{E9}; &amp\u{E9}", "&\u{E9}; &\u{E9}"),
        ("&nbsp;x&NewLine;y&Tab;z", "\u{A0}x\ny\tz"),
        ("&aacute&Aacute;&aacutee", "\u{E1}\u{C1}\u{E1}e"),
        ("&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;", "&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;"),
        ("&ampbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "&bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
        ("&ampersand;", "&ersand;"),
        ("&copy;&COPY&copy", "\u{A9}\u{A9}\u{A9}"),
        ("no references at all", "no references at all"),
        ("&", "&"),
        ("&#", "&#"),
        ("&#x", "&#x"),
        ("trailing &amp", "trailing &"),
    ]

    @Test func decodesLikePythonUnescape() {
        for (input, expected) in Self.cases {
            // Compare scalars: String equality would hide normalisation differences.
            #expect(Array(HTMLEntities.decode(input).unicodeScalars) == Array(expected.unicodeScalars), "\(input)")
        }
    }

    @Test func decodesSubstringsAndBytes() {
        let text = "x &lt;b&gt; y"
        #expect(HTMLEntities.decode(text.dropFirst(2)) == "<b> y")
        #expect(HTMLEntities.decode(bytes: Array("&eacute;t&eacute;".utf8)) == "\u{E9}t\u{E9}")
    }

    @Test func tableHasAllHTML5Names() {
        let index = HTMLEntityIndex.shared
        #expect(HTMLEntityTable.count == 2231)
        for (name, value) in [("amp;", "&"), ("AElig", "\u{C6}"), ("zwnj;", "\u{200C}"), ("yuml", "\u{FF}"),
                              ("bne;", "=\u{20E5}"), ("fjlig;", "fj"), ("NewLine;", "\n")] {
            let entry = Array(name.utf8).withUnsafeBufferPointer { index.find($0) }
            #expect(entry.map { Array(index.value(of: $0).unicodeScalars) } == Array(value.unicodeScalars), "\(name)")
        }
        #expect(Array("hellip".utf8).withUnsafeBufferPointer { index.find($0) } == nil)
    }

    @Test func longDecimalReferenceSaturates() {
        // CPython raises for more than 4,300 digits; we decode such a reference to U+FFFD.
        let long = "&#" + String(repeating: "1", count: 5_000) + ";x"
        #expect(HTMLEntities.decode(long) == "\u{FFFD}x")
        #expect(Array(long.utf8).withUnsafeBufferPointer { HTMLEntities.exceedsPythonIntegerDigitLimit($0) })
        let limit = "&#" + String(repeating: "0", count: 4_300) + "65"
        #expect(!Array(limit.dropLast(2).utf8).withUnsafeBufferPointer { HTMLEntities.exceedsPythonIntegerDigitLimit($0) })
    }
}
