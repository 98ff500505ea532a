/// The family of the program named by `X-Mailer` / `User-Agent`, without its version: what
/// kind of software sent the mail (a desktop client, a web mailer, a PHP script, a bulk
/// tool) generalises; the exact string does not.
enum MailerFamily {
    /// Substring (lower-case) → family, checked in order; the first match wins.
    private static let patterns: [(String, String)] = [
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
        let trimmed = mailer.utf8.prefix(256)
        guard trimmed.contains(where: { $0 > 0x20 }) else { return "none" }
        let lowered = ArraySlice(trimmed.map(ASCII.lowercase))
        for (pattern, family) in patternBytes where ByteSearch.contains(lowered, pattern) {
            return family
        }
        return "other"
    }

    /// ``patterns`` as bytes.
    private static let patternBytes: [([UInt8], String)] = patterns.map { (Array($0.0.utf8), $0.1) }
}
