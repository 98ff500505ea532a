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
    /// The path (without query and fragment); a slice of the URL or of the parsed path.
    var path: Substring
    /// The query (without `?`); a slice like ``path``.
    var query: Substring

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
        path = parsed.path[...]
        query = (parsed.query ?? "")[...]
    }

    /// Splits a clean absolute `http(s)://` URL (printable ASCII, no backslash, at most 4 KB)
    /// into its origin (scheme and authority as written), path and query the way
    /// ``EmailURL`` does, as slices of `url`; nil for anything else.
    static func quickSplit(_ url: String) -> (origin: Substring, path: Substring, query: Substring)? {
        var copy = url
        let offsets = copy.withUTF8 { bytes -> (authorityEnd: Int, pathEnd: Int, tailEnd: Int)? in
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
            return (authorityEnd, pathEnd, tailEnd)
        }
        guard let offsets else { return nil }
        // Printable ASCII only: every byte offset is a character boundary.
        let utf8 = url.utf8
        let authorityEnd = utf8.index(utf8.startIndex, offsetBy: offsets.authorityEnd)
        let pathEnd = utf8.index(utf8.startIndex, offsetBy: offsets.pathEnd)
        let tailEnd = utf8.index(utf8.startIndex, offsetBy: offsets.tailEnd)
        let query = offsets.pathEnd < offsets.tailEnd ? url[utf8.index(after: pathEnd)..<tailEnd] : ""
        return (url[..<authorityEnd], url[authorityEnd..<pathEnd], query)
    }

    /// The registered domain of a bare host name (an e-mail address's domain), in ASCII form;
    /// the host itself when it has none.
    static func registeredDomain(ofHost host: String) -> String {
        let lowered = host.lowercased()
        let ascii = IDNA.asciiHost(lowered) ?? lowered
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

    /// The words of the first six ``subdomainLabels``: each label split at `-`, words of
    /// 2–20 lower-case ASCII letters only.
    var subdomainWords: [Substring] {
        guard !isIPHost else { return [] }
        var hostCopy = host
        var domainCopy = registeredDomain
        var offsets: [Range<Int>] = []
        let handled = hostCopy.withUTF8 { host in
            domainCopy.withUTF8 { domain -> Bool in
                // ASCII without CR: characters are bytes, so the byte suffix is the String one.
                guard Self.isPlainASCII(host), Self.isPlainASCII(domain) else { return false }
                guard host.count > domain.count,
                      UnsafeBufferPointer(rebasing: host[(host.count - domain.count)...]).elementsEqual(domain)
                else { return true }
                offsets = Self.subdomainWordOffsets(
                    in: UnsafeBufferPointer(rebasing: host[..<(host.count - domain.count - 1)]))
                return true
            }
        }
        guard handled else {
            var words: [Substring] = []
            for label in subdomainLabels.prefix(6) {
                for word in label.split(separator: "-") where (2...20).contains(word.utf8.count)
                    && word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
                    words.append(word)
                }
            }
            return words
        }
        let utf8 = host.utf8
        return offsets.map { range in
            host[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
        }
    }

    /// Byte ranges of ``subdomainWords`` in the ASCII bytes left of the registered domain.
    private static func subdomainWordOffsets(in prefix: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var labels = 0
        var labelStart = 0
        while labelStart < prefix.count && labels < 6 {
            var labelEnd = labelStart
            while labelEnd < prefix.count && prefix[labelEnd] != 0x2E { labelEnd += 1 }
            let length = labelEnd - labelStart
            let isWWW = length == 3 && prefix[labelStart] == 0x77 && prefix[labelStart + 1] == 0x77
                && prefix[labelStart + 2] == 0x77
            if length > 0 && !isWWW {
                labels += 1
                var wordStart = labelStart
                while wordStart < labelEnd {
                    var wordEnd = wordStart
                    var isLetters = true
                    while wordEnd < labelEnd && prefix[wordEnd] != 0x2D {
                        if prefix[wordEnd] &- 0x61 >= 26 { isLetters = false }
                        wordEnd += 1
                    }
                    if isLetters && (2...20).contains(wordEnd - wordStart) { words.append(wordStart..<wordEnd) }
                    wordStart = wordEnd + 1
                }
            }
            labelStart = labelEnd + 1
        }
        return words
    }

    /// True when every byte is ASCII and none is CR (CR LF would be one `Character`).
    private static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 || byte == 0x0D { return false }
        return true
    }

    /// The lower-cased extension of the last path segment (`php`, `exe`), if it is 1–5
    /// ASCII letters or digits.
    var pathExtension: String? {
        let tail = path.utf8.suffix(16)
        guard let dot = tail.lastIndex(of: 0x2E), !tail[dot...].contains(0x2F) else { return nil }
        let ext = tail[tail.index(after: dot)...]
        guard (1...5).contains(ext.count),
              ext.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) })
        else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 5) { buffer in
            for (offset, byte) in ext.enumerated() { buffer[offset] = ASCII.lowercase(byte) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<ext.count]), as: UTF8.self)
        }
    }

    /// Alphabetic words of 3–20 ASCII letters (lower-cased) in the first 512 bytes of the
    /// path (`login`, `verify`, `account`), at most `limit`; segments with digits or
    /// percent-encoding are skipped.
    func pathWords(limit: Int) -> [String] {
        var words: [String] = []
        var pathCopy = path
        pathCopy.withUTF8 { path in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { word in
                var length = 0
                var valid = true
                func flush() {
                    if valid && length >= 3 && length <= 20 && words.count < limit {
                        if words.isEmpty { words.reserveCapacity(limit) }
                        words.append(String(decoding: UnsafeBufferPointer(rebasing: word[..<length]), as: UTF8.self))
                    }
                    length = 0
                    valid = true
                }
                for byte in UnsafeBufferPointer(rebasing: path.prefix(512)) {
                    let lower = byte | 0x20
                    if lower >= 0x61 && lower <= 0x7A && byte >= 0x41 {
                        if length < 20 { word[length] = lower }
                        length += 1
                    } else if (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "%") || byte >= 0x80 {
                        valid = false
                        length += 1
                    } else {
                        flush()
                    }
                }
                flush()
            }
        }
        return words
    }
}
