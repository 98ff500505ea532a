import Testing
@testable import MailThreatCore

/// README 4.1 normalisation; expected values from the oracle's `norm_line` and
/// `norm_body`. Compared as scalars, since `String ==` ignores NFC differences.
struct TextNormalizationTests {
    static let lineCases: [(input: String, expected: String)] = [
        ("  Re:  Hello\u{9}\u{9}world  ", "Re: Hello world"),
        ("\u{3000}Subject\u{A0}with\u{2003}odd\u{205F}spaces\u{200A}\u{D}\u{A}\u{85}end\u{2028}",
         "Subject with odd spaces end"),
        ("cafe\u{301} \u{212B} \u{F900} \u{344}", "caf\u{E9} \u{C5} \u{8C48} \u{308}\u{301}"),
        ("\u{FFFD}\u{FFFD}\u{FFFD}x\u{FFFD} \u{FFFD}", "\u{FFFD}x\u{FFFD} \u{FFFD}"),
        ("\u{FF5E}\u{2225}\u{FF0D}\u{FFE0}\u{FFE1}\u{FFE2}\u{2015}\u{30FB}",
         "\u{301C}\u{2016}\u{2212}\u{A2}\u{A3}\u{AC}\u{2014}\u{B7}"),
        ("\u{2225}\u{338} stays composed", "\u{2226} stays composed"),
        ("\u{1100}\u{1161}\u{11A8} \u{AC00}\u{11A8}", "\u{AC01} \u{AC01}"),
        ("\u{F73}\u{F73}", "\u{F71}\u{F71}\u{F72}\u{F72}"),
        ("\u{FEFF}BOM kept in line text", "\u{FEFF}BOM kept in line text"),
        ("zero\u{200B}width is not White_Space", "zero\u{200B}width is not White_Space"),
        ("", ""),
        ("   ", ""),
    ]

    static let bodyCases: [(input: String, expected: String)] = [
        ("\u{FEFF}\u{FEFF}line1\u{D}\u{A}line2\u{D}line3\u{A}\u{D}\u{A}", "\u{FEFF}line1\u{A}line2\u{A}line3\u{A}\u{A}"),
        ("tabs\u{9}and  spaces   are kept \u{A}", "tabs\u{9}and  spaces   are kept \u{A}"),
        ("\u{FFFD}\u{FFFD} cafe\u{301} \u{FF5E}\u{30FB}", "\u{FFFD} caf\u{E9} \u{301C}\u{B7}"),
        ("plain ascii\u{D}\u{A}", "plain ascii\u{A}"),
        ("\u{2225}\u{338}\u{2225}", "\u{2226}\u{2016}"),
        ("a\u{301}\u{316}\u{D}\u{D}\u{A}", "\u{E1}\u{316}\u{A}\u{A}"),
    ]

    @Test func lineTextMatchesTheOracle() {
        for (input, expected) in Self.lineCases {
            #expect(Array(TextNormalization.lineText(input).unicodeScalars) == Array(expected.unicodeScalars),
                    "\(input.debugDescription)")
        }
    }

    @Test func bodyTextMatchesTheOracle() {
        for (input, expected) in Self.bodyCases {
            #expect(Array(TextNormalization.bodyText(input).unicodeScalars) == Array(expected.unicodeScalars),
                    "\(input.debugDescription)")
        }
    }

    @Test func asciiLineTextCollapsesEveryASCIIWhitespace() {
        #expect(TextNormalization.lineText("\u{B}a\u{C}\u{C}b\r\nc ") == "a b c")
        #expect(TextNormalization.lineText("no-change") == "no-change")
    }

    @Test func bodyTextTurnsEveryLineEndIntoLF() {
        #expect(TextNormalization.bodyText("a\r\nb\rc\n\r") == "a\nb\nc\n\n")
        #expect(TextNormalization.bodyText("\r\r\n\r") == "\n\n\n")
    }

    @Test func onlyOneLeadingBOMIsDropped() {
        let text = TextNormalization.bodyText("\u{FEFF}x\u{FEFF}")
        #expect(Array(text.unicodeScalars) == ["x", "\u{FEFF}"])
    }

    @Test func foldRunsAfterNFC() {
        // U+2225 U+0338 composes to U+2226 first; folding U+2225 first would block that.
        #expect(Array(TextNormalization.lineText("\u{2225}\u{338}").unicodeScalars) == ["\u{2226}"])
        // Without anything to compose, the fold applies in the single pass.
        #expect(Array(TextNormalization.lineText("\u{4E2D}\u{FF5E}").unicodeScalars) == ["\u{4E2D}", "\u{301C}"])
    }

    @Test func replacementRunsCollapseAcrossNothingElse() {
        let text = TextNormalization.bodyText("\u{FFFD}\u{FFFD}\n\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(Array(text.unicodeScalars) == ["\u{FFFD}", "\n", "\u{FFFD}"])
    }

    @Test func largeASCIIInputStaysIdentical() {
        let input = String(repeating: "The quick brown fox jumps over the lazy dog. ", count: 2000)
        #expect(TextNormalization.bodyText(input) == input)
        #expect(TextNormalization.lineText(input) == String(input.dropLast()))
    }
}

extension TextNormalizationTests {
    @Test func longRunsOfCombiningMarksStayFast() {
        // Hostile input: 20,000 alternating marks (ccc 230/220). NFC is applied piece
        // by piece, so this stays linear; the first piece composes a + U+0301.
        var text = "a"
        for index in 0..<20_000 {
            text.unicodeScalars.append(index % 2 == 0 ? "\u{301}" : "\u{316}")
        }
        let normalized = TextNormalization.bodyText(text)
        #expect(normalized.unicodeScalars.first == "\u{E1}")
        #expect(normalized.unicodeScalars.count == 20_000)
    }
}
