/// The facts about one link target the URL features use, read through ``EmailURL``: scheme,
/// host (ASCII form) and its registered domain and top-level domain, and the host and path
/// tricks phishers use.
struct LinkTarget: Sendable, Hashable {
    /// Lower-case scheme (`http`, `https`, `mailto`, …).
    var scheme: String
    /// Lower-case ASCII host (`xn--` labels for IDNs), empty for `mailto:` and other hostless URLs.
    var host: String
    /// The registrable domain (`example.co.uk`), or the host itself when there is none.
    var registeredDomain: String
    /// The top-level domain (`uk`), empty for IP hosts.
    var topLevelDomain: String
    /// The host is an IPv4/IPv6 literal or a numeric IPv4 form.
    var isIPHost: Bool
    /// The host is an IPv4 address written to hide it (`0x7f.1`, `3232235777`).
    var isObfuscatedIP: Bool
    /// A label of the Unicode host mixes scripts (`pаypal` with a Cyrillic `а`).
    var isMixedScriptHost: Bool
    /// The host was written with `%XX` escapes.
    var isPercentEncodedHost: Bool
    /// A host label is punycode (`xn--`).
    var isPunycode: Bool
    /// The host has non-ASCII characters (an IDN written in Unicode).
    var isNonASCIIHost: Bool
    /// The host is a known URL shortener.
    var isShortener: Bool
    /// The authority has user info (`http://paypal.com@evil.example/`).
    var hasUserinfo: Bool
    /// An explicit port is given.
    var hasPort: Bool
    /// The path (without query and fragment).
    var path: String
    /// The query (without `?`).
    var query: String

    /// Reads `url` (``EmailURL`` never fails; a URL without scheme has scheme `""`).
    init(url: String) {
        let parsed = EmailURL(url)
        scheme = parsed.scheme ?? ""
        host = parsed.asciiHost ?? parsed.host ?? ""
        isIPHost = parsed.hasIPHost
        isObfuscatedIP = parsed.hostKind == .obfuscatedIPv4
        registeredDomain = isIPHost ? host : (parsed.registeredDomain ?? host)
        topLevelDomain = isIPHost ? "" : (parsed.tld ?? "")
        isPunycode = parsed.isPunycode
        isNonASCIIHost = (parsed.host ?? "").utf8.contains { $0 >= 0x80 }
        isMixedScriptHost = parsed.isMixedScript
        isPercentEncodedHost = parsed.hasPercentEncodedHost
        isShortener = parsed.isShortener
        hasUserinfo = parsed.hasUserinfo
        hasPort = parsed.port != nil || parsed.hasInvalidPort
        path = parsed.path
        query = parsed.query ?? ""
    }

    /// The registered domain of a bare host name (an e-mail address's domain), in ASCII form;
    /// the host itself when it has none.
    static func registeredDomain(ofHost host: String) -> String {
        let ascii = IDNA.asciiHost(host.lowercased()) ?? host.lowercased()
        return PublicSuffixList.registeredDomain(of: ascii) ?? ascii
    }

    /// Number of dot-separated labels of the host.
    var labelCount: Int {
        host.isEmpty ? 0 : host.utf8.reduce(1) { $0 + ($1 == UInt8(ascii: ".") ? 1 : 0) }
    }

    /// The host labels left of the registered domain (`secure.paypal` in
    /// `secure.paypal.example.com`), `www` excluded.
    var subdomainLabels: [Substring] {
        guard !isIPHost, host.count > registeredDomain.count, host.hasSuffix(registeredDomain) else { return [] }
        let prefix = host.dropLast(registeredDomain.count + 1)
        return prefix.split(separator: ".").filter { $0 != "www" }
    }

    /// The lower-cased extension of the last path segment (`php`, `exe`), if it is 1–5
    /// ASCII letters or digits.
    var pathExtension: String? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        let segment = path[path.index(after: slash)...]
        guard let dot = segment.lastIndex(of: ".") else { return nil }
        let ext = segment[segment.index(after: dot)...]
        guard (1...5).contains(ext.utf8.count),
              ext.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) })
        else { return nil }
        return ext.lowercased()
    }

    /// Alphabetic words of 3–20 ASCII letters in the path (`login`, `verify`, `account`), at
    /// most `limit`; segments with digits or percent-encoding are skipped.
    func pathWords(limit: Int) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var valid = true
        func flush() {
            if valid && (3...20).contains(current.count) && words.count < limit {
                words.append(String(decoding: current, as: UTF8.self))
            }
            current.removeAll(keepingCapacity: true)
            valid = true
        }
        for byte in path.utf8.prefix(512) {
            let lower = byte | 0x20
            if lower >= 0x61 && lower <= 0x7A && byte >= 0x41 {
                current.append(lower)
            } else if (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "%") || byte >= 0x80 {
                valid = false
                current.append(byte)
            } else {
                flush()
            }
        }
        flush()
        return words
    }
}
