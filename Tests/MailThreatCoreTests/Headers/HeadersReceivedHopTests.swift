import Testing
@testable import MailThreatCore

/// `Received` fields in the shapes real MTAs write (samples written for these tests).
struct HeadersReceivedHopTests {
    private func parse(_ text: String) -> ReceivedHop { ReceivedHop.parse(Array(text.utf8)) }

    @Test func postfixWithTLSComment() {
        let hop = parse("from mail-yw1-f171.google.com (mail-yw1-f171.google.com [209.85.128.171]) "
                        + "(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)) "
                        + "(No client certificate requested) by mx.example.net (Postfix) with ESMTPS id 4QbX1x2y3z "
                        + "for <bob@example.net>; Mon, 5 Jun 2023 14:03:00 -0700 (PDT)")
        #expect(hop.from == "mail-yw1-f171.google.com")
        #expect(hop.fromRDNS == "mail-yw1-f171.google.com")
        #expect(hop.ip == "209.85.128.171")
        #expect(hop.by == "mx.example.net")
        #expect(hop.with == "ESMTPS")
        #expect(hop.id == "4QbX1x2y3z")
        #expect(hop.for == "bob@example.net")
        #expect(hop.date == MessageDate(timestamp: 1_685_998_980, utcOffsetSeconds: -25_200))
        #expect(hop.usedTLS)
        #expect(!hop.isAuthenticated)
    }

    @Test func postfixUnknownReverseDNS() {
        let hop = parse("from laptop.local (unknown [198.51.100.23]) by smtp.example.org (Postfix) with ESMTPSA id 1A2B3C; "
                        + "Tue, 6 Jun 2023 08:00:00 +0000 (UTC)")
        #expect(hop.from == "laptop.local")
        #expect(hop.fromRDNS == nil)
        #expect(hop.ip == "198.51.100.23")
        #expect(hop.isAuthenticated)
        #expect(hop.usedTLS)
    }

    @Test func gmailInternalHopWithIPv6By() {
        let hop = parse("by 2002:a05:6a10:8c4f:b0:3f5:1234:5678 with SMTP id x12csp1234567pxb; Mon, 5 Jun 2023 14:03:01 -0700 (PDT)")
        #expect(hop.from == nil)
        #expect(hop.by == "2002:a05:6a10:8c4f:b0:3f5:1234:5678")
        #expect(hop.with == "SMTP")
        #expect(hop.id == "x12csp1234567pxb")
        #expect(hop.date?.timestamp == 1_685_998_981)
    }

    @Test func gmailOutboundWithTrailingDotRDNS() {
        let hop = parse("from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx.google.com "
                        + "with SMTPS id a1sor123; Mon, 05 Jun 2023 14:03:00 -0700 (PDT)")
        #expect(hop.fromRDNS == "mail-sor-f41.google.com")
        #expect(hop.ip == "209.85.220.41")
        #expect(hop.usedTLS)
    }

    @Test func exchangeWithViaAndMultiWordProtocol() {
        let hop = parse("from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2091.outbound.protection.outlook.com "
                        + "[40.107.243.91]) by BN8NAM11FT045.mail.protection.outlook.com (10.13.177.47) with Microsoft SMTP Server "
                        + "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.6455.26 via Frontend Transport; "
                        + "Mon, 5 Jun 2023 21:03:00 +0000")
        #expect(hop.from == "NAM12-DM6-obe.outbound.protection.outlook.com")
        #expect(hop.fromRDNS == "mail-dm6nam12on2091.outbound.protection.outlook.com")
        #expect(hop.ip == "40.107.243.91")
        #expect(hop.by == "BN8NAM11FT045.mail.protection.outlook.com")
        #expect(hop.with == "Microsoft SMTP Server")
        #expect(hop.id == "15.20.6455.26")
        #expect(hop.via == "Frontend Transport")
        #expect(hop.usedTLS)
        #expect(hop.date?.timestamp == 1_685_998_980)
    }

    @Test func exchangeInternalBareIP() {
        let hop = parse("from EXCH01.corp.example.com (10.0.0.5) by EXCH02.corp.example.com (10.0.0.6) with Microsoft SMTP Server "
                        + "id 15.1.2507.23; Mon, 5 Jun 2023 14:03:00 +0000")
        #expect(hop.ip == "10.0.0.5")
        #expect(hop.fromRDNS == nil)
    }

