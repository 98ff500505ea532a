import Testing
@testable import MailThreatCore

/// The byte-level fast paths of feature extraction agree with simple reference
/// implementations on seeded random input.
@Suite("Features: fast paths")
struct FeatureFastPathTests {
    /// Bytes that exercise the ASCII word classification: every class boundary, digits,
    /// both cases, punctuation and non-ASCII bytes.
    private static let interestingBytes: [UInt8] = Array("09azAZ@[`{/:mP5 .,-_!".utf8)
        + [0x00, 0x1F, 0x2F, 0x3A, 0x40, 0x5B, 0x60, 0x7B, 0x7F, 0x80, 0xC3, 0xA9, 0xE2, 0xFF]

    private static func randomBytes(count: Int, using generator: inout ModelRandomGenerator) -> [UInt8] {
        (0..<count).map { _ in
            Bool.random(using: &generator)
                ? interestingBytes.randomElement(using: &generator)!
                : UInt8.random(in: 0...255, using: &generator)
        }
    }

    @Test("ASCIIWordBlock classifies eight bytes like the byte-by-byte rules")
    func asciiWordBlock() {
        var generator = ModelRandomGenerator(seed: 41)
        for _ in 0..<20_000 {
            let bytes = Self.randomBytes(count: 8, using: &generator)
            let block = bytes.withUnsafeBytes { ASCIIWordBlock(loadingFrom: $0.baseAddress!) }
            let isWord = bytes.map { ScalarTraits.asciiWordFold[Int($0 & 0x7F)] != 0 && $0 < 0x80 }
            let expectedRun = isWord.firstIndex(of: false) ?? 8
            #expect(block.runLength == expectedRun)
            for length in 0...8 {
                let prefix = bytes.prefix(length)
                let letters = prefix.filter { $0 < 0x80 && ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
                let counts = block.letterCounts(inFirst: length)
                #expect(counts.letters == letters.count)
                #expect(counts.uppercase == letters.filter { $0 <= 0x5A }.count)
            }
            let folded = withUnsafeBytes(of: block.folded.littleEndian) { Array($0) }
            #expect(folded == bytes.map { $0 < 0x80 && ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A ? $0 | 0x20 : $0 })
        }
    }

    /// The byte-by-byte reference of ``ByteScratch/appendASCIIWordCharacters(_:from:fold:limit:)``.
    private static func referenceAppend(
        _ bytes: [UInt8], from start: Int, limit: Int, into buffer: inout [UInt8], capacity: Int
    ) -> (end: Int, letters: Int, uppercase: Int) {
        let fold = ScalarTraits.asciiWordFold
        var index = start
        var letters = 0
        var uppercase = 0
        let writeLimit = min(capacity, buffer.count + max(0, limit))
        while index < bytes.count, bytes[index] < 0x80, fold[Int(bytes[index])] != 0 {
            let byte = bytes[index]
            if byte > 0x39 {
                letters += 1
                if byte < 0x5B { uppercase += 1 }
            }
            if buffer.count < writeLimit { buffer.append(fold[Int(byte)]) }
            index += 1
        }
        return (index, letters, uppercase)
    }

    @Test("ByteScratch appends ASCII word runs like the byte-by-byte reference")
    func appendASCIIWordCharacters() {
        var generator = ModelRandomGenerator(seed: 42)
        let fold = ScalarTraits.asciiWordFold
        for _ in 0..<20_000 {
            // Mostly word bytes, so that runs are long enough to cross eight-byte blocks.
            let count = Int.random(in: 0...40, using: &generator)
            let bytes: [UInt8] = (0..<count).map { _ in
                Int.random(in: 0..<10, using: &generator) < 8
                    ? Array("abcXYZ0189mQ".utf8).randomElement(using: &generator)!
                    : Self.interestingBytes.randomElement(using: &generator)!
            }
            let start = Int.random(in: 0...count, using: &generator)
            let capacity = Int.random(in: 0...24, using: &generator)
            let prefilled = Int.random(in: 0...capacity, using: &generator)
            let limit = Int.random(in: -2...30, using: &generator)

            var expected = [UInt8](repeating: 0x2A, count: prefilled)
            let expectedResult = Self.referenceAppend(bytes, from: start, limit: limit, into: &expected,
                                                      capacity: capacity)

            let memory = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, capacity))
            defer { memory.deallocate() }
            var scratch = ByteScratch(UnsafeMutableBufferPointer(rebasing: memory[..<capacity]))
            expected.withUnsafeBufferPointer { scratch.append(UnsafeBufferPointer(rebasing: $0[..<prefilled])) }
            let result = bytes.withUnsafeBufferPointer { source in
                fold.withUnsafeBufferPointer { fold in
                    scratch.appendASCIIWordCharacters(source, from: start, fold: fold, limit: limit)
                }
            }
            #expect(result == expectedResult, "bytes \(bytes) start \(start) limit \(limit)")
            #expect(Array(scratch.bytes) == expected, "bytes \(bytes) start \(start) limit \(limit)")
        }
    }

    @Test("Mailer families match the first pattern in list order, like one search per pattern")
    func mailerFamilyMatchesReference() {
        func reference(_ mailer: String) -> String {
            let trimmed = mailer.utf8.prefix(256)
            guard trimmed.contains(where: { $0 > 0x20 }) else { return "none" }
            let lowered = ArraySlice(trimmed.map(ASCII.lowercase))
            for (pattern, family) in MailerFamily.patterns where ByteSearch.contains(lowered, Array(pattern.utf8)) {
                return family
            }
            return "other"
        }
        var generator = ModelRandomGenerator(seed: 43)
        let fragments = MailerFamily.patterns.map(\.0) + ["Microsoft", "OUTLOOK", "v6.0", " ", "/", "é", "(x11)", "ＭＳ"]
        for _ in 0..<5_000 {
            var mailer = ""
            for _ in 0..<Int.random(in: 0...4, using: &generator) {
                var fragment = fragments.randomElement(using: &generator)!
                if Bool.random(using: &generator) { fragment = fragment.uppercased() }
                if Bool.random(using: &generator) && fragment.count > 2 { fragment.removeLast() }
                mailer += fragment
                if Bool.random(using: &generator) { mailer += " " }
            }
            #expect(MailerFamily.name(of: mailer) == reference(mailer), "\(mailer)")
        }
        let long = String(repeating: "x", count: 250) + "thunderbird"
        #expect(MailerFamily.name(of: long) == reference(long))
        #expect(MailerFamily.name(of: " \t") == "none")
    }

    @Test("Subject prefixes read on bytes agree with the Unicode reading")
    func subjectPrefixMatchesReference() {
        func reference(_ subject: String) -> SubjectPrefix? {
            let trimmed = subject.unicodeScalars.drop { $0 == " " || $0 == "\t" }
            guard let colon = trimmed.prefix(8).firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
            let head = String(String.UnicodeScalarView(trimmed[..<colon])).lowercased()
            if ["re", "aw", "sv", "antw", "rif", "回复", "答复", "回覆"].contains(head) { return .reply }
            if ["fw", "fwd", "wg", "tr", "rv", "enc", "转发", "轉寄"].contains(head) { return .forward }
            return nil
        }
        var generator = ModelRandomGenerator(seed: 44)
        let pieces = ["Re", "RE", "re", "Fwd", "FW", "wg", "Antw", "ENC", "回复", "转发", "Ré", "x", "long words",
                      ":", "：", " ", "\t", "[list]", "İ", "\r\n"]
        for _ in 0..<5_000 {
            let subject = (0..<Int.random(in: 0...5, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(SubjectPrefix.of(subject) == reference(subject), "\(subject)")
        }
        #expect(SubjectPrefix.of("  RE: invoice") == .reply)
        #expect(SubjectPrefix.of("Fwd：notice") == .forward)
        #expect(SubjectPrefix.of("回复: 你好") == .reply)
        #expect(SubjectPrefix.of("Important: read") == nil)
        #expect(SubjectPrefix.of("Something longer: no") == nil)
    }

    @Test("Static name hashes are remembered per literal and equal the direct computation")
    func staticNameHashCache() {
        let hasher = FeatureHasher(configuration: .default)
        let cache = StaticNameHashCache()
        let names: [StaticString] = ["url.host", "url.domain", "url.tld", "hdr.mailer", "w", "s", "bi", "cjk",
                                     "url.sub", "url.path", "url.ext", "form.domain", "img.domain", "txt.words",
                                     "subj.words", "hdr.from_tld", "rcv.hops", "att.ext", "lay.parts", "x",
                                     "", "url.scheme", "img.scheme", "form.scheme", "url.depth", "auth",
                                     "url.anchor", "txt.script", "att.type", "lex.lure", "hdr.to_count",
                                     "hdr.cc_count", "url.count", "url.domains", "txt.caps", "subj.caps"]
        for round in 0..<3 {
            for name in names {
                let direct = name.withUTF8Buffer { hasher.namespaceState(UnsafeRawBufferPointer($0)) }
                let cached = cache.value(for: name) { hasher.namespaceState($0) }
                #expect(cached == direct, "\(name) in round \(round)")
            }
        }
    }
}
