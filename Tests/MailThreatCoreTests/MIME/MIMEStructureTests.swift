import Testing
@testable import MailThreatCore

/// Builds a message from lines joined with `lineEnd`.
func mimeMessage(_ lines: [String], lineEnd: String = "\r\n") -> [UInt8] {
    Array(lines.joined(separator: lineEnd).utf8)
}

@Suite("MIME structure")
struct MIMEStructureTests {
    let parser = MIMEParser()

    @Test func simpleMessageIsOneLeaf() {
        let m = parser.parse(mimeMessage(["Subject: hi", "From: a@b.c", "", "hello", ""]))
        #expect(m.parts.count == 1)
        #expect(m.leaves.first?.mediaType == "text/plain")
        #expect(m.leaves.first?.mediaTypeIsDefault == true)
        #expect(Array(m.leaves[0].body) == Array("hello\r\n".utf8))
        #expect(m.headers.count == 2)
        #expect(m.defects.isEmpty)
    }

    @Test func leadingMboxEnvelopeLineIsSkipped() {
        let m = parser.parse(mimeMessage(["From sender@example.com Mon Jan  1 00:00:00 2001", "Subject: x", "", "body"], lineEnd: "\n"))
        #expect(m.envelopeLine.map { String(decoding: $0, as: UTF8.self) } == "From sender@example.com Mon Jan  1 00:00:00 2001")
        #expect(m.headers.first("subject") != nil)
        #expect(Array(m.leaves[0].body) == Array("body".utf8))
    }

    @Test func lfCrAndMixedLineEndsAllEndLines() {
        for lineEnd in ["\n", "\r", "\r\n"] {
            let m = parser.parse(mimeMessage(["Subject: a", " folded", "X-Other: b", "", "body"], lineEnd: lineEnd))
            #expect(m.headers.count == 2, "line end \(Array(lineEnd.utf8))")
            #expect(String(decoding: m.headers[0].unfoldedValue, as: UTF8.self) == "a folded")
            #expect(Array(m.leaves[0].body) == Array("body".utf8))
        }
        let mixed = Array("Subject: a\r\nX: b\nY: c\rZ: d\n\nbody".utf8)
        #expect(parser.parse(mixed).headers.count == 4)
    }

    @Test func unfoldingKeepsBlanksAfterTheFirstLine() {
        let m = parser.parse(mimeMessage(["Subject:   ", "   spaced", "", ""]))
        #expect(String(decoding: m.headers[0].unfoldedValue, as: UTF8.self) == "   spaced")
    }

    @Test func missingHeaderBodySeparatorStartsTheBodyAtTheFirstNonHeaderLine() {
        let m = parser.parse(mimeMessage(["Subject: x", "this line is body text", "more"]))
        #expect(m.headers.count == 1)
        #expect(Array(m.leaves[0].body) == Array("this line is body text\r\nmore".utf8))
        #expect(m.defects.contains { $0.kind == .missingHeaderBodySeparator })
    }

    @Test func eightBitHeadersAndNulBytesAreRecorded() {
        var bytes = Array("Subject: caf\u{E9}\r\n\r\nbody".utf8)
        bytes.append(0)
        let m = parser.parse(bytes)
        #expect(m.headers[0].hasEightBitBytes)
        #expect(m.defects.contains { $0.kind == .eightBitHeader })
        #expect(m.defects.contains { $0.kind == .nulByte })
    }

    @Test func nestedMultipartWithPreambleAndEpilogue() {
        let m = parser.parse(mimeMessage([
            "Content-Type: multipart/mixed; boundary=\"outer b\"", "",
            "preamble text", "--outer b",
            "Content-Type: multipart/alternative; boundary=inner", "",
            "--inner", "Content-Type: text/plain", "", "plain", "--inner",
            "Content-Type: text/html", "", "<b>html</b>", "--inner--", "",
            "--outer b", "Content-Type: application/pdf", "Content-Transfer-Encoding: base64", "",
            "JVBERi0xLjQK", "--outer b--", "epilogue text", "",
        ]))
        #expect(m.parts.map(\.mediaType) == ["multipart/mixed", "multipart/alternative", "text/plain", "text/html", "application/pdf"])
        #expect(m.leaves.map { String(decoding: $0.body, as: UTF8.self) } == ["plain", "<b>html</b>", "%PDF-1.4\n"])
        #expect(m.parts[0].children == [1, 4])
        #expect(m.parts[1].children == [2, 3])
        #expect(m.parts[3].depth == 2)
        #expect(m.defects.isEmpty)
    }

