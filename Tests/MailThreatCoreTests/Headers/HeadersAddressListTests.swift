import Testing
@testable import MailThreatCore

/// README 4.4. Expected values were computed with CPython 3.11's `email.headerregistry`
/// (and `email.utils.getaddresses` where it raises) through the MIME-summary oracle.
struct HeadersAddressListTests {
    private func parse(_ text: String) -> AddressList { AddressList.parse(Array(text.utf8)) }

    private func pairs(_ text: String) -> [[String]] {
        parse(text).mailboxes.map { [$0.name, $0.address] }
    }

    @Test func quotedNameWithComma() {
        #expect(pairs(#""Doe, Jane" <Jane.Doe@Example.COM>"#) == [["Doe, Jane", "jane.doe@example.com"]])
    }

    @Test func unquotedCommaSplitsTwoMailboxes() {
        #expect(pairs("Smith, John <j@x.org>") == [["", "smith"], ["John", "j@x.org"]])
    }

    @Test func commentsAreNotNames() {
        #expect(pairs("a@b (John)") == [["", "a@b"]])
        #expect(pairs("(only a comment)") == [])
    }

    @Test func barePhraseBecomesLocalPart() {
        #expect(pairs("John Doe") == [["", "john doe"]])
    }

    @Test func quotedLocalPartIsUnquoted() {
        #expect(pairs(#""a b"@c.d"#) == [["", "a b@c.d"]])
        #expect(pairs(#""\"q\"" <q@x.org>"#) == [[#""q""#, "q@x.org"]])
    }

    @Test func groupsAreFlattened() {
        #expect(pairs("undisclosed-recipients:;") == [])
        #expect(parse("undisclosed-recipients:;").groupNames == ["undisclosed-recipients"])
        #expect(pairs("Team: alice@x.org, Bob <bob@y.org>;") == [["", "alice@x.org"], ["Bob", "bob@y.org"]])
    }

    @Test func semicolonOutsideGroupEndsTheList() {
        #expect(pairs("a@b.org; c@d.org") == [["", "a@b.org"]])
    }

    @Test func obsoleteRouteIsSkipped() {
        #expect(pairs("<@relay1.org,@relay2.org:user@final.org>") == [["", "user@final.org"]])
    }

    @Test func encodedWordsInDisplayNames() {
        #expect(pairs("=?utf-8?q?Andr=C3=A9?= <andre@x.org>") == [["André", "andre@x.org"]])
        #expect(pairs(#""=?utf-8?q?Andr=C3=A9?= M" <andre@x.org>"#) == [["André M", "andre@x.org"]])
        #expect(pairs("=?utf-8?q?a?= =?utf-8?q?b?= <ab@x.org>") == [["ab", "ab@x.org"]])
        // Not at the start of a word: literal.
        #expect(pairs("a=?utf-8?q?x?= <a@b.org>") == [["a=?utf-8?q?x?=", "a@b.org"]])
    }

    @Test func addressIsLowerCasedWithFullUnicodeMapping() {
        #expect(pairs("ÉCOLE@Example.ORG") == [["", "école@example.org"]])
        #expect(pairs("ΟΔΥΣΣΕΥΣ@x.gr") == [["", "οδυσσευς@x.gr"]])  // final sigma
        #expect(pairs(#""Ünïcödé Näme" <U@X.ORG>"#) == [["Ünïcödé Näme", "u@x.org"]])
    }

    @Test func rawBytesInNamesAreUTF8() {
        let value: [UInt8] = Array("Jos".utf8) + [0xC3, 0xA9] + Array(" <jose@x.org>".utf8)
        #expect(AddressList.parse(value).mailboxes == [Mailbox(name: "José", address: "jose@x.org")])
    }

    @Test func emptyEntriesAreDropped() {
        #expect(pairs("<>") == [])
        #expect(pairs("Name <>") == [["Name", ""]])
        #expect(pairs("A <a@b.org>, , B <b@c.org>") == [["A", "a@b.org"], ["B", "b@c.org"]])
        #expect(pairs("") == [])
    }

