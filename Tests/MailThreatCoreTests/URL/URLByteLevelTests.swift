import Testing
@testable import MailThreatCore

/// The byte-level host paths (``ByteStringSet``, the ASCII paths of ``PublicSuffixList``,
/// ``URLShorteners`` and ``EmailURL``) against values worked out from the rules by hand and
/// against the label-by-label `String` paths they replace.
struct URLByteLevelTests {
    @Test func byteStringSetMembership() {
        let set = ByteStringSet(["co.uk", "com.au", "t.co"])
        #expect(set.contains("co.uk"))
        #expect(set.contains("t.co"))
        #expect(set.contains("example.com.au".dropFirst(8)))
        #expect(!set.contains("CO.UK"))
        #expect(!set.contains("co.u"))
        #expect(!set.contains("co.ukk"))
        #expect(!set.contains(""))
        #expect(set.maximumLength == 6)
        let many = ByteStringSet((0..<500).map { (number: Int) in "label" + String(number) + ".tld" })
        for number in 0..<500 {
            let member = "label" + String(number) + ".tld"
            #expect(many.contains(member), "\(member)")
        }
        #expect(!many.contains("label500.tld"))
    }

    @Test func registeredDomainsOfTrickyHosts() {
        let cases: [(String, String?)] = [
            ("example.co.uk", "example.co.uk"),
            ("www.bbc.co.uk.", "bbc.co.uk"),          // one trailing dot ignored
            ("co.uk.", nil),                          // a public suffix
            ("co.uk", nil),
            ("a.blogspot.co.uk", "a.blogspot.co.uk"), // three-label rule
            ("blogspot.co.uk", nil),
            ("x.y.s3.amazonaws.com", "y.s3.amazonaws.com"),
            ("xn--bcher-kva.example", "xn--bcher-kva.example"),
            ("mail.xn--bcher-kva.com.br", "xn--bcher-kva.com.br"),
            ("192.168.1.1", "1.1"),                   // no IP knowledge: last label is the suffix
            (".example.com", "example.com"),
            ("example..com", nil),                    // empty label where the domain would be
            ("", nil),
            (".", nil),
            ("com..", nil),                           // last label empty after one dot dropped
            ("com", nil),
            ("a.b.c.d.e.f.example.com.au", "example.com.au"),
            ("EXAMPLE.CO.UK", "CO.UK"),               // rules are lower case; callers lower-case
            ("b\u{FC}cher.co.uk", "b\u{FC}cher.co.uk"),  // non-ASCII: the String path
        ]
        for (host, expected) in cases {
            #expect(PublicSuffixList.registeredDomain(of: host) == expected, "\(host)")
        }
        #expect(PublicSuffixList.publicSuffix(of: "a.b.co.uk") == "co.uk")
        #expect(PublicSuffixList.publicSuffix(of: "a.b.c") == "c")
        #expect(PublicSuffixList.publicSuffix(of: "co.uk") == "co.uk")
        #expect(PublicSuffixList.publicSuffix(of: "a.b.") == nil)
        #expect(PublicSuffixList.publicSuffix(of: "") == nil)
    }

    @Test func shortenersOnBytes() {
        #expect(URLShorteners.isShortener(host: "bit.ly"))
        #expect(URLShorteners.isShortener(host: "www.bit.ly."))
        #expect(URLShorteners.isShortener(host: "x.bit.ly"))        // by registered domain
        #expect(!URLShorteners.isShortener(host: "bit.ly.example.com"))
        #expect(!URLShorteners.isShortener(host: "www."))
        #expect(!URLShorteners.isShortener(host: "www.."))
        #expect(!URLShorteners.isShortener(host: "ly"))
        #expect(URLShorteners.isShortener(host: "www.t.co"))
    }