    @Test func qmailForms() {
        let local = parse("(qmail 12345 invoked from network); 5 Jun 2023 14:03:00 -0000")
        #expect(local.from == nil)
        #expect(local.by == nil)
        #expect(local.date?.timestamp == 1_685_973_780)
        let uid = parse("(qmail 1234 invoked by uid 89); 5 Jun 2023 14:03:00 -0000")
        #expect(uid.from == nil)
        let smtp = parse("from unknown (HELO mail.example.com) (192.0.2.1) by mx.example.net with SMTP; 5 Jun 2023 14:03:00 -0000")
        #expect(smtp.from == "unknown")
        #expect(smtp.helo == "mail.example.com")
        #expect(smtp.ip == "192.0.2.1")
        #expect(smtp.with == "SMTP")
        let user = parse("from host.example.com (HELO host) (alice@203.0.113.9) by mail.example.net with ESMTPA; 5 Jun 2023 14:03:00 -0000")
        #expect(user.ip == "203.0.113.9")
        #expect(user.isAuthenticated)
    }

    @Test func sendmailWithAuthenticatedComment() {
        let hop = parse("from client.example.com (client.example.com [192.0.2.44]) (authenticated bits=0) "
                        + "by mx.example.org (8.14.4/8.14.4) with ESMTP id s5FE3x1a012345 "
                        + "(version=TLSv1/SSLv3 cipher=DHE-RSA-AES256-SHA bits=256 verify=NO) for <u@example.org>; "
                        + "Thu, 15 May 2014 10:03:59 -0400")
        #expect(hop.fromRDNS == "client.example.com")
        #expect(hop.ip == "192.0.2.44")
        #expect(hop.by == "mx.example.org")
        #expect(hop.id == "s5FE3x1a012345")
        #expect(hop.for == "u@example.org")
        #expect(hop.isAuthenticated)
        #expect(hop.usedTLS)
    }

    @Test func eximWithHeloAndIPv6() {
        let hop = parse("from [IPv6:2001:db8::1] (port=51234 helo=[IPv6:2001:db8::1]) by mail.example.org with esmtpsa "
                        + "(TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.96) (envelope-from <a@example.org>) id 1q6F0x-0001Ab-2C "
                        + "for b@example.net; Mon, 05 Jun 2023 14:03:00 +0200")
        #expect(hop.ip == "2001:db8::1")
        #expect(hop.helo == "[IPv6:2001:db8::1]")
        #expect(hop.with == "esmtpsa tls TLS_AES_256_GCM_SHA384")
        #expect(hop.for == "b@example.net")
        #expect(hop.usedTLS)
        #expect(hop.isAuthenticated == false)  // protocol text is multi-word here; no "authenticated" comment
        let plain = parse("from mx.sender.example ([198.51.100.7] helo=mx.sender.example) by mail.example.org with esmtp "
                          + "(Exim 4.94) id 1abcde-000123-45; Mon, 05 Jun 2023 14:03:00 +0200")
        #expect(plain.ip == "198.51.100.7")
        #expect(plain.helo == "mx.sender.example")
        #expect(plain.with == "esmtp")
    }

    @Test func coremailAndDomino() {
        let coremail = parse("from localhost (unknown [1.2.3.4]) by app1 (Coremail) with SMTP id AQAAfwD3_xyz for <a@b.cn>; "
                             + "Mon, 5 Jun 2023 22:03:00 +0800 (CST)")
        #expect(coremail.fromRDNS == nil)
        #expect(coremail.ip == "1.2.3.4")
        #expect(coremail.by == "app1")
        #expect(coremail.date?.timestamp == 1_685_973_780)
        let domino = parse("from notes.example.com ([10.1.1.1]) by domino.example.com (Lotus Domino Release 8.5.3FP6) "
                           + "with ESMTP id 2014060512345678-1234 ; Thu, 5 Jun 2014 12:34:56 +0200")
        #expect(domino.ip == "10.1.1.1")
        #expect(domino.with == "ESMTP")
        #expect(domino.id == "2014060512345678-1234")
        #expect(domino.date != nil)
    }

    @Test func toleratesJunk() {
        #expect(parse("") == ReceivedHop())
        let junk = parse("from (((( by ; ; ;")
        #expect(junk.date == nil)
        let semicolonInComment = parse("from a.example (b; c [192.0.2.9]) by d; 5 Jun 2023 14:03:00 +0000")
        #expect(semicolonInComment.ip == "192.0.2.9")
        #expect(semicolonInComment.date?.timestamp == 1_685_973_780)
    }
}
