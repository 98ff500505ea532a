import Testing
@testable import MailThreatCore

/// README 4.6. Expected values were computed with the oracle's `norm_message_id`.
struct HeadersMessageIDTests {
    private func parse(_ bytes: [UInt8]) -> String? { MessageID.parse(bytes) }
    private func parse(_ text: String) -> String? { MessageID.parse(Array(text.utf8)) }

    @Test func takesTheAngleBracketedPart() {
        #expect(parse("<abc@example.com>") == "abc@example.com")
        #expect(parse(" <abc@example.com> (comment)") == "abc@example.com")
        #expect(parse("<a b@c>x") == "ab@c")
        #expect(parse("<unterminated@x") == "unterminated@x")
    }

    @Test func removesWhitespaceAndKeepsCase() {
        #expect(parse("abc @ Example . com") == "abc@Example.com")
        #expect(parse([0x3C, 0x61, 0xC2, 0xA0, 0x62, 0x40, 0x63, 0x3E]) == "ab@c")  // U+00A0
        #expect(parse([0x1C, 0x3C, 0x61, 0x40, 0x62, 0x3E]) == "a@b")  // Python strip() trims U+001C
    }

    @Test func emptyIsNil() {
        #expect(parse("<>") == nil)
        #expect(parse("   ") == nil)
        #expect(parse("") == nil)
    }
}
