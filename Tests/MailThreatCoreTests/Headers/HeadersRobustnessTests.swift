import Foundation
import Testing
@testable import MailThreatCore

/// Hostile input: no crash, bounded time.
struct HeadersRobustnessTests {
    /// Runs every field parser on `value`.
    private func parseAll(_ value: [UInt8]) {
        _ = EncodedWords.decodeUnstructured(value)
        _ = EncodedWords.decodePhrase(value)
        _ = AddressList.parse(value)
        _ = MessageDate.parse(value)
        _ = MessageID.parse(value)
        _ = MIMEParameters.parse(value).parameter("filename")
        _ = ContentType.parse(value)
        _ = ReceivedHop.parse(value)
        _ = AuthenticationResults.parse(value)
    }

    @Test func randomBytesDoNotCrash() {
        var generator = ModelRandomGenerator(seed: 11)
        let alphabet: [UInt8] = Array(#"ab=?QqBb_ "()<>@,;:.\[]"#.utf8) + [0x09, 0x0B, 0x80, 0xC3, 0xFF]
        for _ in 0..<2000 {
            let length = Int.random(in: 0..<60, using: &generator)
            parseAll((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
        }
    }

    @Test func deepNestingFallsBackInsteadOfOverflowing() {
        let deep = Array(repeating: UInt8(ascii: "("), count: 100_000) + Array("a@b.org".utf8)
        let list = AddressList.parse(deep)
        #expect(list.usedFallback)
        parseAll(deep)
    }

    /// Seconds for one run of the parsers on `pattern` repeated to `size` bytes (best of two).
    private func seconds(_ pattern: String, size: Int) -> Double {
        let value = Array(String(repeating: pattern, count: size / pattern.utf8.count).utf8)
        var best = Double.infinity
        for _ in 0..<2 {
            let start = Date()
            _ = EncodedWords.decodeUnstructured(value)
            _ = AddressList.parse(value)
            _ = MIMEParameters.parse(value)
            _ = ReceivedHop.parse(value)
            best = min(best, Date().timeIntervalSince(start))
        }
        return best
    }

    /// Quadrupling the input must not multiply the time by much more than four (CPython itself
    /// is quadratic on several of these shapes).
    @Test(arguments: ["=?a ", "=?a?q?", "x=?u?q?b?=", "\"\"", "a b@c,", "\"=\\?\"x@y, ", ";", "a@b, ", "=?utf-8?q?x?= "])
    func pathologicalInputsStayLinear(pattern: String) {
        let small = seconds(pattern, size: 20_000)
        let large = seconds(pattern, size: 80_000)
        guard large > 0.05 else { return }  // too fast to measure reliably
        #expect(large < max(small, 0.01) * 9, "\(pattern): \(small)s -> \(large)s")
    }
}
