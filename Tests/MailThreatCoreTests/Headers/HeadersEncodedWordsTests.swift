import Testing
@testable import MailThreatCore

/// README 4.2 (Subject rule). Expected values were computed with CPython 3.11's
/// `email._header_value_parser.get_unstructured` through the MIME-summary oracle.
struct HeadersEncodedWordsTests {
    private func decode(_ text: String) -> String { EncodedWords.decodeUnstructured(Array(text.utf8)) }

    @Test func decodesWordGluedToText() {
        #expect(decode("Re:=?utf-8?q?caf=C3=A9?=") == "Re:café")
        #expect(decode("x=?utf-8?q?a?=y") == "xay")
    }

    @Test func joinsRunsAndDropsWhitespaceBetweenWords() {
        #expect(decode("=?utf-8?q?a?= =?utf-8?q?b?=") == "ab")
        #expect(decode("=?utf-8?q?a?=\t\t=?utf-8?q?b?= c") == "ab c")
        #expect(decode("=?utf-8?q?a?=  x  =?utf-8?q?b?=") == "a  x  b")
    }

    @Test func joinsBytesOfSameCodecWordsOnly() {
        #expect(decode("=?utf-8?q?=E2=82?= =?utf-8?q?=AC?=") == "€")
        // Different codecs: the dangling UTF-8 lead bytes become U+FFFD.
        #expect(decode("=?utf-8?q?=E2=82?= =?iso-8859-1?q?=E9?=") == "\u{FFFD}é")
    }

    @Test func decodesBAndQ() {
        #expect(decode("=?UTF-8?B?SGVsbG8gV29ybGQ=?=") == "Hello World")
        #expect(decode("=?utf-8?b?w6k?=") == "é")  // missing padding
        #expect(decode("=?utf-8?q?hello_world?=") == "hello world")
        #expect(decode("=?iso-8859-1?q?=80=E9?=") == "€é")  // ISO-8859-1 is read as windows-1252
    }

    @Test func dropsLanguageSuffixAndDefaultsUnknownCharsetsToUTF8() {
        #expect(decode("=?utf-8*en?q?abc?=") == "abc")
        #expect(decode("=?unknown-charset?q?=C3=A9?=") == "é")
    }

    @Test func keepsMalformedWordsLiteral() {
        #expect(decode("=?utf-8?x?abc?=") == "=?utf-8?x?abc?=")
        #expect(decode("=?utf-8?q?abc") == "=?utf-8?q?abc")
        #expect(decode("=?utf-8?q?a?b?=") == "=?utf-8?q?a?b?=")
        #expect(decode("a=?bad?=b") == "a=?bad?=b")
        #expect(decode("Re:=?bad?=x=?utf-8?q?ok?=") == "Re:=?bad?=x=?utf-8?q?ok?=")
    }

    @Test func extendsWordOverQEscapeThatLooksLikeTheEnd() {
        #expect(decode("=?utf-8?q?=41bc?=") == "Abc")
        #expect(decode("=?utf-8?q?=3F?=") == "?")
    }

    @Test func readsRawBytesAsUTF8() {
        let value: [UInt8] = Array("caf".utf8) + [0xC3, 0xA9, 0x20, 0xFF, 0x20] + Array("=?utf-8?q?x?=".utf8)
        #expect(EncodedWords.decodeUnstructured(value) == "café \u{FFFD} x")
    }

    @Test func lineVariantNormalisesWhitespace() {
        #expect(EncodedWords.decodeUnstructuredLine(Array("  a \t b  ".utf8)) == "a b")
        #expect(decode("  a \t b  ") == "  a \t b  ")
    }

    @Test func phraseRuleDecodesOnlyAtWordStartAndInQuotes() {
        #expect(EncodedWords.decodePhrase(Array("=?utf-8?q?Andr=C3=A9?= X".utf8)) == "André X")
        #expect(EncodedWords.decodePhrase(Array(#""=?utf-8?q?a?= =?utf-8?q?b?=""#.utf8)) == "ab")
        #expect(EncodedWords.decodePhrase(Array("a=?utf-8?q?x?=".utf8)) == "a=?utf-8?q?x?=")
    }
}
