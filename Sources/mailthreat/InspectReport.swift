import Foundation
import MailThreatCore

/// The human-readable structure of one message, for `mailthreat inspect`.
struct InspectReport {
    let path: String
    let message: ParsedMessage

    var text: String {
        var out = "== \(path)\n"
        let summary = MIMESummary(path: path, message: message)
        out += "Subject:    \(summary.subject ?? "(none)")\n"
        out += "From:       \(summary.from.map(Self.format).joined(separator: ", "))\n"
        if !summary.replyTo.isEmpty { out += "Reply-To:   \(summary.replyTo.map(Self.format).joined(separator: ", "))\n" }
        out += "To:         \(summary.to.map(Self.format).joined(separator: ", "))\n"
        if let date = summary.date { out += "Date:       \(Date(timeIntervalSince1970: TimeInterval(date))) (UTC)\n" }
        if let id = summary.messageID { out += "Message-ID: \(id)\n" }
        out += "MIME tree:\n"
        for part in message.parts {
            let indent = String(repeating: "  ", count: part.depth + 1)
            var line = "\(indent)[\(part.index)] \(part.mediaType)"
            if part.isLeaf {
                line += "  \(part.body.count) bytes"
                if part.transferEncoding != .sevenBit { line += ", \(part.transferEncoding)" }
                let sniffed = FileType.sniff(part.body)
                if sniffed != .unknown && sniffed != .text { line += ", looks like \(sniffed.rawValue)" }
            }
            out += line + "\n"
        }
        if !summary.urls.isEmpty {
            out += "URLs (\(summary.urls.count)):\n"
            for u in summary.urls.prefix(20) { out += "  \(u)\n" }
            if summary.urls.count > 20 { out += "  … \(summary.urls.count - 20) more\n" }
        }
        let content = MessageContent(message: message)
        if !content.attachments.isEmpty {
            out += "Attachments:\n"
            for a in content.attachments {
                let name = a.filename.isEmpty ? "(no name)" : a.filename
                out += "  \(name)  \(a.declaredType), \(a.size) bytes, sniffed \(a.sniffedType.rawValue)"
                out += a.isEmbedded ? ", embedded" : ""
                out += "  sha256 \(a.sha256.prefix(16))…\n"
            }
        }
        let anchors = content.links.filter { $0.source == .htmlAnchor && !$0.anchorText.isEmpty }
        if !anchors.isEmpty {
            out += "Link texts:\n"
            for l in anchors.prefix(10) { out += "  \"\(l.anchorText.prefix(60))\" -> \(l.url.prefix(100))\n" }
        }
        if !message.defects.isEmpty {
            out += "Defects:\n"
            for d in message.defects { out += "  \(d)\n" }
        }
        return out + "\n"
    }

    static func format(_ m: Mailbox) -> String { m.name.isEmpty ? m.address : "\(m.name) <\(m.address)>" }
}
