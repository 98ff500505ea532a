import Crypto

extension MessageContent {
    /// Reads the library view of a parsed message.
    ///
    /// Header fields written after delivery (``PostDeliveryHeaders``) and the top-most
    /// `Received` field (the collector's own hop) are never read, so stripping them cannot change
    /// anything downstream.
    ///
    /// Text parts and header values beyond `limits` are read in part (see ``ContentLimits``).
    ///
    /// ```swift
    /// let content = MessageContent(message: MIMEParser().parse(bytes))
    /// print(content.subject, content.links.count, content.attachments.map(\.filename))
    /// ```
    public init(message: ParsedMessage, limits: ContentLimits = .default) {
        self.init()
        // One pass over the top-level fields: skip post-delivery ones, keep the first of each
        // field the reader uses (as CPython's accessors do) and every Received/Authentication-Results.
        var firsts = [HeaderField?](repeating: nil, count: ContentHeaderName.allCases.count)
        var receivedValues: [[UInt8]] = []
        var sawTopReceived = false
        let fields = message.headers
        var visible: [Int] = []
        visible.reserveCapacity(fields.count)
        for index in fields.indices where !PostDeliveryHeaders.contains(nameBytes: fields[index].nameBytes) {
            visible.append(index)
            let field = fields[index]
            guard let kind = ContentHeaderName.classify(field.nameBytes) else { continue }
            switch kind {
            case .received:
                // The top-most hop is the collector's own: never read.
                if sawTopReceived { receivedValues.append(field.unfoldedValue) } else { sawTopReceived = true }
            case .authenticationResults:
                authenticationResults.append(AuthenticationResults.parse(field.unfoldedValue))
            default:
                if firsts[kind.rawValue] == nil { firsts[kind.rawValue] = field }
            }
        }
        var cutHeader = false
        func first(_ kind: ContentHeaderName, atComma: Bool = false) -> [UInt8]? {
            guard let value = firsts[kind.rawValue]?.unfoldedValue else { return nil }
            let isRecipientList = kind == .to || kind == .cc
            let limit = isRecipientList ? limits.maxRecipientListBytes : limits.maxHeaderValueBytes
            let bounded = ContentLimits.bounded(value, limit: limit, atComma: atComma)
            if bounded.cut { cutHeader = true }
            return bounded.value
        }
        func mailboxes(_ kind: ContentHeaderName) -> [Mailbox] {
            first(kind, atComma: true).map { AddressList.parse($0).mailboxes } ?? []
        }

        subject = first(.subject).map { TextNormalization.lineText(EncodedWords.decodeUnstructured($0)) } ?? ""
        from = mailboxes(.from)
        replyTo = mailboxes(.replyTo)
        sender = mailboxes(.sender)
        to = mailboxes(.to)
        cc = mailboxes(.cc)
        returnPath = mailboxes(.returnPath).first?.address ?? ""
        if let dateValue = first(.date) {
            hasDateField = true
            date = MessageDate.parse(dateValue)
        }
        messageID = first(.messageID).flatMap(MessageID.parse)
        if let m = first(.xMailer) ?? first(.userAgent) {
            mailer = TextNormalization.lineText(EncodedWords.decodeUnstructured(m))
        }
        receivedStorage = .fields(receivedValues)
        headerStorage = .visible(fields, visible)
        topLevelType = message.parts[0].mediaType
        defectKinds = message.defects.map(\.kind)
        exceededContentLimits = cutHeader

        var plainChunks: [String] = []
        var htmlChunks: [String] = []
        for leaf in message.leaves {
            leafTypes.append(leaf.mediaType)
            if leaf.isOpaqueMessageLeaf { continue }
            let description = PartDescription(leaf)
            let isAttachment = description.disposition == .attachment
            let filename = description.filename
            if !isAttachment && (leaf.mediaType == "text/plain" || leaf.mediaType == "text/html") && filename.isEmpty {
                var body = leaf.body
                if body.count > max(0, limits.maxTextPartBytes) {
                    body = body.prefix(max(0, limits.maxTextPartBytes))
                    exceededContentLimits = true
                }
                let text = Self.decodeText(body, label: description.declaredCharset)
                if leaf.mediaType == "text/plain" {
                    plainChunks.append(text)
                    for url in URLExtractor.plainTextURLs(text) {
                        links.append(Link(url: url, source: .plainText))
                    }
                    for block in UUDecoder.blocks(in: leaf.body) {
                        attachments.append(Self.attachment(name: block.name, declaredType: "application/octet-stream",
                                                           data: block.data[...], inline: false, part: leaf.index, embedded: true))
                    }
                } else {
                    let document = HTMLScanner.scan(text)
                    htmlLength += text.utf8.count
                    htmlChunks.append(document.visibleText)
                    htmlDocuments.append(document)
                    for l in document.links { links.append(Link(url: l.href, anchorText: l.text, source: .htmlAnchor)) }
                    for image in document.images {
                        if let src = image.src, !src.isEmpty { links.append(Link(url: src, source: .htmlImage)) }
                    }
                    for form in document.forms {
                        if let action = form.action, !action.isEmpty { links.append(Link(url: action, source: .htmlForm)) }
                    }
                }
                continue
            }
            let a = Self.attachment(name: filename, declaredType: leaf.mediaType, data: leaf.body,
                                    inline: !isAttachment, part: leaf.index, embedded: false)
            attachments.append(a)
            if a.sniffedType == .tnef || leaf.mediaType == "application/ms-tnef" {
                for file in TNEFReader.files(in: leaf.body).files {
                    attachments.append(Self.attachment(name: file.name, declaredType: "application/octet-stream",
                                                       data: file.data[...], inline: false, part: leaf.index, embedded: true))
                }
            }
        }
        hitLimit = message.hitLimit || exceededContentLimits
        plainText = plainChunks.joined(separator: "\n")
        htmlVisibleText = htmlChunks.joined(separator: "\n")
    }

    /// Decodes body text with its declared charset; undeclared 8-bit text is charset-detected
    /// (UTF-8 first). Body-text normalisation is applied.
    static func decodeText(_ bytes: ArraySlice<UInt8>, label: String?) -> String {
        let charset: Charset
        if let label, label != "us-ascii", label != "ascii" {
            charset = Charset.forLabel(label)
        } else if bytes.contains(where: { $0 >= 0x80 }) {
            charset = bytes.withUnsafeBytes { CharsetDetector.guess($0) }
        } else {
            charset = .utf8
        }
        return TextNormalization.bodyText(charset.decode(bytes))
    }

    static func attachment(name: String, declaredType: String, data: ArraySlice<UInt8>, inline: Bool,
                           part: Int, embedded: Bool) -> Attachment {
        Attachment(filename: name, declaredType: declaredType, sniffedType: FileType.sniff(data), size: data.count,
                   sha256: MIMESummary.hexSHA256(data), isInline: inline, partIndex: part, isEmbedded: embedded,
                   data: data)
    }
}
