import Crypto

/// The MIME summary of one message: the comparison view defined by `../shared/tools/README.md`
/// (sections 3-7), which `mailthreat inspect --json` prints so that `mime-diff.py` can compare
/// this parser with CPython's `email` package.
///
/// This is deliberately the *schema's* reading, not the library's richest one: undeclared
/// 8-bit text is read as UTF-8, hosts stay as written, URLs come from `href`/`src` and plain
/// text only. ``MessageContent`` holds the library's own reading.
public struct MIMESummary: Sendable {
    /// One leaf in the summary.
    public struct Part: Sendable, Hashable {
        public var contentType: String
        public var charset: String?
        public var disposition: String?
        public var filename: String?
        public var size: Int?
        public var sha256: String?
    }

    public var path: String
    public var subject: String?
    public var from: [Mailbox]
    public var to: [Mailbox]
    public var cc: [Mailbox]
    public var replyTo: [Mailbox]
    public var date: Int64?
    public var messageID: String?
    public var parts: [Part]
    public var textSHA256: String?
    public var textLength: Int
    public var htmlSHA256: String?
    public var htmlLength: Int
    public var urls: [String]
    public var defects: Int
    public var error: String?

    /// Summarises a parsed message.
    public init(path: String, message: ParsedMessage) {
        self.path = path
        let headers = message.headers
        subject = headers.value("subject").map { TextNormalization.lineText(EncodedWords.decodeUnstructured($0)) }
        from = headers.value("from").map { AddressList.parse($0).mailboxes } ?? []
        to = headers.value("to").map { AddressList.parse($0).mailboxes } ?? []
        cc = headers.value("cc").map { AddressList.parse($0).mailboxes } ?? []
        replyTo = headers.value("reply-to").map { AddressList.parse($0).mailboxes } ?? []
        date = headers.value("date").flatMap { MessageDate.parse($0)?.timestamp }
        messageID = headers.value("message-id").flatMap { MessageID.parse($0) }
        defects = message.defects.count

        var parts: [Part] = []
        var text = ""
        var html = ""
        var hasText = false
        var hasHTML = false
        var urls = Set<String>()
        for leaf in message.leaves {
            let description = PartDescription(leaf)
            let charset = description.declaredCharset
            let disposition = description.disposition?.rawValue
            let filename = description.filename
            let opaque = leaf.isOpaqueMessageLeaf
            parts.append(Part(
                contentType: leaf.mediaType,
                charset: charset,
                disposition: disposition,
                filename: filename.isEmpty ? nil : filename,
                size: opaque ? nil : leaf.body.count,
                sha256: opaque ? nil : Self.hexSHA256(leaf.body)))
            guard !opaque, disposition != "attachment" else { continue }
            if leaf.mediaType == "text/plain" {
                let t = TextNormalization.bodyText(Charset.forLabel(charset ?? "").decode(leaf.body))
                text += t
                hasText = true
                for u in URLExtractor.plainTextURLs(t) {
                    if let n = URLNormalizer.comparisonForm(u) { urls.insert(n) }
                }
            } else if leaf.mediaType == "text/html" {
                let h = TextNormalization.bodyText(Charset.forLabel(charset ?? "").decode(leaf.body))
                html += h
                hasHTML = true
                for u in HTMLAttributeURLs.hrefAndSrc(h) where u.utf8.count >= 4 && u.prefix(4).lowercased() == "http" {
                    if let n = URLNormalizer.comparisonForm(u) { urls.insert(n) }
                }
            }
        }
        self.parts = parts
        textSHA256 = hasText ? Self.hexSHA256(Array(text.utf8)[...]) : nil
        textLength = hasText ? text.unicodeScalars.count : 0
        htmlSHA256 = hasHTML ? Self.hexSHA256(Array(html.utf8)[...]) : nil
        htmlLength = hasHTML ? html.unicodeScalars.count : 0
        self.urls = urls.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    static func hexSHA256(_ bytes: ArraySlice<UInt8>) -> String {
        let digest = SHA256.hash(data: bytes)
        return digest.map { byte in
            let s = String(byte, radix: 16)
            return byte < 16 ? "0" + s : s
        }.joined()
    }

    /// Writes the record as one JSON object (every key, nulls included) without a newline.
    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("path"); json.value(path)
        if let error { json.key("error"); json.value(error) }
        json.key("subject"); json.value(subject)
        for (key, list) in [("from", from), ("to", to), ("cc", cc), ("reply_to", replyTo)] {
            json.key(key)
            json.beginArray()
            for m in list {
                json.beginObject()
                json.key("name"); json.value(m.name)
                json.key("address"); json.value(m.address)
                json.endObject()
            }
            json.endArray()
        }
        json.key("date"); json.value(date)
        json.key("message_id"); json.value(messageID)
        json.key("parts")
        json.beginArray()
        for p in parts {
            json.beginObject()
            json.key("content_type"); json.value(p.contentType)
            json.key("charset"); json.value(p.charset)
            json.key("disposition"); json.value(p.disposition)
            json.key("filename"); json.value(p.filename)
            json.key("size"); json.value(p.size.map(Int64.init))
            json.key("sha256"); json.value(p.sha256)
            json.endObject()
        }
        json.endArray()
        json.key("text_sha256"); json.value(textSHA256)
        json.key("text_len"); json.value(textLength)
        json.key("html_sha256"); json.value(htmlSHA256)
        json.key("html_len"); json.value(htmlLength)
        json.key("urls")
        json.beginArray()
        for u in urls { json.value(u) }
        json.endArray()
        json.key("defects"); json.value(defects)
        json.endObject()
    }
}
