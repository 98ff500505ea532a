/// One `Received` trace field (RFC 5321 §4.4), read tolerantly.
///
/// Real trace fields vary a lot (Postfix, Sendmail, Exim, qmail, Exchange, Gmail, Coremail,
/// Domino…); the parser reads clauses by keyword (`from`, `by`, `via`, `with`, `id`, `for`,
/// each once), attaches comments to the clause they follow, and takes the date after the last
/// `;` outside comments. Missing parts are nil; it never fails.
///
/// ```swift
/// let hop = ReceivedHop.parse(Array("""
///     from mail.example.org (mail.example.org [192.0.2.7]) by mx.example.net (Postfix) \
///     with ESMTPS id 4F1A2B for <bob@example.net>; Mon, 5 Jun 2023 14:03:00 -0700
///     """.utf8))
/// hop.from      // "mail.example.org"
/// hop.fromRDNS  // "mail.example.org"
/// hop.ip        // "192.0.2.7"
/// hop.with      // "ESMTPS"
/// hop.for       // "bob@example.net"
/// ```
public struct ReceivedHop: Sendable, Hashable {
    /// The name after `from` as written (the HELO/EHLO name for most MTAs; Exim writes the
    /// reverse-DNS name or `[ip]` here and the HELO name as `helo=`).
    public var from: String?
    /// The host name in the `from` clause's comment (the verified reverse DNS for Postfix and
    /// Sendmail); nil when absent or `unknown`.
    public var fromRDNS: String?
    /// An explicit HELO name in the `from` comment (`helo=x`, `HELO x`).
    public var helo: String?
    /// The connecting IP address from the `from` clause (a literal in the name or a comment),
    /// lower-cased, without brackets or an `IPv6:` prefix.
    public var ip: String?
    /// The receiving host after `by`.
    public var by: String?
    /// The `via` clause (e.g. `Frontend Transport`).
    public var via: String?
    /// The protocol after `with` (e.g. `ESMTP`, `ESMTPS`, `SMTP`, `HTTP`, `LMTP`,
    /// `Microsoft SMTP Server`).
    public var with: String?
    /// The queue id after `id`.
    public var id: String?
    /// The recipient after `for`, without angle brackets.
    public var `for`: String?
    /// The date after the last `;`.
    public var date: MessageDate?
    /// True when the protocol or a comment says TLS was used (`ESMTPS`, `ESMTPSA`, `TLS…`).
    public var usedTLS: Bool
    /// True when the protocol or a comment says the sender authenticated (`ESMTPA`,
    /// `ESMTPSA`, `authenticated`).
    public var isAuthenticated: Bool

    /// Creates an empty hop.
    public init() {
        usedTLS = false
        isAuthenticated = false
    }

    /// The clause keywords, each read once.
    private enum Clause: Int {
        case from, by, via, with, id, `for`

        init?(keyword: ArraySlice<UInt8>) {
            switch keyword.count {
            case 2:
                if StructuredFieldTokenizer.equalsIgnoringCase(keyword, "by") { self = .by; return }
                if StructuredFieldTokenizer.equalsIgnoringCase(keyword, "id") { self = .id; return }
            case 3:
                if StructuredFieldTokenizer.equalsIgnoringCase(keyword, "via") { self = .via; return }
                if StructuredFieldTokenizer.equalsIgnoringCase(keyword, "for") { self = .for; return }
            case 4:
                if StructuredFieldTokenizer.equalsIgnoringCase(keyword, "from") { self = .from; return }
                if StructuredFieldTokenizer.equalsIgnoringCase(keyword, "with") { self = .with; return }
            default:
                break
            }
            return nil
        }
    }

    /// Parses the unfolded value of one `Received` field.
    public static func parse(_ value: [UInt8]) -> ReceivedHop {
        var hop = ReceivedHop()
        let split = lastTopLevelSemicolon(value)
        if let split {
            hop.date = MessageDate.parse(Array(value[(split + 1)...]))
        }
        let tokens = StructuredFieldTokenizer.tokens(value[..<(split ?? value.count)], equalsIsSpecial: false)
        var words = [[ArraySlice<UInt8>]?](repeating: nil, count: 6)
        var fromComments: [ArraySlice<UInt8>] = []
        var current: Clause?
        for token in tokens {
            switch token {
            case .word(let word):
                if let clause = Clause(keyword: word), words[clause.rawValue] == nil {
                    current = clause
                    words[clause.rawValue] = []
                } else if let current {
                    words[current.rawValue]?.append(word)
                }
            case .quoted(let text):
                if let current { words[current.rawValue]?.append(text) }
            case .comment(let text):
                hop.readFlags(comment: text)
                if current == .from { fromComments.append(text) }
            case .equals, .semicolon:
                break
            }
        }
        func text(_ bytes: ArraySlice<UInt8>) -> String { StructuredFieldTokenizer.text(bytes) }
        hop.from = words[Clause.from.rawValue]?.first.map(text)
        hop.by = words[Clause.by.rawValue]?.first.map(text)
        hop.id = words[Clause.id.rawValue]?.first.map(text)
        if var recipient = words[Clause.for.rawValue]?.first {
            if recipient.first == 0x3C { recipient = recipient.dropFirst() }
            if recipient.last == 0x3E { recipient = recipient.dropLast() }
            hop.for = text(recipient)
        }
        hop.via = joined(words[Clause.via.rawValue])
        hop.with = joined(words[Clause.with.rawValue])
        hop.readFromClause(name: words[Clause.from.rawValue]?.first, comments: fromComments)
        hop.readProtocolFlags()
        return hop
    }

