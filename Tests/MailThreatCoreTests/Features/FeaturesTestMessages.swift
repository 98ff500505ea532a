@testable import MailThreatCore

/// Small hand-made ``MessageContent`` records for the feature tests: one neutral business
/// message and one crafted lure per family. No corpus text is used.
enum FeaturesTestMessages {
    static func hop(_ text: String) -> ReceivedHop {
        ReceivedHop.parse(Array(text.utf8))
    }

    static func attachment(
        _ filename: String, declaredType: String = "application/octet-stream", bytes: [UInt8],
        isInline: Bool = false
    ) -> MessageContent.Attachment {
        MessageContent.Attachment(
            filename: filename, declaredType: declaredType, sniffedType: FileType.sniff(bytes[...]),
            size: bytes.count, sha256: "", isInline: isInline, partIndex: 1, isEmbedded: false, data: bytes[...])
    }

    /// A plain, authenticated note between colleagues with a PDF.
    static var neutral: MessageContent {
        var content = MessageContent()
        content.subject = "Minutes of the planning meeting"
        content.from = [Mailbox(name: "Alice Example", address: "alice@example.org")]
        content.to = [Mailbox(name: "Bob", address: "bob@example.org")]
        content.returnPath = "alice@example.org"
        content.hasDateField = true
        content.date = MessageDate(timestamp: 1_118_000_000, utcOffsetSeconds: 3_600)
        content.messageID = "1234@mail.example.org"
        content.mailer = "Mozilla Thunderbird 1.0.2"
        content.receivedHops = [
            hop("from mail.example.org (mail.example.org [192.0.2.7]) by mx.example.org (Postfix) with ESMTP id 4F1A2B for <bob@example.org>; Sun, 5 Jun 2005 21:33:20 +0100"),
        ]
        content.authenticationResults = [
            AuthenticationResults.parse(Array("mx.example.org; spf=pass smtp.mailfrom=example.org; dkim=pass header.d=example.org".utf8)),
        ]
        content.plainText = """
            Hi Bob,

            attached are the notes from Tuesday. The next meeting is on the 14th in room 3.
            See https://www.example.org/wiki/planning for the agenda.

            Regards,
            Alice
            """
        content.links = [MessageContent.Link(url: "https://www.example.org/wiki/planning", source: .plainText)]
        content.attachments = [attachment("notes.pdf", declaredType: "application/pdf", bytes: Array("%PDF-1.4\n1 0 obj".utf8))]
        content.leafTypes = ["text/plain", "application/pdf"]
        content.topLevelType = "multipart/mixed"
        content.headerNames = ["received", "from", "to", "subject", "date", "message-id", "list-id"]
        return content
    }

    /// A credential-phishing message exercising every family.
    static var phish: MessageContent {
        var content = MessageContent()
        content.subject = "URGENT: Verify your PayPal account now!"
        content.from = [Mailbox(name: "PayPal Security", address: "service12345@paypa1-secure.ru")]
        content.replyTo = [Mailbox(name: "", address: "paypal.help@gmail.com")]
        content.to = []
        content.returnPath = "bounce@bulk-sender.cn"
        content.hasDateField = true
        content.date = nil
        content.messageID = nil
        content.mailer = "PHPMailer 5.2.1 (phpmailer.sourceforge.net)"
        content.receivedHops = [
            hop("from relay.evil-host.example (unknown [198.51.100.23]) by mx2.collector.example with SMTP id ABC; Mon, 6 Jun 2005 10:00:00 +0000"),
            hop("from [10.1.2.3] (helo=user-pc) by relay.evil-host.example with esmtp; Mon, 6 Jun 2005 12:00:00 +0000"),
        ]
        content.authenticationResults = [
            AuthenticationResults.parse(Array("mx.collector.example; spf=fail smtp.mailfrom=paypa1-secure.ru; dkim=none".utf8)),
        ]
        content.htmlVisibleText = """
            Dear customer, your account has been suspended due to unusual activity. Click here to \
            verify your password within 24 hours or your account will be closed. 免费发票 ＦＲＥＥ \
            pay\u{200B}pal p\u{430}ypal
            """
        content.htmlLength = 6_000
        var html = HTMLContent()
        html.visibleText = content.htmlVisibleText
        html.hiddenText.hiddenCharacterCount = 300
        html.hiddenText.reasons = [.displayNone, .colorMatchesBackground]
        var form = HTMLForm(action: "http://198.51.100.23/login.php", method: "post")
        form.inputCount = 2
        form.passwordInputCount = 1
        form.textInputCount = 1
        html.forms = [form]
        html.counts.images = 1
        html.counts.scripts = 1
        content.htmlDocuments = [html]
        content.links = [
            MessageContent.Link(url: "http://198.51.100.23/paypal/login.php?email=victim@example.com",
                                anchorText: "https://www.paypal.com/signin", source: .htmlAnchor),
            MessageContent.Link(url: "http://paypal.com@xn--pypal-4ve.com/verify", anchorText: "Verify account",
                                source: .htmlAnchor),
            MessageContent.Link(url: "https://bit.ly/3xYz", anchorText: "Click here", source: .htmlAnchor),
            MessageContent.Link(url: "http://198.51.100.23/login.php", source: .htmlForm),
        ]
        content.attachments = [
            attachment("invoice.pdf.exe", bytes: [0x4D, 0x5A, 0x90, 0x00] + [UInt8](repeating: 0, count: 60)),
            attachment("statement.pdf", bytes: [0x4D, 0x5A, 0x90, 0x00] + [UInt8](repeating: 0, count: 60)),
            attachment("docs.zip", declaredType: "application/zip", bytes: zip(["readme.txt", "setup.exe"])),
            attachment("form.docm", bytes: Array("PK\u{3}\u{4}".utf8) + [UInt8](repeating: 0, count: 40)),
        ]
        content.leafTypes = ["text/html", "application/octet-stream", "application/octet-stream", "application/zip"]
        content.topLevelType = "multipart/mixed"
        content.defectKinds = [.invalidBase64, .invalidBase64, .closeBoundaryNotFound]
        content.hitLimit = true
        return content
    }

    /// A stored (uncompressed) ZIP archive with empty members of the given names, built from
    /// the APPNOTE layout: local headers, central directory, end record.
    static func zip(_ names: [String]) -> [UInt8] {
        func u16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
        func u32(_ value: Int) -> [UInt8] { u16(value & 0xFFFF) + u16(value >> 16 & 0xFFFF) }
        var bytes: [UInt8] = []
        var central: [UInt8] = []
        for name in names {
            let nameBytes = Array(name.utf8)
            let offset = bytes.count
            bytes += [0x50, 0x4B, 0x03, 0x04] + u16(20) + u16(0) + u16(0) + u16(0) + u16(0) + u32(0)
                + u32(0) + u32(0) + u16(nameBytes.count) + u16(0) + nameBytes
            central += [0x50, 0x4B, 0x01, 0x02] + u16(20) + u16(20) + u16(0) + u16(0) + u16(0) + u16(0)
                + u32(0) + u32(0) + u32(0) + u16(nameBytes.count) + u16(0) + u16(0) + u16(0) + u16(0)
                + u32(0) + u32(offset) + nameBytes
        }
        let centralOffset = bytes.count
        bytes += central
        bytes += [0x50, 0x4B, 0x05, 0x06] + u16(0) + u16(0) + u16(names.count) + u16(names.count)
            + u32(central.count) + u32(centralOffset) + u16(0)
        return bytes
    }
}
