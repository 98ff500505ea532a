import Testing
@testable import MailThreatCore

/// UTF-8/16/32/7 with CPython's error behaviour (expected texts from CPython).
struct TextUnicodeDecodingTests {
    static let vectors: [DecodingVector] = [
        DecodingVector("utf-16", [0xFF, 0xFE, 0x68, 0x00, 0xE9, 0x00, 0x3D, 0xD8, 0x00, 0xDE],
                       "h\u{E9}\u{1F600}",
                       "UTF-16 with BOM"),
        DecodingVector("utf-16", [0x00, 0x68, 0x00, 0xE9],
                       "\u{6800}\u{E900}",
                       "UTF-16 without BOM reads little endian"),
        DecodingVector("utf-16be", [0xFE, 0xFF, 0x00, 0x68, 0xD8, 0x3D, 0x00, 0x41, 0xDC, 0x00, 0x00],
                       "\u{FEFF}h\u{FFFD}A\u{FFFD}",
                       "UTF-16BE keeps BOM; lone surrogates; odd byte"),
        DecodingVector("utf-16le", [0x41, 0x00, 0x3D, 0xD8],
                       "A\u{FFFD}",
                       "UTF-16LE high surrogate at the end"),
        DecodingVector("utf-32", [0xFF, 0xFE, 0x00, 0x00, 0x68, 0x00, 0x00, 0x00, 0x00, 0xF6, 0x01, 0x00],
                       "h\u{1F600}",
                       "UTF-32 with BOM"),
        DecodingVector("utf-32be", [0x00, 0x00, 0x00, 0x68, 0x00, 0x11, 0x00, 0x00, 0x00, 0x00, 0xD8, 0x00, 0x00, 0x00],
                       "h\u{FFFD}",
                       "UTF-32BE out of range, surrogate, truncated"),
        DecodingVector("utf-7", [0x48, 0x69, 0x20, 0x4D, 0x6F, 0x6D, 0x20, 0x2D, 0x2B, 0x4A, 0x6A, 0x6F, 0x2D, 0x2D, 0x21, 0x20, 0x41, 0x2B, 0x49, 0x6D, 0x49, 0x44, 0x6B, 0x51, 0x2E, 0x20, 0x2B, 0x5A, 0x65, 0x56, 0x6E, 0x4C, 0x49, 0x71, 0x65, 0x20, 0x2B, 0x32, 0x44, 0x33, 0x65, 0x41, 0x41, 0x2D],
                       "Hi Mom -\u{263A}-! A\u{2262}\u{391}. \u{65E5}\u{672C}\u{8A9E} \u{1F600}",
                       "UTF-7 text"),
        DecodingVector("utf-7", [0x2B, 0x2D, 0x2B, 0x41, 0x47, 0x45, 0x2D, 0x78, 0x2B, 0x5A, 0x65, 0x56, 0x6E, 0x4C, 0x49, 0x71, 0x65, 0x2B, 0x21, 0x2B, 0x41, 0x47, 0x45, 0x2B, 0x41, 0x47, 0x2D, 0x7E, 0x80, 0x2B, 0x32, 0x44, 0x33],
                       "+ax\u{65E5}\u{672C}\u{8A9E}\u{FFFD}a\u{3E00}\u{FFFD}~\u{FFFD}",
                       "UTF-7 errors"),
        DecodingVector("utf-8", [0x61, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0xC3, 0x28, 0xE2, 0x82, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80],
                       "a\u{E9}\u{20AC}\u{1F600}\u{FFFD}(\u{FFFD}",
                       "UTF-8 with invalid sequences"),
        DecodingVector("no-such-charset", [0xC3, 0xA9, 0xFF],
                       "\u{E9}\u{FFFD}",
                       "unknown label reads UTF-8"),
    ]

    @Test("decodes like CPython", arguments: vectors)
    func decodesLikeCPython(_ vector: DecodingVector) {
        #expect(vector.decoded == vector.expectedScalars)
    }

    @Test func utf8ReplacesEachMaximalSubpart() {
        // CPython: b"\xe2\x82A\xf0\x9f\x98" -> "\ufffdA\ufffd" (one per maximal subpart).
        let text = Charset.utf8.decode([0xE2, 0x82, 0x41, 0xF0, 0x9F, 0x98])
        #expect(Array(text.unicodeScalars) == ["\u{FFFD}", "A", "\u{FFFD}"])
    }

    @Test func byteOrderMarksAreConsumedOnlyByTheGenericForms() {
        let bom: [UInt8] = [0xFF, 0xFE, 0x41, 0x00]
        #expect(Charset.forLabel("utf-16").decode(bom) == "A")
        #expect(Array(Charset.forLabel("utf-16le").decode(bom).unicodeScalars) == ["\u{FEFF}", "A"])
        let bom32: [UInt8] = [0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x41]
        #expect(Charset.forLabel("utf-32").decode(bom32) == "A")
    }

    @Test func utf7LoneSurrogateBecomesReplacement() {
        // "+2D3-" is a lone high surrogate (CPython keeps it; a String cannot).
        let text = Charset.forLabel("utf-7").decode(Array("a+2D3-b".utf8))
        #expect(TextTestSupport.collapsingReplacements(text) == ["a", "\u{FFFD}", "b"])
    }
}