    @Test func toleratesMissingClosers() {
        #expect(pairs("x <a@b.org") == [["x", "a@b.org"]])
        #expect(pairs(#""unterminated <a@b.org>"#) == [["", "unterminated <a@b.org>"]])
    }

    @Test func fallsBackWhereCPythonRaises() {
        let dotBeforeAngle = parse("John Q.<j@x.org>")
        #expect(dotBeforeAngle.usedFallback)
        #expect(dotBeforeAngle.mailboxes == [Mailbox(name: "John Q.", address: "j@x.org")])
        #expect(parse("john@").usedFallback)
        #expect(parse("john@").mailboxes.isEmpty)
        #expect(pairs("a@[1.2") == [["", "a@[1.2]"]])
        #expect(pairs("Grp:a@b.org;junk") == [["", "a@b.org"], ["", "junk"]])
        #expect(pairs("Team: alice@x.org, Bob <bob@y.org>; carol@z.org")
                == [["", "alice@x.org"], ["Bob", "bob@y.org"], ["", "carol@z.org"]])
        #expect(!parse("Mr. Smith <s@x.org>").usedFallback)
    }

    @Test func reportsDefects() {
        #expect(parse("john doe, <x@y.org>").defects.contains(.missingDomain))
        #expect(parse("<a@b.org> junk").defects.contains(.invalidEntry))
        #expect(parse("a@b.org").defects.isEmpty)
    }

    @Test func mailboxDomain() {
        #expect(Mailbox(name: "", address: "a@b@c.org").domain == "c.org")
        #expect(Mailbox(name: "", address: "local").domain == nil)
    }
}

/// The simple-shape fast path must agree with the full grammar port.
struct HeadersSimpleAddressListTests {
    @Test func fastPathAgreesWithGrammar() {
        let simple = [
            "a@b.org", "Jane.Doe@Example.COM", #""Doe, Jane" <jane@x.org>"#, "John Doe <j.d@x-y.org>",
            "John\t\tDoe<a@b.org>", "a@b.org ,c@d.org", #""q, r" <q@r.org>,t@u.org"#, #""" <a@b.org>"#,
            "O'Brien <ob@x.ie>", "a_b+c@d-e.org", "\"a\tb\" <c@d.org>",
            "a@b.org (c)", "tim.one@comcast.net (Tim Peters), <x@y.org>", "<a@b.org>", "<a@b.org>,<c@d.org>",
            "Free Calls! <info@x.com>", "Who? <a@b.org>", "bounce-a=b.org#3@x.com", "a@b.org ( )",
        ]
        for text in simple {
            let value = Array(text.utf8)
            #expect(SimpleAddressList.parse(value) != nil, "\(text) should take the fast path")
            #expect(AddressList.parse(value) == AddressList.parseWithGrammar(value), "\(text)")
        }
        let notSimple = ["a@b.org (c (d))", "a@b.org (c\\)", "a@b.org (=?utf-8?q?x?=)", "a@b.org (c",
                         "x=?y <a@b.org>", "a=?b@c.org", "<a@b.org> (c)", "<>", "", "Mr. X <a@b.org>", "=?utf-8?q?x?= <a@b.org>", #""a\"b" <c@d.org>"#,
                         "a@b.org,", ", a@b.org", "a@b.", "a..b@c.org", "G: a@b.org;", "a@b.org; c@d.org",
                         "< a@b.org>", "x <a@b.org> y"]
        for text in notSimple {
            #expect(SimpleAddressList.parse(Array(text.utf8)) == nil, "\(text) must use the full grammar")
        }
        let eightBit: [UInt8] = Array("J".utf8) + [0xC3, 0xB6] + Array("rg <j@x.de>".utf8)
        #expect(SimpleAddressList.parse(eightBit) != nil)
        #expect(AddressList.parse(eightBit) == AddressList.parseWithGrammar(eightBit))
    }
}
