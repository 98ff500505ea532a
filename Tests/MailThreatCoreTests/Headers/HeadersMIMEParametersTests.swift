import Testing
@testable import MailThreatCore

/// README 4.3 and 5.2. Expected values were computed with the oracle's `parse_params`,
/// `norm_charset` and `_ctype_from_value`.
struct HeadersMIMEParametersTests {
    private func parse(_ text: String) -> MIMEParameters { MIMEParameters.parse(Array(text.utf8)) }

    @Test func splitsOutsideQuotesAndUnescapes() {
        let params = parse(#"multipart/mixed; boundary="=_a\"b;c"; x=1"#)
        #expect(params.value == "multipart/mixed")
        #expect(params.rawParameter("BOUNDARY") == Array(#"=_a"b;c"#.utf8))
        #expect(params.parameter("x") == "1")
        #expect(parse(#"a; x="\";" ; filename=z"#).parameter("x") == #"";"#)
        #expect(parse(#"a; x="\";" ; filename=z"#).parameter("filename") == "z")
        #expect(parse(#"a; filename="a\\""#).parameter("filename") == #"a\"#)
    }

    @Test func unquotedValuesKeepSpacesAndFirstPlainNameWins() {
        #expect(parse("application/octet-stream; name=foo bar.jpg").parameter("name") == "foo bar.jpg")
        #expect(parse(#"a; filename = " spaced " "#).parameter("filename") == " spaced ")
        #expect(parse("a; NAME=x; name=y").parameter("name") == "x")
        #expect(parse("a;;;b=c").parameter("b") == "c")
        #expect(parse(";x=y").value == "")
        #expect(parse("a ; =v; k").plainParameters.isEmpty)
    }

    @Test func rfc2231() {
        #expect(parse("attachment; filename*=utf-8''%C3%A9.txt").parameter("filename") == "é.txt")
        #expect(parse("attachment; filename*0*=utf-8'en'%C3; filename*1*=%A9; filename*2=x%41.txt")
                .parameter("filename") == "éx%41.txt")
        #expect(parse("a; filename*1=b; filename*0=a; filename*00=z").parameter("filename") == "ab")
        #expect(parse("a; filename*2=c; filename*10=k; filename*1=b").parameter("filename") == "bck")
        #expect(parse("a; NAME=x; name=y; name*=utf-8''z").parameter("name") == "z")
        #expect(parse("a; b*=iso-8859-1''%E9%80").parameter("b") == "é€")
        #expect(parse("a; filename*=%41%4").parameter("filename") == "A%4")
        #expect(parse(#"a; name*0="x"; name*1*=%41"#).parameter("name") == "xA")
    }

    @Test func encodedWordsInFileNames() {
        #expect(parse(#"inline; filename="=?utf-8?b?w6kudHh0?=""#).parameter("filename") == "é.txt")
        #expect(parse("attachment; name==?UTF-8?B?w6kudHh0?=").parameter("name") == "é.txt")
        #expect(parse("a; other==?UTF-8?B?w6kudHh0?=").parameter("other") == "=?UTF-8?B?w6kudHh0?=")
    }

    @Test func rawNonASCIIIsUTF8() {
        let value: [UInt8] = Array("a; filename=".utf8) + [0xC3, 0xA9] + Array(".txt".utf8)
        #expect(MIMEParameters.parse(value).parameter("filename") == "é.txt")
        #expect(MIMEParameters.parse(value).rawParameter("filename") == [0xC3, 0xA9] + Array(".txt".utf8))
    }

    @Test func boundaryLosesTrailingWhitespace() {
        #expect(parse(#"a; boundary="abc  ""#).boundary == Array("abc".utf8))
        #expect(parse(#"a; boundary="  ""#).boundary == nil)
        #expect(parse("a").boundary == nil)
    }

    @Test func declaredCharsetLabel() {
        #expect(parse(#"text/plain; charset="UTF-8""#).declaredCharset == "utf-8")
        #expect(parse("a; charset='gb2312'").declaredCharset == "gb2312")
        #expect(parse("a; charset=\"\"").declaredCharset == nil)
        #expect(CharsetLabel.declared(nil) == nil)
        #expect(CharsetLabel.declared(" \t'ISO-8859-1\" ") == "iso-8859-1")
    }

    @Test func contentTypeRegex() {
        #expect(ContentType.mediaType(Array("Text/HTML; charset=utf-8".utf8)) == "text/html")
        #expect(ContentType.mediaType(Array("(c) text / plain charset=x".utf8)) == "text/plain")
        #expect(ContentType.mediaType(Array(" (a)(b) multipart/mixed".utf8)) == "multipart/mixed")
        #expect(ContentType.mediaType(Array("x/y/z".utf8)) == "x/y")
        #expect(ContentType.parse(Array("text".utf8)) == nil)
        #expect(ContentType.parse(Array("(unclosed text/plain".utf8)) == nil)
        #expect(ContentType.parse(Array("text/plain(x)".utf8))! == ("text", "plain"))
    }

    @Test func contentDisposition() {
        #expect(ContentDisposition.parse(Array("INLINE; filename=a.txt".utf8)) == .inline)
        #expect(ContentDisposition.parse(Array("attachment".utf8)) == .attachment)
        #expect(ContentDisposition.parse(Array("form-data; name=x".utf8)) == .attachment)
        #expect(ContentDisposition.parse(Array("  ; filename=a".utf8)) == nil)
        #expect(ContentDisposition.parse([]) == nil)
    }
}