    @Test func emailURLHostsOnBothPaths() {
        let upper = EmailURL("http://WWW.Example.CO.UK./x")
        #expect(upper.host == "www.example.co.uk.")
        #expect(upper.asciiHost == "www.example.co.uk")
        #expect(upper.unicodeHost == "www.example.co.uk")
        #expect(upper.tld == "uk")
        #expect(upper.registeredDomain == "example.co.uk")
        #expect(upper.hostKind == .domain)

        let doubleDot = EmailURL("http://example.com../")
        #expect(doubleDot.asciiHost == "example.com.")
        #expect(doubleDot.tld == "com")
        #expect(doubleDot.registeredDomain == "example.com")

        // Only hex letters, digits and dots: the general path decides.
        let cafe = EmailURL("http://cafe.de/")
        #expect(cafe.hostKind == .domain && cafe.registeredDomain == "cafe.de" && cafe.tld == "de")
        let word = EmailURL("http://deadbeef/")
        #expect(word.hostKind == .domain && word.registeredDomain == nil && word.tld == "deadbeef")
        let number = EmailURL("http://0xDEADBEEF/")
        #expect(number.hostKind == .obfuscatedIPv4 && number.ipv4Address == "222.173.190.239")
        #expect(number.registeredDomain == nil && number.tld == nil)

        let punycode = EmailURL("http://shop.XN--P1AI/")
        #expect(punycode.isPunycode && punycode.tld == "xn--p1ai")
        #expect(punycode.registeredDomain == "shop.xn--p1ai")

        let encoded = EmailURL("http://%65xample.com/")
        #expect(encoded.hasPercentEncodedHost && encoded.registeredDomain == "example.com")

        let short = EmailURL("https://WWW.Bit.Ly/abc")
        #expect(short.isShortener && short.registeredDomain == "bit.ly")

        #expect(EmailURL("http://./").tld == nil)
        #expect(EmailURL("http://./").registeredDomain == nil)
        #expect(EmailURL("http://:80/").host == nil)
    }

    /// Random ASCII hosts over an alphabet rich in dots, `x`, `n`, `-` and suffix labels: the
    /// byte paths give what the `String` paths give.
    @Test func bytePathsAgreeWithStringPaths() {
        var random = ModelRandomGenerator(seed: 20_261_129)
        let pieces = ["a", "b", "x", "n", "-", ".", ".", "co", "uk", "com", "github", "io", "bit", "ly",
                      "www", "0", "1", "f", "xn--", "blogspot", "s3", "amazonaws", "g", "Q", "\r\n"]
        for _ in 0..<3_000 {
            let host = (0..<Int.random(in: 1...8, using: &random))
                .map { _ in pieces.randomElement(using: &random)! }.joined()
            let lowered = host.lowercased()
            #expect(PublicSuffixList.registeredDomain(of: lowered)
                    == PublicSuffixList.registeredDomainByLabels(of: lowered), "\(lowered)")
            #expect(PublicSuffixList.publicSuffix(of: lowered)
                    == PublicSuffixList.publicSuffixByLabels(of: lowered), "\(lowered)")
            #expect(URLShorteners.isShortener(host: lowered)
                    == URLShorteners.isShortenerByLabels(host: lowered), "\(lowered)")

            let url = EmailURL("http://" + host + "/p")
            guard url.hostKind == .domain, let name = url.host else { continue }
            var dotted = name
            if dotted.hasSuffix("."), dotted.count > 1 { dotted.removeLast() }
            let ascii = IDNA.asciiHost(dotted)
            #expect(url.asciiHost == ascii, "\(host)")
            #expect(url.unicodeHost == IDNA.unicodeHost(dotted), "\(host)")
            #expect(url.isPunycode == IDNA.hasPunycodeLabel(ascii ?? dotted), "\(host)")
            #expect(url.tld == ascii?.split(separator: ".").last.map(String.init), "\(host)")
            #expect(url.registeredDomain == ascii.flatMap { PublicSuffixList.registeredDomainByLabels(of: $0) },
                    "\(host)")
            #expect(url.isShortener == (ascii.map { URLShorteners.isShortenerByLabels(host: $0) } ?? false),
                    "\(host)")
        }
    }
}
