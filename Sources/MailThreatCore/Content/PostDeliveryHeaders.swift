/// Header fields written after delivery (by the recipient's mailbox, client, filters or final
/// MTA), which a gateway never sees and which leak the collector and often the label.
///
/// The list mirrors `../shared/corpora/post-delivery.txt` (one case-insensitive regular
/// expression per field name there; here the same names as exact names, prefixes and
/// substrings). ``MessageContent`` never reads these fields, and ``strip(_:)`` removes them
/// (plus the top-most `Received` field) for the invariance test: a verdict must not change when
/// they are removed.
public enum PostDeliveryHeaders {
    /// Field names matched exactly (lower-case).
    static let exact: Set<String> = [
        "status", "x-status", "x-keywords", "x-uid", "x-uidl", "x-sluidl", "x-imap", "x-gmail-labels",
        "content-length", "lines", "x-spam", "x-spamadvice", "x-bogosity", "x-rav-antivirus",
        "x-sohu-antivirus", "x-scanned-by", "x-scanresult", "x-scanvirus", "x-eyou-spamvalue",
        "x-greylist", "x-sieve", "dkim-filter", "delivered-to", "x-delivered-to", "x-original-to",
        "delivery-date", "envelope-to", "x-envelope-to", "x-forwarded-to", "x-forwarded-for",
        "x-apparently-to", "x-authentication-warning",
    ]
    /// Field-name prefixes (lower-case): `x-spam-` stands for `x-spam-.*` and so on.
    static let prefixes: [String] = [
        "x-mozilla-status", "x-evolution", "x-gm-", "x-spam-", "x-spamcop-", "x-dspam-", "x-razor",
        "x-virus-", "x-antivirus", "x-infosec-pku-scanner", "x-qmail-scanner-", "x-sa-exim-", "x-junk",
        "x-foff-", "x-spamd-", "x-rspamd-", "x-ms-exchange-organization-", "x-microsoft-antispam",
        "x-forefront-antispam-report",
    ]
    /// Substrings anywhere in the name.
    static let substrings: [String] = ["mailscanner"]

    /// ``exact`` as bytes, grouped by length: `exactByLength[n]` holds the names of `n` bytes.
    private static let exactByLength: [[[UInt8]]] = {
        let names = exact.map { Array($0.utf8) }
        var table = [[[UInt8]]](repeating: [], count: (names.map(\.count).max() ?? 0) + 1)
        for name in names { table[name.count].append(name) }
        return table
    }()
    private static let prefixBytes: [[UInt8]] = prefixes.map { Array($0.utf8) }
    private static let substringBytes: [[UInt8]] = substrings.map { Array($0.utf8) }

    /// True when a field of this name is written after delivery. `name` may be in any case.
    public static func contains(_ name: String) -> Bool {
        contains(nameBytes: Array(name.utf8)[...])
    }

    /// True when a field whose name has these bytes is written after delivery (any case).
    ///
    /// Called for every header field of every message, so it compares bytes in place: no
    /// lower-cased copy, no hashing.
    public static func contains(nameBytes: ArraySlice<UInt8>) -> Bool {
        if nameBytes.count < exactByLength.count {
            for name in exactByLength[nameBytes.count] where equalsIgnoringCase(nameBytes, name) { return true }
        }
        if let first = nameBytes.first, first | 0x20 == UInt8(ascii: "x") {
            for prefix in prefixBytes where prefix.count <= nameBytes.count {
                if equalsIgnoringCase(nameBytes.prefix(prefix.count), prefix) { return true }
            }
        }
        for needle in substringBytes where nameBytes.count >= needle.count {
            var start = nameBytes.startIndex
            while start <= nameBytes.endIndex - needle.count {
                if equalsIgnoringCase(nameBytes[start..<(start + needle.count)], needle) { return true }
                start += 1
            }
        }
        return false
    }

    /// `bytes` equals `lowercase` (lower-case ASCII) ignoring ASCII case.
    private static func equalsIgnoringCase(_ bytes: ArraySlice<UInt8>, _ lowercase: [UInt8]) -> Bool {
        lowercase.withUnsafeBufferPointer { ASCII.equalsIgnoringCase(bytes, lowercase: $0) }
    }

    /// The message bytes without post-delivery fields and without the top-most `Received`
    /// field ("stripping" as `post-delivery.txt` defines it). Only the top-level header block
    /// changes; the body is kept byte for byte.
    public static func strip(_ bytes: [UInt8]) -> [UInt8] {
        let message = MIMEParser().parse(bytes)
        let root = message.parts[0]
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        if let envelope = message.envelopeLine {
            out.append(contentsOf: envelope)
            out.append(ASCII.lf)
        }
        var removedReceived = false
        for field in root.headers {
            if PostDeliveryHeaders.contains(nameBytes: field.nameBytes) { continue }
            if !removedReceived && field.hasName("received") { removedReceived = true; continue }
            out.append(contentsOf: field.nameBytes)
            out.append(ASCII.colon)
            out.append(contentsOf: field.rawValue)
            out.append(contentsOf: [ASCII.cr, ASCII.lf])
        }
        out.append(contentsOf: [ASCII.cr, ASCII.lf])
        // The body as it stands after the header block.
        let bodyStart = root.rawBody.startIndex
        if bodyStart < message.bytes.count {
            out.append(contentsOf: message.bytes[root.rawBody.startIndex...])
        }
        return out
    }
}
