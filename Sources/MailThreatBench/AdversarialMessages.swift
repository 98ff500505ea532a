/// Hostile messages built in code (never taken from a corpus), to show that parsing cost stays
/// linear: each one aims at a place where a naive parser goes quadratic or runs out of memory.
///
/// Sizes are parameters so tests can build small versions; ``build(_:scale:)`` gives the sizes
/// issue 2 names at scale 1. MB = 1,000,000 bytes.
///
/// ```swift
/// for kind in AdversarialMessages.Kind.allCases {
///     let adversarial = AdversarialMessages.build(kind)
///     let message = MIMEParser().parse(adversarial.bytes)
///     print(adversarial.name, message.parts.count, message.hitLimit)
/// }
/// let small = AdversarialMessages.deepMultipartNesting(depth: 100)
/// ```
enum AdversarialMessages {
    /// One built message with its name and what it attacks.
    struct Case: Sendable {
        /// Short name for reports (`deep multipart nesting`).
        let name: String
        /// What the message is and what it attacks.
        let summary: String
        /// The message.
        let bytes: [UInt8]
    }

    /// The hostile inputs of issue 2, plus nesting through `message/rfc822`.
    enum Kind: String, CaseIterable, Sendable {
        case deepMultipartNesting = "deep multipart nesting"
        case deepMessageNesting = "deep message nesting"
        case hugeHeader = "huge header"
        case manyParts = "many parts"
        case unterminatedEncodedWords = "unterminated encoded words"
        case base64Garbage = "base64 garbage"
        case singleLineBody = "single-line body"
    }

    /// Every ``Kind`` at `scale` × the sizes issue 2 names (scale 1: 10,000-deep nesting, a
    /// 50 MB header, 100,000 parts, unterminated encoded words, base64 garbage, a 100 MB
    /// single-line body). Several hundred MB in total: build one at a time with
    /// ``build(_:scale:)`` when memory matters.
    static func standardCases(scale: Double = 1) -> [Case] {
        Kind.allCases.map { build($0, scale: scale) }
    }

    /// One input at `scale` × its issue-2 size.
    static func build(_ kind: Kind, scale: Double = 1) -> Case {
        func scaled(_ value: Int) -> Int { max(1, Int((Double(value) * scale).rounded())) }
        switch kind {
        case .deepMultipartNesting:
            let depth = scaled(10_000)
            return Case(name: kind.rawValue, summary: "\(depth) nested multipart/mixed levels, one boundary each",
                        bytes: deepMultipartNesting(depth: depth))
        case .deepMessageNesting:
            let depth = scaled(10_000)
            return Case(name: kind.rawValue, summary: "\(depth) nested message/rfc822 levels",
                        bytes: deepMessageNesting(depth: depth))
        case .hugeHeader:
            let size = scaled(50_000_000)
            return Case(name: kind.rawValue, summary: "one folded Subject field, \(BenchNumberText.megabytes(size)) header",
                        bytes: hugeHeader(bytes: size))
        case .manyParts:
            let count = scaled(100_000)
            return Case(name: kind.rawValue, summary: "\(count) text/plain parts in one multipart/mixed",
                        bytes: manyParts(count: count))
        case .unterminatedEncodedWords:
            return Case(name: kind.rawValue,
                        summary: "Subject, From and a file name of =?charset?enc? openers that never close",
                        bytes: unterminatedEncodedWords(bytes: scaled(900_000)))
        case .base64Garbage:
            let size = scaled(10_000_000)
            return Case(name: kind.rawValue, summary: "text/html declared base64, \(BenchNumberText.megabytes(size)) of base64 letters with 1 in 8 bytes garbage",
                        bytes: base64Garbage(bytes: size))
        case .singleLineBody:
            let size = scaled(100_000_000)
            return Case(name: kind.rawValue, summary: "text/plain body of \(BenchNumberText.megabytes(size)) without a line break",
                        bytes: singleLineBody(bytes: size))
        }
    }

    /// `depth` nested `multipart/mixed` entities, each with its own boundary, closed properly,
    /// around one short text part: attacks recursion depth and boundary matching against
    /// every enclosing boundary.
    static func deepMultipartNesting(depth: Int) -> [UInt8] {
        let levels = max(depth, 1)
        var out = header(subject: "deep multipart nesting", contentType: "multipart/mixed; boundary=\"b0\"")
        out.reserveCapacity(levels * 60 + 300)
        for level in 1..<levels {
            out += bytes("--b\(level - 1)\r\nContent-Type: multipart/mixed; boundary=\"b\(level)\"\r\n\r\n")
        }
        out += bytes("--b\(levels - 1)\r\nContent-Type: text/plain\r\n\r\ninnermost text\r\n")
        for level in stride(from: levels - 1, through: 0, by: -1) {
            out += bytes("--b\(level)--\r\n")
        }
        return out
    }

    /// `depth` nested `message/rfc822` entities around one short text: recursion through
    /// embedded messages rather than multiparts.
    static func deepMessageNesting(depth: Int) -> [UInt8] {
        var out = header(subject: "deep message nesting", contentType: "message/rfc822")
        out.reserveCapacity(depth * 80 + 200)
        for level in 1..<max(depth, 1) {
            out += bytes("Subject: level \(level)\r\nContent-Type: message/rfc822\r\n\r\n")
        }
        out += bytes("Subject: innermost\r\n\r\ninnermost text\r\n")
        return out
    }

