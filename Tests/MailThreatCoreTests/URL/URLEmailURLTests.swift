import Testing
@testable import MailThreatCore

struct URLEmailURLTests {
    @Test func splitsAllParts() {
        let url = EmailURL("  HTTPS://user:pw@WWW.Example.co.uk:8443/a/b?x=1&y#frag \n")
        #expect(url.scheme == "https")
        #expect(url.userinfo == "user:pw")
        #expect(url.hasUserinfo)
        #expect(url.host == "www.example.co.uk")
        #expect(url.port == 8443)
        #expect(url.path == "/a/b")
        #expect(url.query == "x=1&y")
        #expect(url.fragment == "frag")
        #expect(url.hostKind == .domain)
        #expect(url.tld == "uk")
        #expect(url.registeredDomain == "example.co.uk")
        #expect(!url.isShortener && !url.isPunycode && !url.isMixedScript)
    }

    @Test func obfuscatedIPv4Hosts() {
        // WHATWG IPv4 parsing: 3232235777 = 0xC0A80101; 0300 = 192, 0250 = 168 (octal).
        let cases: [(String, EmailURLHostKind, String?)] = [
            ("http://3232235777/", .obfuscatedIPv4, "192.168.1.1"),
            ("http://0x7f.1/", .obfuscatedIPv4, "127.0.0.1"),
            ("http://0300.0250.1.1/", .obfuscatedIPv4, "192.168.1.1"),
            ("http://127.1", .obfuscatedIPv4, "127.0.0.1"),
            ("http://0x7F000001:80/", .obfuscatedIPv4, "127.0.0.1"),
            ("http://192.168.1.1./x", .ipv4, "192.168.1.1"),
            ("http://256.1.1.1/", .obfuscatedIPv4, nil),
            ("http://1.2.3.4.5/", .domain, nil),
            ("http://[2001:DB8::1]:8080/", .ipv6, nil),
            ("http://example.123/", .domain, nil),
        ]
        for (input, kind, address) in cases {
            let url = EmailURL(input)
            #expect(url.hostKind == kind, "\(input)")
            #expect(url.ipv4Address == address, "\(input)")
        }
        #expect(EmailURL("http://[2001:DB8::1]:8080/").host == "2001:db8::1")
        #expect(EmailURL("http://[2001:DB8::1]:8080/").port == 8080)
    }

    @Test func homographAndPunycodeSignals() {
        let punycode = EmailURL("http://xn--pypal-4ve.com/login")
        #expect(punycode.isPunycode)
        #expect(punycode.isMixedScript)
        #expect(Array((punycode.unicodeHost ?? "").unicodeScalars) == Array("p\u{430}ypal.com".unicodeScalars))
        #expect(punycode.registeredDomain == "xn--pypal-4ve.com")

        let unicode = EmailURL("http://p\u{430}ypal.com/")
        #expect(unicode.asciiHost == "xn--pypal-4ve.com")
        #expect(unicode.isPunycode && unicode.isMixedScript)

        #expect(!EmailURL("http://\u{43F}\u{440}\u{438}\u{43C}\u{435}\u{440}.\u{440}\u{444}/").isMixedScript)
        #expect(!EmailURL("http://\u{4F8B}\u{3048}\u{30C6}\u{30B9}\u{30C8}abc.jp/").isMixedScript)
    }

    @Test func browserStyleTolerance() {
        let backslashes = EmailURL("http:\\\\evil.example\\path")
        #expect(backslashes.host == "evil.example")
        #expect(backslashes.path == "\\path")
        #expect(EmailURL("https:/evil.example/x").host == "evil.example")
        #expect(EmailURL("//cdn.example/x.js").host == "cdn.example")
        #expect(EmailURL("//cdn.example/x.js").scheme == nil)
        #expect(EmailURL("www.Example.com/offer").host == "www.example.com")
        let encoded = EmailURL("http://%77%77%77.example.com/")
        #expect(encoded.host == "www.example.com")
        #expect(encoded.hasPercentEncodedHost)
        #expect(EmailURL("http://bank.example@203.0.113.7/").hostKind == .ipv4)
        #expect(EmailURL("http://host:99999/").hasInvalidPort)
        #expect(EmailURL("http://host:99999/").port == nil)
    }

    @Test func opaqueAndRelativeURLs() {
        let mail = EmailURL("mailto:someone@example.com?subject=hi")
        #expect(mail.scheme == "mailto")
        #expect(mail.host == nil)
        #expect(mail.hostKind == .none)
        #expect(mail.path == "someone@example.com")
        #expect(mail.query == "subject=hi")
        let relative = EmailURL("images/logo.png#x")
        #expect(relative.scheme == nil && relative.host == nil)
        #expect(relative.path == "images/logo.png")
        #expect(EmailURL("javascript:alert(1)").scheme == "javascript")
        #expect(EmailURL("").hostKind == .none)
        #expect(EmailURL("http://").host == nil)
    }

    @Test func shortenersAndRegisteredDomains() {
        #expect(EmailURL("https://bit.ly/3xyz").isShortener)
        #expect(EmailURL("http://www.tinyurl.com/abc").isShortener)
        #expect(!EmailURL("https://bitly.example.com/").isShortener)
        #expect(PublicSuffixList.registeredDomain(of: "login.secure.example.co.uk") == "example.co.uk")
        #expect(PublicSuffixList.registeredDomain(of: "a.b.example.com") == "example.com")
        #expect(PublicSuffixList.registeredDomain(of: "co.uk") == nil)
        #expect(PublicSuffixList.registeredDomain(of: "com") == nil)
        #expect(PublicSuffixList.registeredDomain(of: "shop.example.com.cn.") == "example.com.cn")
        #expect(PublicSuffixList.registeredDomain(of: "phish.github.io") == "phish.github.io")
        #expect(PublicSuffixList.publicSuffix(of: "x.unknowntld") == "unknowntld")
        #expect(PublicSuffixList.registeredDomain(of: "..com") == nil)
    }
}
