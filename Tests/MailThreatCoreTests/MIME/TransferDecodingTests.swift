import Testing
@testable import MailThreatCore

@Suite("Transfer decoding")
struct TransferDecodingTests {
    func b64(_ s: String) -> (String, Bool) {
        let r = Base64Decoder.decode(Array(s.utf8))
        return (String(decoding: r.bytes, as: UTF8.self), r.hadErrors)
    }

    @Test func base64IgnoresLineBreaksAndJunk() {
        #expect(b64("aGVs\r\nbG8=").0 == "hello")
        #expect(b64("aGVs bG8=").0 == "hello")
        #expect(b64("aGVs*bG8=") == ("hello", true))
    }

    @Test func base64PaddingRules() {
        // '=' after 3 characters ends the data; a list footer after it is ignored.
        #expect(b64("aGVsbG8=\r\n-- \r\nlist footer") == ("hello", true))
        // A second consecutive '=' after 2 characters ends the data.
        #expect(b64("aGk==trailing").0 == "hi")
        // A lone '=' after 2 characters is ignored and data continues.
        #expect(b64("aG=Vs").0 == "hel")
        // '=' at a group start is ignored.
        #expect(b64("=aGVs").0 == "hel")
    }

    @Test func base64IncompleteFinalGroups() {
        #expect(b64("aGk").0 == "hi")        // 3 characters give 2 bytes
        #expect(b64("aA").0 == "h")          // 2 characters give 1 byte
        #expect(b64("aGVsbA") .0 == "hell")
        #expect(b64("aGVsb") == ("hel", true)) // a lone final character is dropped
    }

    @Test func base64GarbageNeverFails() {
        var junk: [UInt8] = []
        var state: UInt64 = 42
        for _ in 0..<100_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            junk.append(UInt8(truncatingIfNeeded: state >> 33))
        }
        let r = Base64Decoder.decode(junk)
        #expect(r.hadErrors)
        #expect(r.bytes.count <= junk.count * 3 / 4 + 3)
    }

    @Test func base64LimitTruncates() {
        let r = Base64Decoder.decode(Array("aGVsbG8gd29ybGQ=".utf8), limit: 6)
        #expect(r.truncated)
        #expect(r.bytes.count <= 6)
    }

    func qp(_ s: String) -> (String, Bool) {
        let r = QuotedPrintableDecoder.decode(Array(s.utf8))
        return (String(decoding: r.bytes, as: UTF8.self), r.hadErrors)
    }

    @Test func quotedPrintableEscapesAndSoftBreaks() {
        #expect(qp("a=3Db=3d").0 == "a=b=")
        #expect(qp("soft=\r\nbreak").0 == "softbreak")
        #expect(qp("soft= \t\nbreak").0 == "softbreak")
        #expect(qp("soft=\rbreak").0 == "softbreak")
        #expect(qp("end=").0 == "end")
        #expect(qp("keep trailing  \r\n").0 == "keep trailing  \r\n")
    }

    @Test func quotedPrintableKeepsInvalidEscapesLiterally() {
        #expect(qp("100=%") == ("100=%", true))
        #expect(qp("a==41") == ("a=A", true))
        #expect(qp("=G1") == ("=G1", true))
    }

    @Test func quotedPrintableLimitCutsInsideAPlainRun() {
        let r = QuotedPrintableDecoder.decode(Array("abcdefgh=41ij".utf8), limit: 5)
        #expect(r.truncated && r.bytes == Array("abcde".utf8))
        let exact = QuotedPrintableDecoder.decode(Array("abc=41".utf8), limit: 4)
        #expect(exact.bytes == Array("abcA".utf8) && !exact.truncated)
    }

    /// The run-copying decoder against a byte-at-a-time reading of README 5.3.
    @Test func quotedPrintableAgreesWithAByteLoop() {
        func reference(_ input: [UInt8], limit: Int) -> [UInt8] {
            func hex(_ b: UInt8) -> UInt8? {
                switch b {
                case 0x30...0x39: return b - 0x30
                case 0x41...0x46: return b - 0x37
                case 0x61...0x66: return b - 0x57
                default: return nil
                }
            }
            var out: [UInt8] = []
            var i = 0
            while i < input.count, out.count < limit {
                if input[i] != 0x3D { out.append(input[i]); i += 1; continue }
                if i + 2 < input.count, let h = hex(input[i + 1]), let l = hex(input[i + 2]) {
                    out.append(h << 4 | l); i += 3; continue
                }
                var j = i + 1
                while j < input.count, input[j] == 0x20 || input[j] == 0x09 { j += 1 }
                if j == input.count { i = j; continue }
                if input[j] == 0x0A { i = j + 1; continue }
                if input[j] == 0x0D { i = j + 1; if i < input.count, input[i] == 0x0A { i += 1 }; continue }
                out.append(0x3D); i += 1
            }
            return out
        }
        var random = ModelRandomGenerator(seed: 11)
        let alphabet: [UInt8] = Array("=aF3 \t\r\nZ".utf8)
        for _ in 0..<500 {
            let input = (0..<random.nextIndex(below: 40)).map { _ in alphabet[random.nextIndex(below: alphabet.count)] }
            let limit = random.nextIndex(below: 3) == 0 ? random.nextIndex(below: 30) : Int.max
            #expect(QuotedPrintableDecoder.decode(input, limit: limit).bytes == reference(input, limit: limit))
        }
    }

    @Test func transferEncodingFieldParsing() {
        #expect(TransferEncoding(fieldValue: Array(" Base64 ; x".utf8)) == .base64)
        #expect(TransferEncoding(fieldValue: Array("quoted-printable(comment)".utf8)) == .quotedPrintable)
        #expect(TransferEncoding(fieldValue: nil) == .sevenBit)
        #expect(TransferEncoding(fieldValue: Array("x-gzip".utf8)) == .other("x-gzip"))
    }
}
