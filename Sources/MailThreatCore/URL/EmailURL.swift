/// A URL from an email (an `href`, a `src`, a URL in the text), parsed tolerantly and
/// described for the classifier and the rule language: host kind, ASCII and Unicode forms
/// of the host, registered domain, and the tricks phishing links use (user info before the
/// host, numeric hosts, punycode and mixed-script homographs, URL shorteners).
///
/// ```swift
/// let url = EmailURL("HTTPS://paypal.com@0x7f.1:8080/login?x=1#top")
/// url.scheme          // "https"
/// url.userinfo        // "paypal.com"
/// url.hostKind        // .obfuscatedIPv4
/// url.ipv4Address     // "127.0.0.1"
/// url.port            // 8080
///
/// let homograph = EmailURL("http://xn--pypal-4ve.com/")
/// homograph.unicodeHost       // "pаypal.com" (Cyrillic а)
/// homograph.isMixedScript     // true
/// homograph.registeredDomain  // "xn--pypal-4ve.com"
/// ```
///
/// Parsing never fails: leading and trailing spaces and controls are trimmed, TAB/CR/LF
/// deleted; for `http`, `https`, `ftp`, `ws` and `wss` any run of `/` or `\` after the
/// colon introduces the host (as in browsers); `//host` and `www.host` without a scheme
/// have a host too; anything else without a scheme is a relative path.
public struct EmailURL: Sendable, Hashable {
    /// The string as given.
    public let original: String
    /// The lower-cased scheme (`http`, `mailto`, …), `nil` for relative and `www.` URLs.
    public private(set) var scheme: String?
    /// The user information before the last `@` of the authority (`user:pass`), if any.
    public private(set) var userinfo: String?
    /// The host: percent-decoded, lower-cased, IPv6 without brackets; `nil` when there is none.
    public private(set) var host: String?
    /// The port, when one is given and valid.
    public private(set) var port: Int?
    /// `true` when a port is given but is not a number up to 65535.
    public private(set) var hasInvalidPort = false
    /// The path (for opaque URLs such as `mailto:a@b` everything after the colon).
    public private(set) var path = ""
    /// The query without `?`, if any.
    public private(set) var query: String?
    /// The fragment without `#`, if any.
    public private(set) var fragment: String?
    /// What the host is.
    public private(set) var hostKind = EmailURLHostKind.none
    /// The dotted-decimal address for ``EmailURLHostKind/ipv4`` and ``EmailURLHostKind/obfuscatedIPv4``.
    public private(set) var ipv4Address: String?
    /// The host in ASCII form (IDNA `xn--` labels), without a trailing dot.
    public private(set) var asciiHost: String?
    /// The host in Unicode form (`xn--` labels decoded), without a trailing dot.
    public private(set) var unicodeHost: String?
    /// The last label of ``asciiHost`` for domain hosts.
    public private(set) var tld: String?
    /// The registered domain (eTLD+1) of ``asciiHost``, from ``PublicSuffixList``.
    public private(set) var registeredDomain: String?
    /// `true` when the host is a known URL shortener (``URLShorteners``).
    public private(set) var isShortener = false
    /// `true` for an internationalised host name: some label of ``asciiHost`` is punycode
    /// (`xn--`), whether the mail wrote it that way or in Unicode.
    public private(set) var isPunycode = false
    /// `true` when some label of ``unicodeHost`` mixes scripts (Latin with Cyrillic, …).
    public private(set) var isMixedScript = false
    /// `true` when the host was written with `%XX` escapes.
    public private(set) var hasPercentEncodedHost = false

    /// `true` when the authority has user information (`http://bank.com@evil.example/`).
    public var hasUserinfo: Bool { userinfo != nil }
    /// `true` for `http` and `https`.
    public var isHTTP: Bool { scheme == "http" || scheme == "https" }
    /// `true` when the host is an IP address of any kind.
    public var hasIPHost: Bool { hostKind == .ipv4 || hostKind == .obfuscatedIPv4 || hostKind == .ipv6 }

    private static let specialSchemes: Set<String> = ["http", "https", "ftp", "ws", "wss"]
    private static let opaqueSchemes: Set<String> = [
        "mailto", "tel", "sms", "javascript", "data", "cid", "mid", "callto", "skype", "news", "file",
        "about", "blob", "vbscript", "urn", "geo", "market", "intent", "whatsapp", "viber", "tg",
    ]