    /// Words of a multi-word clause joined by single spaces; nil when empty.
    private static func joined(_ words: [ArraySlice<UInt8>]?) -> String? {
        guard let words, !words.isEmpty else { return nil }
        return StructuredFieldTokenizer.text(Array(words.joined(separator: [0x20])))
    }

    /// The last `;` outside comments and quoted strings.
    private static func lastTopLevelSemicolon(_ value: [UInt8]) -> Int? {
        var depth = 0
        var quoted = false
        var last: Int?
        var index = 0
        while index < value.count {
            let byte = value[index]
            if byte == 0x5C {
                index += 2
                continue
            }
            if quoted {
                if byte == 0x22 { quoted = false }
            } else if byte == 0x22 {
                quoted = true
            } else if byte == 0x28 {
                depth += 1
            } else if byte == 0x29 {
                depth = max(0, depth - 1)
            } else if byte == 0x3B, depth == 0 {
                last = index
            }
            index += 1
        }
        return last
    }

    /// Fills ``ip``, ``fromRDNS`` and ``helo`` from the `from` name and its comments.
    private mutating func readFromClause(name: ArraySlice<UInt8>?, comments: [ArraySlice<UInt8>]) {
        if var literal = name {
            // `[192.0.2.1]:25` or `[IPv6:…]` as the name itself.
            if literal.first == 0x5B, let close = literal.firstIndex(of: 0x5D) { literal = literal[...close] }
            ip = IPAddressText.address(in: literal)
        }
        for comment in comments {
            var previousWasHelo = false
            for word in comment.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x28 || $0 == 0x29 }) {
                if previousWasHelo {
                    if helo == nil { helo = StructuredFieldTokenizer.text(word) }
                    previousWasHelo = false
                    continue
                }
                if StructuredFieldTokenizer.equalsIgnoringCase(word, "helo")
                    || StructuredFieldTokenizer.equalsIgnoringCase(word, "ehlo") {
                    previousWasHelo = true
                    continue
                }
                if StructuredFieldTokenizer.hasPrefixIgnoringCase(word, "helo=") {
                    if helo == nil { helo = StructuredFieldTokenizer.text(word.dropFirst(5)) }
                    continue
                }
                if let address = IPAddressText.address(in: word) {
                    if ip == nil { ip = address }
                    continue
                }
                if word.contains(0x3D) { continue }  // key=value details (port=, using=)
                if fromRDNS == nil, Self.looksLikeHostName(word) {
                    fromRDNS = StructuredFieldTokenizer.text(word.last == 0x2E ? word.dropLast() : word)
                }
            }
        }
    }

    /// A DNS-like name (letters, digits, `-`, `_`, `.`) with a dot and a letter, or `localhost`.
    private static func looksLikeHostName(_ word: ArraySlice<UInt8>) -> Bool {
        if StructuredFieldTokenizer.equalsIgnoringCase(word, "localhost") { return true }
        guard word.contains(0x2E), word.first != 0x2E else { return false }
        var hasLetter = false
        for byte in word {
            let lower = ASCII.lowercase(byte)
            if lower >= 0x61 && lower <= 0x7A {
                hasLetter = true
            } else if !((byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E || byte == 0x5F) {
                return false
            }
        }
        return hasLetter
    }

    /// Sets ``usedTLS`` and ``isAuthenticated`` from the protocol name.
    private mutating func readProtocolFlags() {
        guard let with else { return }
        switch with.uppercased() {
        case "ESMTPS", "LMTPS", "UTF8SMTPS", "SMTPS":
            usedTLS = true
        case "ESMTPA", "LMTPA", "UTF8SMTPA":
            isAuthenticated = true
        case "ESMTPSA", "LMTPSA", "UTF8SMTPSA":
            usedTLS = true
            isAuthenticated = true
        default:
            break
        }
    }

    /// Sets ``usedTLS`` and ``isAuthenticated`` from one comment (`TLS…`, `SSL…`, `authenticated`).
    private mutating func readFlags(comment: ArraySlice<UInt8>) {
        if !usedTLS, StructuredFieldTokenizer.containsIgnoringCase(comment, "tls")
            || StructuredFieldTokenizer.containsIgnoringCase(comment, "ssl") {
            usedTLS = true
        }
        if !isAuthenticated, StructuredFieldTokenizer.containsIgnoringCase(comment, "authenticated") {
            isAuthenticated = true
        }
    }
}