    @Test func missingCloseDelimiterEndsAtEndOfInputAndTrimsOneLineEnd() {
        let m = parser.parse(mimeMessage([
            "Content-Type: multipart/mixed; boundary=b", "", "--b", "", "first", "--b", "", "second", "", "",
        ]))
        #expect(m.leaves.map { String(decoding: $0.body, as: UTF8.self) } == ["first", "second\r\n"])
        #expect(m.defects.contains { $0.kind == .closeBoundaryNotFound })
    }

    @Test func outerDelimiterEndsAnUnclosedInnerMultipart() {
        let m = parser.parse(mimeMessage([
            "Content-Type: multipart/mixed; boundary=outer", "", "--outer",
            "Content-Type: multipart/alternative; boundary=inner", "", "--inner", "", "inner text",
            "--outer", "", "after", "--outer--",
        ]))
        #expect(m.leaves.map { String(decoding: $0.body, as: UTF8.self) } == ["inner text", "after"])
        #expect(m.defects.contains { $0.kind == .closeBoundaryNotFound && $0.partIndex == 1 })
    }

    @Test func multipartWithoutBoundaryOrDelimiterBecomesALeaf() {
        let noParam = parser.parse(mimeMessage(["Content-Type: multipart/mixed", "", "just text", ""]))
        #expect(noParam.parts.count == 1)
        #expect(noParam.leaves[0].mediaType == "multipart/mixed")
        #expect(noParam.defects.contains { $0.kind == .missingBoundaryParameter })

        let noDelimiter = parser.parse(mimeMessage(["Content-Type: multipart/mixed; boundary=zz", "", "text", "--zz--", "epilogue"]))
        #expect(noDelimiter.leaves.count == 1)
        #expect(Array(noDelimiter.leaves[0].body) == Array("text\r\n".utf8))
        #expect(noDelimiter.defects.contains { $0.kind == .startBoundaryNotFound })
    }

    @Test func delimiterLinesNeedTheExactBoundaryAndOnlyBlanksAfter() {
        let m = parser.parse(mimeMessage([
            "Content-Type: multipart/mixed; boundary=b", "", "--b \t", "", "one", "--bx", "--b-- junk", "--b--",
        ]))
        #expect(m.leaves.count == 1)
        #expect(String(decoding: m.leaves[0].body, as: UTF8.self) == "one\r\n--bx\r\n--b-- junk")
    }

    @Test func consecutiveDelimitersMakeNoEmptyParts() {
        let m = parser.parse(mimeMessage(["Content-Type: multipart/mixed; boundary=b", "", "--b", "--b", "", "x", "--b--"]))
        #expect(m.leaves.count == 1)
    }

    @Test func digestChildrenDefaultToEmbeddedMessages() {
        let m = parser.parse(mimeMessage([
            "Content-Type: multipart/digest; boundary=d", "", "--d", "", "Subject: inner", "", "inner body", "--d--",
        ]))
        #expect(m.parts.map(\.mediaType) == ["multipart/digest", "message/rfc822", "text/plain"])
        #expect(m.parts[1].kind == .embeddedMessage)
        #expect(m.parts[2].headers.first("subject") != nil)
    }

    @Test func embeddedMessageIsParsedRecursively() {
        let m = parser.parse(mimeMessage([
            "Content-Type: multipart/mixed; boundary=b", "", "--b", "Content-Type: message/rfc822", "",
            "Subject: forwarded", "Content-Type: multipart/alternative; boundary=c", "",
            "--c", "", "fwd text", "--c--", "--b--",
        ]))
        #expect(m.parts.map(\.mediaType) == ["multipart/mixed", "message/rfc822", "multipart/alternative", "text/plain"])
        #expect(String(decoding: m.leaves[0].body, as: UTF8.self) == "fwd text")
    }

