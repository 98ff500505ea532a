import Testing
@testable import MailThreatCore

@Suite("Attachments: sniffing, TNEF, uuencode")
struct ContentFileTests {
    @Test func sniffsCommonMagicNumbers() {
        #expect(FileType.sniff(Array("MZ\u{90}\u{0}".utf8)[...]) == .windowsExecutable)
        #expect(FileType.sniff(Array("%PDF-1.7\n".utf8)[...]) == .pdf)
        #expect(FileType.sniff([0x50, 0x4B, 0x03, 0x04, 0, 0][...]) == .zip)
        #expect(FileType.sniff(([0x50, 0x4B, 0x03, 0x04] + Array("....[Content_Types].xml".utf8))[...]) == .ooxml)
        #expect(FileType.sniff([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1][...]) == .ole2)
        #expect(FileType.sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A][...]) == .png)
        #expect(FileType.sniff(Array("<!DOCTYPE html><html>".utf8)[...]) == .html)
        #expect(FileType.sniff(Array("plain words\r\n".utf8)[...]) == .text)
        #expect(FileType.sniff([0x00, 0xFF, 0x13][...]) == .unknown)
        #expect(FileType.sniff([][...]) == .unknown)
        #expect(FileType.windowsExecutable.isExecutableOrArchive)
        #expect(!FileType.pdf.isExecutableOrArchive)
    }

