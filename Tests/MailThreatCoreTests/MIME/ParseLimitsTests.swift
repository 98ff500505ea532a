import Testing
@testable import MailThreatCore

/// Adversarial inputs: each must parse without crashing, stop at the configured limit, and say
/// so with a defect (never a silent clean pass).
@Suite("Parse limits")
struct ParseLimitsTests {
    @Test func deepNestingStopsAtTheDepthLimit() {
        var text = ""
        for i in 0..<10_000 { text += "Content-Type: multipart/mixed; boundary=b\(i)\r\n\r\n--b\(i)\r\n" }
        text += "\r\ninnermost\r\n"
        let m = MIMEParser().parse(Array(text.utf8))
        let limits = ParseLimits()
        #expect(m.parts.count == limits.maxNestingDepth + 1)
        #expect(m.parts.map(\.depth).max() == limits.maxNestingDepth)
        #expect(m.defects.contains { $0.kind == .nestingLimitExceeded })
        #expect(m.hitLimit)
    }

    @Test func hugeHeaderIsCutAndRecorded() {
        var bytes = Array("Subject: ".utf8)
        bytes += [UInt8](repeating: 0x41, count: 50 << 20)
        bytes += Array("\r\nX-After: 1\r\n\r\nbody".utf8)
        let m = MIMEParser().parse(bytes)
        #expect(m.defects.contains { $0.kind == .headerLimitExceeded })
        #expect(m.headers.first("subject") == nil)
        #expect(String(decoding: m.leaves[0].body, as: UTF8.self) == "body")
    }

    @Test func tooManyFieldsAreCut() {
        var limits = ParseLimits()
        limits.maxHeaderFields = 10
        let text = (0..<50).map { "X-F\($0): v" }.joined(separator: "\r\n") + "\r\n\r\nbody"
        let m = MIMEParser(limits: limits).parse(Array(text.utf8))
        #expect(m.headers.count == 10)
        #expect(m.hitLimit)
    }

    @Test func hundredThousandPartsStopAtThePartLimit() {
        var text = "Content-Type: multipart/mixed; boundary=p\r\n\r\n"
        for _ in 0..<100_000 { text += "--p\r\n\r\nx\r\n" }
        text += "--p--\r\n"
        let m = MIMEParser().parse(Array(text.utf8))
        let limits = ParseLimits()
        #expect(m.parts.count <= limits.maxParts + 1)
        #expect(m.defects.contains { $0.kind == .partLimitExceeded })
        // The unparsed rest is kept as one raw leaf, not dropped.
        #expect(m.parts.last!.body.count > 100_000)
    }

    @Test func decodedBytesBudgetTruncatesAndRecords() {
        var limits = ParseLimits()
        limits.maxDecodedBytes = 1_000
        let payload = [UInt8](repeating: 0x61, count: 10_000).base64Lines()
        let m = MIMEParser(limits: limits).parse(Array("Content-Transfer-Encoding: base64\r\n\r\n\(payload)".utf8))
        #expect(m.leaves[0].body.count <= 1_000)
        #expect(m.leaves[0].bodyTruncated)
        #expect(m.defects.contains { $0.kind == .decodedSizeLimitExceeded })
    }

    @Test func hundredMegabyteSingleLineBodyParses() {
        var bytes = Array("Content-Type: multipart/mixed; boundary=z\r\n\r\n--z\r\n\r\n".utf8)
        bytes += [UInt8](repeating: 0x2D, count: 100 << 20) // all '-': worst case for delimiter search
        bytes += Array("\r\n--z--\r\n".utf8)
        let m = MIMEParser().parse(bytes)
        #expect(m.leaves.count == 1)
        #expect(m.leaves[0].body.count == 100 << 20)
    }

    @Test func base64GarbageBodyIsRecorded() {
        let m = MIMEParser().parse(Array("Content-Transfer-Encoding: base64\r\n\r\n!!!@@@###\u{1}\u{2}".utf8))
        #expect(m.defects.contains { $0.kind == .invalidBase64 })
    }
}
