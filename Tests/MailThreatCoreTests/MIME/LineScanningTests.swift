import Testing
@testable import MailThreatCore

@Suite("MIME: line scanning")
struct LineScanningTests {
    /// The word-at-a-time scan must agree with the byte loop and a plain 8-bit check on every
    /// start position of random lines (CR, LF, CRLF, lone CR, 8-bit bytes at every alignment).
    @Test func wordScanAgreesWithTheByteLoop() {
        var random = ModelRandomGenerator(seed: 7)
        let alphabet: [UInt8] = [0x41, 0x62, 0x3A, 0x20, 0x09, 0x0D, 0x0A, 0x80, 0xC3, 0xFF, 0x7E, 0x00]
        for _ in 0..<300 {
            let length = random.nextIndex(below: 70)
            let bytes = (0..<length).map { _ -> UInt8 in
                // Mostly plain letters so that whole clean words occur.
                random.nextIndex(below: 10) < 7 ? 0x61 : alphabet[random.nextIndex(below: alphabet.count)]
            }
            bytes.withUnsafeBufferPointer { p in
                for start in 0...length {
                    let expected = LineScanning.line(in: p, from: start, end: length)
                    let got = LineScanning.lineNotingEightBit(in: p, from: start, end: length)
                    #expect(got.contentEnd == expected.contentEnd && got.next == expected.next)
                    #expect(got.hasEightBit == p[start..<expected.contentEnd].contains { $0 >= 0x80 })
                }
            }
        }
    }

    @Test func longCleanLinesAndEightBitInTheLastWord() {
        let line = Array(String(repeating: "x", count: 37).utf8) + [0xE9] + Array("yz\r\nnext".utf8)
        line.withUnsafeBufferPointer { p in
            let result = LineScanning.lineNotingEightBit(in: p, from: 0, end: p.count)
            #expect(result.contentEnd == 40 && result.next == 42 && result.hasEightBit)
            let clean = LineScanning.lineNotingEightBit(in: p, from: 42, end: p.count)
            #expect(clean.contentEnd == p.count && clean.next == p.count && !clean.hasEightBit)
        }
    }
}
