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

    /// Splits a clean absolute `http(s)://` URL (printable ASCII, no backslash, at most 4 KB)
    /// into its origin (scheme and authority as written), path and query the way
    /// ``EmailURL`` does; nil for anything else.
    static func quickSplit(_ url: String) -> (origin: String, path: String, query: String)? {
        var url = url
        return url.withUTF8 { bytes -> (origin: String, path: String, query: String)? in
            let count = bytes.count
            guard count > 8, count <= 4_096 else { return nil }
            for byte in bytes where byte <= 0x20 || byte >= 0x7F || byte == 0x5C { return nil }
            func lower(_ index: Int) -> UInt8 { ASCII.lowercase(bytes[index]) }
            guard lower(0) == 0x68, lower(1) == 0x74, lower(2) == 0x74, lower(3) == 0x70 else { return nil }
            var start = 4
            if lower(4) == 0x73 { start = 5 }
            guard bytes[start] == 0x3A, bytes[start + 1] == 0x2F, bytes[start + 2] == 0x2F,
                  start + 3 < count, bytes[start + 3] != 0x2F else { return nil }
            var authorityEnd = start + 3
            while authorityEnd < count, bytes[authorityEnd] != 0x2F, bytes[authorityEnd] != 0x3F,
                  bytes[authorityEnd] != 0x23 {
                authorityEnd += 1
            }
            var tailEnd = authorityEnd
            while tailEnd < count, bytes[tailEnd] != 0x23 { tailEnd += 1 }
            var pathEnd = authorityEnd
            while pathEnd < tailEnd, bytes[pathEnd] != 0x3F { pathEnd += 1 }
            let origin = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<authorityEnd]), as: UTF8.self)
            let path = String(decoding: UnsafeBufferPointer(rebasing: bytes[authorityEnd..<pathEnd]), as: UTF8.self)
            let query = pathEnd < tailEnd
                ? String(decoding: UnsafeBufferPointer(rebasing: bytes[(pathEnd + 1)..<tailEnd]), as: UTF8.self) : ""
            return (origin, path, query)
        }
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
        let bytes = Array(path.utf8.suffix(16))
        guard let dot = bytes.lastIndex(of: 0x2E), !bytes[dot...].contains(0x2F) else { return nil }
        let ext = bytes[(dot + 1)...]
        guard (1...5).contains(ext.count),
              ext.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) })
        else { return nil }
        return String(decoding: ext.map(ASCII.lowercase), as: UTF8.self)
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
