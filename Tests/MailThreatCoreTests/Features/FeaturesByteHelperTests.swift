import Testing
@testable import MailThreatCore

/// The byte-level helpers of the feature families: address domains, the small string map,
/// and the words of link hosts and paths.
struct FeaturesByteHelperTests {
    /// The `Character`-level reading the byte search must equal.
    private func characterSearch(_ address: String) -> Substring? {
        guard let at = address.lastIndex(of: "@") else { return nil }
        return address[address.index(after: at)...]
    }

    @Test func addressDomains() {
        #expect(Mailbox.domain(of: "a@b@Example.com") == "Example.com")
        #expect(Mailbox.domain(of: "postmaster") == nil)
        #expect(Mailbox.domain(of: "user@") == "")
        #expect(Mailbox.domain(of: "@x") == "x")
        #expect(Mailbox.domain(of: "j\u{FC}rgen@b\u{FC}cher.de") == "b\u{FC}cher.de")
        // An `@` with a combining mark is no `@` character: the earlier one counts.
        #expect(Mailbox.domain(of: "x@y@\u{301}z") == "y@\u{301}z")
        for address in ["a@b.c", "no-at", "a@b@c", "\u{E9}@\u{E9}.fr", "x@y@\u{301}z", "", "@", "a\r\n@b"] {
            #expect(Mailbox.domain(of: address) == characterSearch(address), "\(address)")
        }
    }

    @Test func smallStringMapBothParts() {
        var map = SmallStringMap<String, Int>()
        #expect(map["a"] == nil)
        for number in 0..<20 { map.insert(number, for: "key\(number)") }
        #expect(map.count == 20)
        for number in 0..<20 {
            let key = "key" + String(number)
            #expect(map[key] == number, "\(key)")
        }
        #expect(map["key20"] == nil)
        // String equality: a precomposed key is found by its decomposed spelling, in the
        // linear part and in the dictionary part alike.
        var unicode = SmallStringMap<String, Int>()
        unicode.insert(1, for: "caf\u{E9}")
        for number in 0..<10 { unicode.insert(number + 10, for: "pad\(number)") }
        unicode.insert(2, for: "r\u{E9}sum\u{E9}")
        #expect(unicode["cafe\u{301}"] == 1)
        #expect(unicode["re\u{301}sume\u{301}"] == 2)
    }

    @Test func subdomainWords() {
        #expect(LinkTarget(url: "http://secure-login.paypal.account.example.co.uk/x").subdomainWords
                == ["secure", "login", "paypal", "account"])
        #expect(LinkTarget(url: "http://www.a1.b.example.com/").subdomainWords == [])
        #expect(LinkTarget(url: "http://WWW.Mail.Example.com/").subdomainWords == ["mail"])
        // Six labels at most (`a1` is one, though it has no word).
        #expect(LinkTarget(url: "http://a1.bb.cc.dd.ee.ff.gg.hh.example.com/").subdomainWords
                == ["bb", "cc", "dd", "ee", "ff"])
        #expect(LinkTarget(url: "http://x..yy.example.com/").subdomainWords == ["yy"])
        #expect(LinkTarget(url: "http://example.com/").subdomainWords == [])
        #expect(LinkTarget(url: "http://10.0.0.1/").subdomainWords == [])
        // An IDN host is read in its ASCII (xn--) form.
        #expect(LinkTarget(url: "http://login.b\u{FC}cher.de/").subdomainWords == ["login"])
    }

    @Test func pathWords() {
        let target = LinkTarget(url: "http://e.com/Login/verify-Account/abc1/x%41yz/ok/index.PHP?q=word")
        #expect(target.pathWords(limit: 6) == ["login", "verify", "account", "index", "php"])
        #expect(target.pathWords(limit: 2) == ["login", "verify"])
        let twenty = String(repeating: "a", count: 20)
        let long = LinkTarget(url: "http://e.com/\(twenty)/\(twenty)b/\u{E9}t\u{E9}/end")
        #expect(long.pathWords(limit: 6) == [twenty, "end"])
    }

    @Test func quickSplitMatchesTheFullParse() {
        let split = LinkTarget.quickSplit("HTTPS://Host.com:80/a/b?x=1?y#frag?z")
        #expect(split?.origin == "HTTPS://Host.com:80")
        #expect(split?.path == "/a/b")
        #expect(split?.query == "x=1?y")
        #expect(LinkTarget.quickSplit("http://a b/") == nil)
        #expect(LinkTarget.quickSplit("http:///x") == nil)
        #expect(LinkTarget.quickSplit("ftp://example.com/") == nil)
        let urls = ["http://e.com", "http://e.com?", "http://e.com#x?y", "https://u@e.com:1/p/q?r#s",
                    "http://e.com/p?", "HTTP://E.COM/P?Q=%40", "http://e.com/?a#"]
        for url in urls {
            guard let split = LinkTarget.quickSplit(url) else {
                Issue.record("no split: \(url)")
                continue
            }
            let full = LinkTarget(url: url)
            #expect(split.path == full.path, "\(url)")
            #expect(split.query == full.query, "\(url)")
        }
    }
}
