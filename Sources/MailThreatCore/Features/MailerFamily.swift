/// The family of the program named by `X-Mailer` / `User-Agent`, without its version: what
/// kind of software sent the mail (a desktop client, a web mailer, a PHP script, a bulk
/// tool) generalises; the exact string does not.
enum MailerFamily {
    /// Substring (lower-case) → family, checked in order; the first match wins.
    static let patterns: [(String, String)] = [
        ("outlook express", "outlook_express"), ("windows live mail", "windows_mail"),
        ("windows mail", "windows_mail"), ("microsoft cdo", "cdo"), ("cdo for windows", "cdo"),
        ("outlook", "outlook"), ("microsoft office", "outlook"), ("thunderbird", "thunderbird"),
        ("seamonkey", "mozilla"), ("mozilla", "mozilla"), ("apple mail", "apple"), ("iphone mail", "apple"),
        ("ipad mail", "apple"), ("mutt", "mutt"), ("neomutt", "mutt"), ("gnus", "gnus"), ("kmail", "kmail"),
        ("evolution", "evolution"), ("sylpheed", "sylpheed"), ("claws", "sylpheed"), ("alpine", "pine"),
        ("pine", "pine"), ("the bat", "the_bat"), ("foxmail", "foxmail"), ("lotus notes", "lotus"),
        ("groupwise", "groupwise"), ("phpmailer", "phpmailer"), ("swiftmailer", "php"), ("php", "php"),
        ("mailchimp", "bulk"), ("sendgrid", "bulk"), ("sendblaster", "bulk"), ("atomic mail", "bulk"),
        ("group mail", "bulk"), ("mailking", "bulk"), ("massmail", "bulk"), ("bulk", "bulk"),
        ("roundcube", "webmail"), ("squirrelmail", "webmail"), ("horde", "webmail"), ("imp/", "webmail"),
        ("zimbra", "webmail"), ("rainloop", "webmail"), ("webmail", "webmail"), ("opera", "opera"),
        ("eudora", "eudora"), ("pegasus", "pegasus"), ("becky", "becky"), ("exmh", "exmh"),
        ("emacs", "emacs"), ("vm ", "emacs"), ("incredimail", "incredimail"), ("calypso", "calypso"),
        ("mailman", "list_manager"), ("ezmlm", "list_manager"), ("listserv", "list_manager"),
        ("sympa", "list_manager"), ("git-send-email", "git"), ("b4 ", "git"), ("aol", "aol"),
        ("yahoo", "yahoo"), ("hotmail", "hotmail"), ("msn", "hotmail"), ("gmail", "gmail"),
        ("android", "mobile"), ("ios", "mobile"), ("blackberry", "mobile"),
    ]

    /// The family name of a mailer string (`outlook`, `phpmailer`, `bulk`, …), `none` for an
    /// empty string, `other` when nothing matches.
    ///
    /// ```swift
    /// MailerFamily.name(of: "Microsoft Outlook Express 6.00.2600.0000")  // "outlook_express"
    /// ```
    static func name(of mailer: String) -> String {
        var mailer = mailer
        return mailer.withUTF8 { utf8 in
            let bytes = UnsafeBufferPointer(rebasing: utf8.prefix(256))
            guard bytes.contains(where: { $0 > 0x20 }) else { return "none" }
            let index = firstMatchingPattern(in: bytes)
            return index < patterns.count ? patterns[index].1 : "other"
        }
    }

    /// The index of the first of ``patterns`` found anywhere in `text` (compared
    /// case-insensitively), or `patterns.count`.
    ///
    /// One pass over the text: at each position only the patterns starting with that
    /// letter are tried, and only those earlier in the list than the best match so far.
    private static func firstMatchingPattern(in text: UnsafeBufferPointer<UInt8>) -> Int {
        var best = patterns.count
        let table = PatternTable.shared
        table.candidates.withUnsafeBufferPointer { candidates in
            table.candidateStart.withUnsafeBufferPointer { candidateStart in
                table.patternBytes.withUnsafeBufferPointer { patternBytes in
                    table.patternStart.withUnsafeBufferPointer { patternStart in
                        for position in 0..<text.count where best > 0 {
                            let first = Int(ASCII.lowercase(text[position]))
                            for slot in candidateStart[first]..<candidateStart[first + 1] {
                                let pattern = candidates[slot]
                                guard pattern < best else { break }
                                let start = patternStart[pattern]
                                let length = patternStart[pattern + 1] - start
                                guard length <= text.count - position else { continue }
                                var matched = 1
                                while matched < length
                                    && ASCII.lowercase(text[position + matched]) == patternBytes[start + matched] {
                                    matched += 1
                                }
                                if matched == length {
                                    best = pattern
                                    break
                                }
                            }
                        }
                    }
                }
            }
        }
        return best
    }

    /// ``patterns`` laid out for ``firstMatchingPattern(in:)``: all pattern bytes in one
    /// array, and the pattern indices grouped by first byte, ascending within a group.
    private struct PatternTable: Sendable {
        /// The bytes of every pattern, one after another.
        let patternBytes: [UInt8]
        /// Pattern `i` is `patternBytes[patternStart[i]..<patternStart[i + 1]]`.
        let patternStart: [Int]
        /// Pattern indices sorted by first byte, then index.
        let candidates: [Int]
        /// The patterns starting with byte `b` are `candidates[candidateStart[b]..<candidateStart[b + 1]]`.
        let candidateStart: [Int]

        static let shared = PatternTable()

        private init() {
            var bytes: [UInt8] = []
            var starts: [Int] = []
            for (pattern, _) in MailerFamily.patterns {
                starts.append(bytes.count)
                bytes.append(contentsOf: pattern.utf8)
            }
            starts.append(bytes.count)
            let order = MailerFamily.patterns.indices.sorted {
                let (left, right) = (bytes[starts[$0]], bytes[starts[$1]])
                return left != right ? left < right : $0 < $1
            }
            var groupStart = [Int](repeating: 0, count: 257)
            for index in order { groupStart[Int(bytes[starts[index]]) + 1] += 1 }
            for byte in 0..<256 { groupStart[byte + 1] += groupStart[byte] }
            patternBytes = bytes
            patternStart = starts
            candidates = order
            candidateStart = groupStart
        }
    }
}
