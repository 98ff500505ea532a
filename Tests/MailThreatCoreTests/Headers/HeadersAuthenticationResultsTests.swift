import Testing
@testable import MailThreatCore

/// `Authentication-Results` (RFC 8601) in the shapes real receivers write (samples written for
/// these tests).
struct HeadersAuthenticationResultsTests {
    private func parse(_ text: String) -> AuthenticationResults { AuthenticationResults.parse(Array(text.utf8)) }

    @Test func gmailStyle() {
        let results = parse("mx.google.com; dkim=pass header.i=@example.com header.s=s1 header.b=AbCd; "
                            + "spf=pass (google.com: domain of x@example.com designates 192.0.2.1 as permitted sender) "
                            + "smtp.mailfrom=x@example.com; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com")
        #expect(results.authservID == "mx.google.com")
        #expect(results.results.map(\.method) == ["dkim", "spf", "dmarc"])
        #expect(results.result(for: "SPF") == "pass")
        #expect(results.results[0].property("header.i") == "@example.com")
        #expect(results.results[1].property("smtp.mailfrom") == "x@example.com")
        #expect(results.results[2].property("header.from") == "example.com")
    }

    @Test func microsoftStyleWithoutAuthservID() {
        let results = parse("spf=pass (sender IP is 192.0.2.1) smtp.mailfrom=example.com; dkim=fail (signature did not verify) "
                            + "header.d=example.com;dmarc=fail action=quarantine header.from=example.com;compauth=fail reason=000")
        #expect(results.authservID == nil)
        #expect(results.result(for: "dkim") == "fail")
        #expect(results.result(for: "dmarc") == "fail")
        #expect(results.results[2].property("action") == "quarantine")
        #expect(results.results[3].reason == "000")
    }

    @Test func arcInstanceVersionAndSpacing() {
        let results = parse("i=1; mx.microsoft.com 1; spf = softfail smtp.mailfrom=a.example; arc=none; "
                            + "dkim/1=neutral (no key) header.d=\"b.example\"")
        #expect(results.instance == 1)
        #expect(results.authservID == "mx.microsoft.com")
        #expect(results.result(for: "spf") == "softfail")
        #expect(results.result(for: "arc") == "none")
        #expect(results.result(for: "dkim") == "neutral")
        #expect(results.results[2].property("header.d") == "b.example")
    }

    @Test func noneAndJunk() {
        let none = parse("mx.example.org 1; none")
        #expect(none.authservID == "mx.example.org")
        #expect(none.results.isEmpty)
        #expect(parse("") == AuthenticationResults())
        #expect(parse(";;=;(((").results.isEmpty)
        #expect(parse("x; SPF=PASS").result(for: "spf") == "pass")
    }
}
