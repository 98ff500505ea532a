/// The URL normalisation of the MIME-summary contract (section 4.7 of the tools README):
/// the "comparison form" under which the oracle and `mailthreat inspect` compare URLs.
///
/// The URL must match `^([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)(.*)$`; the scheme, lower-cased,
/// must be `http` or `https`; the authority is split at its last `@` into userinfo (kept as
/// written) and host[:port], which is lower-cased (CPython's `str.lower()`); an empty
/// host[:port] drops the URL. Nothing else changes: no percent-decoding, IDNA or
/// trailing-slash edits.
///
/// ```swift
/// URLNormalizer.comparisonForm("HTTP://User@WWW.Example.COM/A?B")   // "http://User@www.example.com/A?B"
/// URLNormalizer.comparisonForm("ftp://example.com/")                 // nil
/// URLNormalizer.comparisonForm("https://user@/path")                 // nil
/// ```
public enum URLNormalizer {
    /// The comparison form of `url`, or `nil` when the contract drops it.
    public static func comparisonForm(_ url: String) -> String? {
        let bytes = url.utf8
        var index = bytes.startIndex
        guard index < bytes.endIndex, isASCIILetter(bytes[index]) else { return nil }
        index = bytes.index(after: index)
        while index < bytes.endIndex, isSchemeByte(bytes[index]) { index = bytes.index(after: index) }
        let schemeEnd = index
        let scheme = url.utf8[bytes.startIndex..<schemeEnd]
        let isHTTP = scheme.count == 4 && scheme.elementsEqual("http".utf8, by: { $0 | 0x20 == $1 })
        let isHTTPS = scheme.count == 5 && scheme.elementsEqual("https".utf8, by: { $0 | 0x20 == $1 })
        guard isHTTP || isHTTPS else { return nil }
        // "://"
        var cursor = schemeEnd
        for expected in "://".utf8 {
            guard cursor < bytes.endIndex, bytes[cursor] == expected else { return nil }
            cursor = bytes.index(after: cursor)
        }
        let authorityStart = cursor
        while cursor < bytes.endIndex, bytes[cursor] != 0x2F, bytes[cursor] != 0x3F, bytes[cursor] != 0x23 {
            cursor = bytes.index(after: cursor)
        }
        let authority = url[authorityStart..<cursor]
        let rest = url[cursor...]
        var userinfo: Substring = ""
        var hostPort = authority
        if let at = authority.utf8.lastIndex(of: 0x40) {
            userinfo = authority[authority.startIndex...at]
            hostPort = authority[authority.index(after: at)...]
        }
        guard !hostPort.isEmpty else { return nil }
        return (isHTTPS ? "https://" : "http://") + userinfo + PythonLowercase.lowercase(hostPort) + rest
    }

    @inline(__always)
    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    @inline(__always)
    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || byte &- 0x30 < 10 || byte == 0x2B || byte == 0x2E || byte == 0x2D
    }
}
