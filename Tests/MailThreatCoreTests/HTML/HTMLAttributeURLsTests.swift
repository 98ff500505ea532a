import Testing
@testable import MailThreatCore

/// Expected values were computed with CPython 3.11's `html.parser.HTMLParser(convert_charrefs=True)`
/// (href/src of start and self-closing tags, as the MIME-summary oracle collects them).
struct HTMLAttributeURLsTests {
    static let cases: [(String, [String])] = [
        ("<a HREF=\" http://x.example/?a=1&amp;b=2 \">x</a><!-- <img src=y> -->", ["http://x.example/?a=1&b=2"]),
        ("<a href=http://bare.example/path>t</a><img SRC='single.png'/><IMG src=\"dbl.png\" />",
         ["http://bare.example/path", "single.png", "dbl.png"]),
        ("<script>var s = \"<a href=nope>\";</script><a href=yes>", ["yes"]),
        ("<style>a{}</style ><img src=after-style>", ["after-style"]),
        ("<SCRIPT type=\"x\">document.write(\"<img src=z>\")</ScRiPt >< img src=no><img src=ok>", ["ok"]),
        ("<!DOCTYPE html><?xml version=\"1.0\"?><![CDATA[<a href=cdata>]]><a href=real>", ["real"]),
        ("<![if !mso]><a href=inside-if><![endif]>", ["inside-if"]),
        ("<![foo <a href=after-unknown-marked-section>", []),
        ("<a href=first><![ <a href=second>", ["first"]),
        ("<a href=\"unterminated", []),
        ("<a href=\"x\"", []),
        ("<!-- unclosed comment <a href=seen-after-gt> more", []),
        ("<a href = \"spaced\" src= 'also' HREF=dup>", ["spaced", "also", "dup"]),
        ("<a href=\"\t\n http://tab.example/\r\n a b \u{0}\">", ["http://tab.example/ a b"]),
        ("<a href=\"&#0;\">x</a><a href=\"&#1;\">y</a><a href=\"\">z</a><a href>w</a>", ["\u{FFFD}"]),
        ("<a href='&#x68;ttp://enc.example/&lt;&gt;'>", ["http://enc.example/<>"]),
        ("<a b='unclosed href=x>", []),
        ("<a href= 'unclosed>", []),
        ("<a href=='x'>", ["x"]),
        ("<a/href=slash>", ["slash"]),
        ("<a href=x/>", ["x/"]),
        ("<a href=\u{B}x>", ["x"]),
        ("<a\u{B}href=x>", []),
        ("<a\u{A0}href=x><a href=\u{3000}y\u{3000}>", ["y"]),
        ("</a href=end-tag><a href=\"ok\">", ["ok"]),
        ("<a href=x <b href=y>", ["x", "y"]),
        ("<a href=\"a\"href=\"b\">", ["a", "b"]),
        ("<p <a href=x>", ["x"]),
        ("<a href=x\u{0}y>", ["x\u{0}y"]),
        ("<svg><image href=\"svg.png\"/></svg><iframe src=\"frame.html\"></iframe><form action=\"ignored\">",
         ["svg.png", "frame.html"]),
        ("<a href=x>\n<a href=y", ["x"]),
    ]

    @Test func matchesPythonHTMLParser() {
        for (html, expected) in Self.cases {
            #expect(HTMLAttributeURLs.hrefAndSrc(html) == expected, "\(html)")
        }
    }

    @Test func stopsWherePythonRaisesOnHugeCharacterReference() {
        let digits = String(repeating: "1", count: 4_301)
        #expect(HTMLAttributeURLs.hrefAndSrc("<a href=before>&#\(digits); <a href=after>") == ["before"])
        #expect(HTMLAttributeURLs.hrefAndSrc("<a href=before><b title=\"&#\(digits);\"><a href=after>") == ["before"])
        let allowed = String(repeating: "1", count: 4_300)
        #expect(HTMLAttributeURLs.hrefAndSrc("&#\(allowed); <a href=after>") == ["after"])
    }

    @Test func comparisonValueTrimsAndDeletesControls() {
        #expect(HTMLAttributeURLs.comparisonValue(" \u{1}\thttp://a\n.b/\r \u{0}") == "http://a.b/")
        #expect(HTMLAttributeURLs.comparisonValue("\u{A0}x") == "\u{A0}x")
    }

    @Test func pathologicalInputsStayFast() {
        // Quadratic in CPython; must be linear here.
        let inputs = [
            String(repeating: "<a b='", count: 200_000), String(repeating: "<!--", count: 200_000),
            String(repeating: "<![CDATA[", count: 100_000), String(repeating: "<a ", count: 200_000),
            String(repeating: "<a b==", count: 200_000), "<a " + String(repeating: "b ", count: 200_000) + ">",
        ]
        let clock = ContinuousClock()
        for input in inputs {
            let elapsed = clock.measure { _ = HTMLAttributeURLs.hrefAndSrc(input) }
            #expect(elapsed < .seconds(5))
        }
    }
}