    /// A TNEF stream built in code: signature, key, then attributes.
    static func tnef(files: [(String, [UInt8])]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x9F, 0x3E, 0x22, 0x01, 0x00]
        func attribute(_ id: UInt32, _ data: [UInt8]) {
            out.append(2)
            for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: id >> UInt32(shift))) }
            let n = UInt32(data.count)
            for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: n >> UInt32(shift))) }
            out += data
            let sum = data.reduce(0) { ($0 + Int($1)) & 0xFFFF }
            out += [UInt8(sum & 0xFF), UInt8(sum >> 8)]
        }
        for (name, data) in files {
            attribute(0x0006_9002, [0, 0, 0, 0])
            attribute(0x0001_8010, Array(name.utf8) + [0])
            attribute(0x0006_800F, data)
        }
        return out
    }

    @Test func tnefListsEmbeddedFiles() {
        let stream = Self.tnef(files: [("report.doc", [1, 2, 3]), ("run.exe", Array("MZ..".utf8))])
        let (files, wellFormed) = TNEFReader.files(in: stream[...])
        #expect(wellFormed)
        #expect(files.map(\.name) == ["report.doc", "run.exe"])
        #expect(files[1].data == Array("MZ..".utf8))
        #expect(FileType.sniff(stream[...]) == .tnef)
    }

    @Test func truncatedTnefIsNotWellFormedButKeepsWhatItRead() {
        let stream = Self.tnef(files: [("a.txt", [1, 2, 3, 4, 5])])
        let (files, wellFormed) = TNEFReader.files(in: stream.dropLast(4))
        #expect(!wellFormed)
        #expect(files.count <= 1)
        #expect(TNEFReader.files(in: [1, 2, 3][...]).files.isEmpty)
    }

    @Test func uuencodedBlocksInTextAreDecoded() {
        // "Cat" uuencoded: length char '#' (3), then 4 characters.
        let text = "Hello\nbegin 644 cat.txt\n#0V%T\n`\nend\nbye\n"
        let blocks = UUDecoder.blocks(in: Array(text.utf8)[...])
        #expect(blocks.count == 1)
        #expect(blocks.first?.name == "cat.txt")
        #expect(blocks.first?.data == Array("Cat".utf8))
        #expect(UUDecoder.blocks(in: Array("begin with a word\n".utf8)[...]).isEmpty)
    }

    @Test func postDeliveryHeaderNamesMatchTheSharedList() {
        for name in ["X-Spam-Status", "x-spam", "X-UIDL", "X-UID", "Delivered-To", "X-MailScanner-ID",
                     "X-Foo-MailScanner", "x-mozilla-status2", "DKIM-Filter", "X-Microsoft-Antispam-Mailbox-Delivery"] {
            #expect(PostDeliveryHeaders.contains(name), "\(name)")
        }
        for name in ["Subject", "From", "Received", "X-Spammer", "Authentication-Results", "X-Mailer", "List-Id",
                     "X-Mailscanne", "Statu", "Statuses", "X-G", "", "Lines-X"] {
            #expect(!PostDeliveryHeaders.contains(name), "\(name)")
        }
    }

    @Test func giantTextPartsAreReadInPartAndRecorded() {
        let body = String(repeating: "word ", count: 3_000) + "http://tail.example/ never read"
        let bytes = mimeMessage(["Subject: s", "Content-Type: text/plain", "", body])
        var limits = ContentLimits()
        limits.maxTextPartBytes = 1_000
        let cut = MessageContent(message: MIMEParser().parse(bytes), limits: limits)
        #expect(cut.exceededContentLimits && cut.hitLimit)
        #expect(cut.plainText.utf8.count <= 1_000 && cut.plainText.hasPrefix("word word"))
        #expect(cut.links.isEmpty)
        let whole = MessageContent(message: MIMEParser().parse(bytes))
        #expect(!whole.exceededContentLimits && !whole.hitLimit)
        #expect(whole.links.map(\.url) == ["http://tail.example/"])
    }

    @Test func giantHeaderValuesAreCutAfterACommaAndRecorded() {
        let recipients = (0..<400).map { "user\($0)@example.org" }.joined(separator: ", ")
        let bytes = mimeMessage(["To: " + recipients, "Subject: " + String(repeating: "x", count: 5_000), "", "body"])
        var limits = ContentLimits()
        limits.maxHeaderValueBytes = 1_000
        limits.maxRecipientListBytes = 2_000
        let content = MessageContent(message: MIMEParser().parse(bytes), limits: limits)
        #expect(content.exceededContentLimits && content.hitLimit)
        // Whole addresses only: every mailbox kept is one of the originals, none is cut short.
        #expect(!content.to.isEmpty && content.to.count < 400)
        #expect(content.to.allSatisfy { $0.address.hasPrefix("user") && $0.address.hasSuffix("@example.org") })
        #expect(content.to.map(\.address).joined(separator: ", ").utf8.count <= 2_000)
        #expect(content.subject.utf8.count == 1_000)
        // 400 recipients (~9 kB) fit the default recipient limit; a 5 kB Subject fits too.
        let defaults = MessageContent(message: MIMEParser().parse(bytes))
        #expect(defaults.to.count == 400 && !defaults.exceededContentLimits)
    }

    @Test func aScannerNeverDeliversMailItReadInPart() throws {
        var limits = ContentLimits()
        limits.maxTextPartBytes = 10
        let scanner = try MailThreatScanner(model: .loadDefault(), contentLimits: limits)
        let verdict = scanner.scan(mimeMessage(["Subject: hello", "", String(repeating: "plain text ", count: 10)]))
        #expect(verdict.hitParseLimit)
        #expect(verdict.action != .deliver)
    }

    @Test func readerRecognisesItsFieldsInAnyCaseAndNothingElse() {
        #expect(ContentHeaderName.classify(Array("SUBJECT".utf8)[...]) == .subject)
        #expect(ContentHeaderName.classify(Array("Reply-To".utf8)[...]) == .replyTo)
        #expect(ContentHeaderName.classify(Array("x-MAILER".utf8)[...]) == .xMailer)
        #expect(ContentHeaderName.classify(Array("Authentication-Results".utf8)[...]) == .authenticationResults)
        for name in ["Subjects", "To ", "Resent-From", "Received-SPF", "ARC-Authentication-Results", ""] {
            #expect(ContentHeaderName.classify(Array(name.utf8)[...]) == nil, "\(name)")
        }
    }

    @Test func readerKeepsTheFirstOfEachFieldAndSkipsTheTopReceived() {
        let bytes = mimeMessage(["Received: from top.example by collector", "Subject: first", "Subject: second",
                                 "X-Spam-Flag: YES", "Received: from a.example by b.example", "FROM: A <a@x.org>",
                                 "Authentication-Results: mx; spf=pass", "Authentication-Results: mx; dkim=fail", "", "body"])
        let content = MessageContent(message: MIMEParser().parse(bytes))
        #expect(content.subject == "first")
        #expect(content.from.map(\.address) == ["a@x.org"])
        #expect(content.receivedHops.count == 1)
        #expect(content.authenticationResults.count == 2)
        #expect(content.headerNames == ["received", "subject", "subject", "received", "from",
                                        "authentication-results", "authentication-results"])
    }

    @Test func strippingRemovesPostDeliveryFieldsAndTheTopReceivedOnly() {
        let bytes = mimeMessage(["Received: top", "X-Spam-Flag: YES", "Received: second", "Subject: s", "", "body"])
        let stripped = MIMEParser().parse(PostDeliveryHeaders.strip(bytes))
        #expect(stripped.headers.map(\.name) == ["Received", "Subject"])
        #expect(String(decoding: stripped.headers[0].unfoldedValue, as: UTF8.self) == "second")
        #expect(String(decoding: stripped.leaves[0].body, as: UTF8.self) == "body")
    }
}