    @Test func base64EncodedEmbeddedMessageIsDecodedBeforeParsing() {
        let inner = "Subject: inner\r\n\r\nsecret body"
        let encoded = Array(inner.utf8).base64Lines()
        let m = parser.parse(mimeMessage(["Content-Type: message/rfc822", "Content-Transfer-Encoding: base64", "", encoded]))
        #expect(m.parts.count == 2)
        #expect(String(decoding: m.leaves[0].body, as: UTF8.self) == "secret body")
    }

    @Test func otherMessageTypesAreOpaqueLeaves() {
        let m = parser.parse(mimeMessage(["Content-Type: message/delivery-status", "", "Reporting-MTA: dns; x", ""]))
        #expect(m.leaves.count == 1)
        #expect(m.leaves[0].isOpaqueMessageLeaf)
    }

    @Test func invalidContentTypeFallsBackToTextPlain() {
        let m = parser.parse(mimeMessage(["Content-Type: garbage", "", "x"]))
        #expect(m.leaves[0].mediaType == "text/plain")
        #expect(m.defects.contains { $0.kind == .invalidContentType })
    }

    @Test func transferEncodingsDecodeTheLeafBody() {
        let b64 = parser.parse(mimeMessage(["Content-Transfer-Encoding: base64", "", "aGVs", "bG8=", ""]))
        #expect(String(decoding: b64.leaves[0].body, as: UTF8.self) == "hello")
        let qp = parser.parse(mimeMessage(["Content-Transfer-Encoding: Quoted-Printable", "", "caf=C3=A9 soft=", "break", ""]))
        #expect(String(decoding: qp.leaves[0].body, as: UTF8.self) == "café softbreak\r\n")
        let eight = parser.parse(mimeMessage(["Content-Transfer-Encoding: 8bit", "", "caf\u{E9}"]))
        #expect(eight.leaves[0].transferEncoding == .eightBit)
        #expect(eight.leaves[0].body.count == 5)
        let uu = parser.parse(mimeMessage(["Content-Transfer-Encoding: x-uuencode", "", "begin 644 a", "end"]))
        #expect(uu.leaves[0].transferEncoding == .uuencode)
        let binary = parser.parse(mimeMessage(["Content-Transfer-Encoding: binary", "", "\u{1}\u{2}"]))
        #expect(binary.leaves[0].transferEncoding == .binary)
    }

    @Test func headerLookupIsCaseInsensitiveAndFirstOccurrenceWins() {
        let m = parser.parse(mimeMessage(["SUBJECT: first", "subject: second", "Received: a", "Received: b", "", ""]))
        #expect(String(decoding: m.headers.value("subject")!, as: UTF8.self) == "first")
        #expect(m.headers.all("received").count == 2)
    }

    @Test func fieldsWithoutNameAreDroppedAndSpaceBeforeColonIsNotAField() {
        let m = parser.parse(mimeMessage([": no name", "Subject: ok", "Bad Name: x", "", ""]))
        #expect(m.headers.count == 1)
        #expect(m.defects.contains { $0.kind == .malformedHeaderLine })
        #expect(String(decoding: m.leaves[0].body, as: UTF8.self).hasPrefix("Bad Name: x"))
    }
}

extension Array where Element == UInt8 {
    /// Base64 in 76-character lines (test helper; independent of the decoder under test).
    func base64Lines() -> String {
        let alphabet = [Character]("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var out = ""
        var i = 0
        var lineLength = 0
        while i < count {
            let b0 = Int(self[i]), b1 = i + 1 < count ? Int(self[i + 1]) : 0, b2 = i + 2 < count ? Int(self[i + 2]) : 0
            let n = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[n >> 18 & 63]); out.append(alphabet[n >> 12 & 63])
            out.append(i + 1 < count ? alphabet[n >> 6 & 63] : "=")
            out.append(i + 2 < count ? alphabet[n & 63] : "=")
            i += 3
            lineLength += 4
            if lineLength == 76 && i < count { out += "\r\n"; lineLength = 0 }
        }
        return out
    }
}