    /// A message whose Subject field is folded over about `bytes` bytes (76-byte lines of
    /// words): attacks header unfolding, header limits and header decoding.
    static func hugeHeader(bytes count: Int) -> [UInt8] {
        var out = bytes("From: sender@example.com\r\nTo: rcpt@example.com\r\nSubject: start")
        out.reserveCapacity(count + 400)
        let line = bytes("\r\n winner claim your free prize now act today limited offer click here ok")
        while out.count < count { out += line }
        out += bytes("\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nbody after the huge header\r\n")
        return out
    }

    /// One `multipart/mixed` with `count` small text parts: attacks per-part overhead and the
    /// part limit.
    static func manyParts(count: Int) -> [UInt8] {
        var out = header(subject: "many parts", contentType: "multipart/mixed; boundary=\"p\"")
        out.reserveCapacity(count * 60 + 300)
        let part = bytes("--p\r\nContent-Type: text/plain\r\n\r\npart\r\n")
        for _ in 0..<count { out += part }
        out += bytes("--p--\r\n")
        return out
    }

    /// Header fields (Subject, From display name, a file name) made of RFC 2047 openers
    /// (`=?utf-8?B?…`, `=?iso-8859-1?q?…`, bare `=?`) that never reach `?=`, in about `bytes`
    /// bytes: attacks encoded-word scanners that search ahead for the terminator from every
    /// opener.
    static func unterminatedEncodedWords(bytes count: Int) -> [UInt8] {
        let openers = ["=?utf-8?B?SGVsbG8gd29ybGQ", "=?iso-8859-1?q?caf=E9", "=?", "=?utf-8?", "=?utf-8?Q?a=3", "=?x?B?"]
        /// `prefix` followed by openers folded at 76 columns until the result has `length` bytes.
        func folded(_ prefix: String, length: Int) -> [UInt8] {
            var out = bytes(prefix)
            var column = out.count
            var index = 0
            while out.count < length {
                let word = bytes(openers[index % openers.count] + " ")
                index += 1
                if column + word.count > 76 {
                    out += bytes("\r\n ")
                    column = 1
                }
                out += word
                column += word.count
            }
            return out
        }
        var out = folded("Subject: ", length: count / 2) + bytes("\r\n")
        out += folded("From: ", length: count / 4) + bytes(" <sender@example.com>\r\nTo: rcpt@example.com\r\n")
        out += bytes("MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"e\"\r\n\r\n")
        out += bytes("--e\r\nContent-Type: text/plain\r\n\r\nsee attachment\r\n--e\r\n")
        out += bytes("Content-Type: application/octet-stream; name=\"=?utf-8?q?x\"\r\n")
        out += folded("Content-Disposition: attachment; filename=\"", length: count / 4) + bytes("\"\r\n")
        out += bytes("Content-Transfer-Encoding: base64\r\n\r\nAAAA\r\n--e--\r\n")
        return out
    }

    /// A `text/html` part declared base64 whose body is about `bytes` seeded random bytes in
    /// 76-byte lines: mostly the base64 alphabet, one byte in eight garbage (8-bit bytes,
    /// punctuation, NUL; no `=`, which legitimately ends base64 data). Attacks the base64
    /// decoder's error path all the way through and whatever reads the junk it yields
    /// (charset decoding, HTML).
    static func base64Garbage(bytes count: Int) -> [UInt8] {
        var out = header(subject: "base64 garbage", contentType: "text/html; charset=utf-8", encoding: "base64")
        out.reserveCapacity(count + count / 38 + 300)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        let garbage: [UInt8] = Array("!*#%&<>?~\"'{}|^ \t".utf8) + [0x00, 0x80, 0xA0, 0xC3, 0xE2, 0xFF]
        var random = SplitMix64(seed: 0x6261_7365_3634)
        var column = 0
        var produced = 0
        while produced < count {
            let draw = random.next()
            let value = draw & 7 == 0
                ? garbage[Int((draw >> 3) % UInt64(garbage.count))]
                : alphabet[Int((draw >> 3) % UInt64(alphabet.count))]
            out.append(value)
            produced += 1
            column += 1
            if column == 76 {
                out += [0x0D, 0x0A]
                column = 0
            }
        }
        out += [0x0D, 0x0A]
        return out
    }

    /// A `text/plain` body of about `bytes` bytes with no line break: words, with a URL every
    /// few hundred bytes. Attacks line scanning, text normalisation and URL extraction.
    static func singleLineBody(bytes count: Int) -> [UInt8] {
        var out = header(subject: "single-line body")
        out.reserveCapacity(count + 300)
        let words = bytes("the quick brown fox jumps over the lazy dog and claims a prize today ")
        let link = bytes("http://www.example.com/path/to/page?id=12345&ref=mail ")
        var index = 0
        while out.count < count {
            out += index % 5 == 4 ? link : words
            index += 1
        }
        out += [0x0D, 0x0A]
        return out
    }

    /// A minimal top-level header block ending in the blank line.
    private static func header(subject: String, contentType: String = "text/plain; charset=us-ascii",
                               encoding: String = "7bit") -> [UInt8] {
        bytes("From: Sender <sender@example.com>\r\nTo: rcpt@example.com\r\nSubject: \(subject)\r\n"
              + "Date: Mon, 2 Feb 2026 10:00:00 +0000\r\nMessage-ID: <adversarial@example.com>\r\n"
              + "MIME-Version: 1.0\r\nContent-Type: \(contentType)\r\nContent-Transfer-Encoding: \(encoding)\r\n\r\n")
    }

    private static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
}