    /// Parses `string` (never fails; see the type's documentation).
    public init(_ string: String) {
        original = string
        var bytes = Array(string.utf8)
        while let last = bytes.last, last <= 0x20 { bytes.removeLast() }
        let leading = bytes.prefix { $0 <= 0x20 }.count
        bytes.removeFirst(leading)
        bytes.removeAll { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        parse(bytes[...])
    }

    private mutating func parse(_ input: ArraySlice<UInt8>) {
        var rest = input
        var isSpecial = false
        var hasAuthority = false
        // Scheme
        if let first = rest.first, Self.isASCIILetter(first) {
            let candidateEnd = rest.firstIndex { !(Self.isASCIILetter($0) || $0 &- 0x30 < 10 || $0 == 0x2B
                                                    || $0 == 0x2E || $0 == 0x2D) } ?? rest.endIndex
            if candidateEnd < rest.endIndex, rest[candidateEnd] == 0x3A {
                let candidate = String(decoding: rest[rest.startIndex..<candidateEnd].map { $0 | 0x20 }, as: UTF8.self)
                let afterColon = rest[(candidateEnd + 1)...]
                let slashes = afterColon.starts(with: [0x2F, 0x2F])
                if Self.specialSchemes.contains(candidate) {
                    scheme = candidate
                    isSpecial = true
                    hasAuthority = true
                    rest = afterColon.drop { $0 == 0x2F || $0 == 0x5C }
                } else if slashes || Self.opaqueSchemes.contains(candidate) {
                    scheme = candidate
                    rest = afterColon
                    if slashes {
                        hasAuthority = true
                        rest = rest.dropFirst(2)
                    }
                }
            }
        }
        if scheme == nil {
            if rest.starts(with: [0x2F, 0x2F]) || rest.starts(with: [0x5C, 0x5C]) {
                hasAuthority = true
                isSpecial = true
                rest = rest.dropFirst(2)
            } else if rest.count > 4, rest.prefix(4).map({ $0 | 0x20 }) == [0x77, 0x77, 0x77, 0x2E] {
                hasAuthority = true
                isSpecial = true
            }
        }
        if hasAuthority {
            let authorityEnd = rest.firstIndex { $0 == 0x2F || $0 == 0x3F || $0 == 0x23 || (isSpecial && $0 == 0x5C) }
                ?? rest.endIndex
            parseAuthority(rest[rest.startIndex..<authorityEnd])
            rest = rest[authorityEnd...]
        }
        // Path, query, fragment
        if let hash = rest.firstIndex(of: 0x23) {
            fragment = String(decoding: rest[(hash + 1)...], as: UTF8.self)
            rest = rest[rest.startIndex..<hash]
        }
        if let question = rest.firstIndex(of: 0x3F) {
            query = String(decoding: rest[(question + 1)...], as: UTF8.self)
            rest = rest[rest.startIndex..<question]
        }
        path = String(decoding: rest, as: UTF8.self)
    }

    private mutating func parseAuthority(_ authority: ArraySlice<UInt8>) {
        var hostPort = authority
        if let at = authority.lastIndex(of: 0x40) {
            userinfo = String(decoding: authority[authority.startIndex..<at], as: UTF8.self)
            hostPort = authority[(at + 1)...]
        }
        var hostBytes = hostPort
        var portBytes: ArraySlice<UInt8>?
        if hostPort.first == 0x5B, let close = hostPort.firstIndex(of: 0x5D) {
            hostBytes = hostPort[(hostPort.startIndex + 1)..<close]
            hostKind = .ipv6
            let after = hostPort[(close + 1)...]
            if after.first == 0x3A { portBytes = after.dropFirst() } else if !after.isEmpty { hasInvalidPort = true }
        } else if let colon = hostPort.lastIndex(of: 0x3A) {
            hostBytes = hostPort[hostPort.startIndex..<colon]
            portBytes = hostPort[(colon + 1)...]
        }
        if let portBytes, !portBytes.isEmpty {
            if portBytes.count <= 5, portBytes.allSatisfy({ $0 &- 0x30 < 10 }),
               let value = Int(String(decoding: portBytes, as: UTF8.self)), value <= 65_535 {
                port = value
            } else {
                hasInvalidPort = true
            }
        }
        if hostBytes.contains(0x25) {
            let decoded = Self.percentDecoded(hostBytes)
            if decoded != Array(hostBytes) {
                hasPercentEncodedHost = true
                hostBytes = decoded[...]
            }
        }
        if hostKind != .ipv6, !hostBytes.isEmpty, hostBytes.allSatisfy({ $0 < 0x80 }) {
            let lowered = hostBytes.map(ASCII.lowercase)
            let name = String(decoding: lowered, as: UTF8.self)
            host = name
            if !analyzeASCIIDomain(lowered) { analyzeHost(name) }
            return
        }
        let name = String(decoding: hostBytes, as: UTF8.self).lowercased()
        guard !name.isEmpty else {
            hostKind = .none
            return
        }
        host = name
        analyzeHost(name)
    }

    /// The common case of ``analyzeHost(_:)`` on bytes: a lower-cased ASCII domain name of
    /// at most ``IDNA/maximumHostLength`` bytes without `xn--` labels, which cannot be an
    /// IPv4 number (it has a byte other than hex digits, `x` and `.`). Returns `false`,
    /// having set nothing, for any other host.
    private mutating func analyzeASCIIDomain(_ lowered: [UInt8]) -> Bool {
        lowered.withUnsafeBufferPointer { bytes in
            var end = bytes.count
            if end > 1 && bytes[end - 1] == 0x2E { end -= 1 }
            guard end <= IDNA.maximumHostLength else { return false }
            let dotted = UnsafeBufferPointer(rebasing: bytes[..<end])
            var mayBeNumber = true
            var index = 0
            while index < end {
                let byte = dotted[index]
                if mayBeNumber && !(byte &- 0x30 < 10 || byte &- 0x61 < 6 || byte == 0x78 || byte == 0x2E) {
                    mayBeNumber = false
                }
                if byte == 0x2D && index >= 3 && dotted[index - 1] == 0x2D && dotted[index - 2] == 0x6E
                    && dotted[index - 3] == 0x78 {
                    return false  // "xn--"
                }
                index &+= 1
            }
            guard !mayBeNumber else { return false }
            hostKind = .domain
            let text = String(decoding: dotted, as: UTF8.self)
            asciiHost = text
            unicodeHost = text
            // The last non-empty label.
            var labelEnd = end
            while labelEnd > 0 && dotted[labelEnd - 1] == 0x2E { labelEnd -= 1 }
            if labelEnd > 0 {
                var labelStart = labelEnd
                while labelStart > 0 && dotted[labelStart - 1] != 0x2E { labelStart -= 1 }
                tld = String(decoding: UnsafeBufferPointer(rebasing: dotted[labelStart..<labelEnd]), as: UTF8.self)
            }
            if let range = PublicSuffixList.registeredDomainRange(in: dotted) {
                registeredDomain = range == 0..<end
                    ? text : String(decoding: UnsafeBufferPointer(rebasing: dotted[range]), as: UTF8.self)
            }
            isShortener = URLShorteners.isShortener(asciiHost: dotted)
            return true
        }
    }

    private mutating func analyzeHost(_ name: String) {
        if hostKind == .ipv6 {
            asciiHost = name
            unicodeHost = name
            return
        }
        var dotted = String(name.map { $0 == "\u{3002}" || $0 == "\u{FF0E}" || $0 == "\u{FF61}" ? "." : $0 })
        if dotted.hasSuffix("."), dotted.count > 1 { dotted.removeLast() }
        switch IPv4HostParser.parse(Substring(dotted)) {
        case .address(let address, let isCanonical):
            hostKind = isCanonical ? .ipv4 : .obfuscatedIPv4
            ipv4Address = IPv4HostParser.dotted(address)
            asciiHost = ipv4Address
            unicodeHost = ipv4Address
            return
        case .invalid:
            hostKind = .obfuscatedIPv4
            asciiHost = dotted
            unicodeHost = dotted
            return
        case .notIPv4:
            hostKind = .domain
        }
        let ascii = IDNA.asciiHost(dotted)
        asciiHost = ascii
        let unicode = IDNA.unicodeHost(dotted)
        unicodeHost = unicode
        isPunycode = IDNA.hasPunycodeLabel(ascii ?? dotted)
        if unicode.utf8.contains(where: { $0 >= 0x80 }) {
            isMixedScript = unicode.split(separator: ".").contains { UnicodeScriptClass.isMixed($0) }
        }
        if let ascii {
            if let last = ascii.split(separator: ".").last { tld = String(last) }
            registeredDomain = PublicSuffixList.registeredDomain(of: ascii)
            isShortener = URLShorteners.isShortener(host: ascii)
        }
    }

    private static func percentDecoded(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == 0x25, index + 2 < bytes.endIndex,
               let high = HTMLEntities.hexValue(bytes[index + 1]), let low = HTMLEntities.hexValue(bytes[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }

    @inline(__always)
    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
}
