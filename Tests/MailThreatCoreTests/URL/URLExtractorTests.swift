import Testing
@testable import MailThreatCore

struct URLExtractorTests {
    /// Expected values computed with the oracle's `TEXT_URL_RE` and `rstrip` (CPython 3.11).
    static let cases: [(String, [String])] = [
        ("see http://a.example/x). and HTTPS://b.example!", ["http://a.example/x", "HTTPS://b.example"]),
        ("xhttp://glued.example/path?q=1&r=2,", ["http://glued.example/path?q=1&r=2"]),
        ("http://", []),
        ("https://x.y/a'b')]", ["https://x.y/a'b"]),
        ("hTtPs://ok.example/\u{DC}nicode", ["hTtPs://ok.example/"]),
        ("http://a.b/c;:!?.,", ["http://a.b/c"]),
        ("httpss://no http:/no https://yes.example/#frag", ["https://yes.example/#frag"]),
        ("http://x.example/(paren)", ["http://x.example/(paren"]),
    ]

    @Test func plainTextURLsMatchTheContractRegex() {
        for (text, expected) in Self.cases {
            #expect(URLExtractor.plainTextURLs(text) == expected, "\(text)")
        }
    }

    @Test func libraryURLsAddBareWWWHosts() {
        #expect(URLExtractor.libraryURLs("visit www.example.com/offer, now or http://www.x.example/ and WWW.Shop.example.")
                == ["http://www.example.com/offer", "http://www.x.example/", "http://WWW.Shop.example"])
        #expect(URLExtractor.libraryURLs("mail@www.example.com x.www.example.com www.nodot") == [])
    }

    @Test func wwwFollowedOnlyByPunctuationIsNoURL() {
        for text in ["www..", "www.", "x www.)", "www.,;", "WWW.?!"] {
            #expect(URLExtractor.libraryURLs(text) == [], "\(text)")
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func garbageIsSafe(seed: UInt64) {
        var generator = ModelRandomGenerator(seed: seed)
        let alphabet = Array("hHtTpPsS:/w.W@x)]'?,é".utf8)
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0..<500, using: &generator)).map { _ in
                Bool.random(using: &generator) ? alphabet.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
            }
            let text = String(decoding: bytes, as: UTF8.self)
            for url in URLExtractor.plainTextURLs(text) + URLExtractor.libraryURLs(text) {
                #expect(url.lowercased().contains("://"))
                _ = URLNormalizer.comparisonForm(url)
                _ = EmailURL(url)
            }
            _ = EmailURL(text)
        }
    }
}
