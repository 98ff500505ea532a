/// Registered domains of public URL-shortening services (they hide the real target of a
/// link, which phishing mail uses a lot).
public enum URLShorteners {
    /// The shortener domains known to ``isShortener(host:)`` (generic services, not the
    /// brand shorteners of big sites such as `youtu.be` or `aka.ms`).
    public static let domains: Set<String> = [
        "bit.ly", "bitly.com", "bit.do", "j.mp", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd",
        "v.gd", "buff.ly", "rebrand.ly", "cutt.ly", "t.ly", "rb.gy", "shorturl.at", "tiny.cc", "tiny.one",
        "x.co", "lnkd.in", "db.tt", "qr.ae", "adf.ly", "cli.gs", "tr.im", "u.to", "s.id", "shorte.st",
        "soo.gd", "clck.ru", "snip.ly", "bl.ink", "urlz.fr", "po.st", "mcaf.ee", "su.pr", "tinu.be",
        "shorturl.asia", "rotf.lol", "surl.li", "shrtco.de", "1url.com", "2.gy", "short.gy", "gg.gg",
        "ouo.io", "bc.vc", "smarturl.it", "hyperurl.co", "qrco.de", "t2m.io",
        "shor.by", "tny.im", "tinyurl.hu", "v.ht", "zpr.io", "urlshortener.at", "yourls.org", "ush.me",
        "chilp.it", "budurl.com", "tr.ee", "trib.al", "dlvr.it", "ift.tt", "wp.me", "ln.run", "me2.kr", "han.gl", "vo.la",
    ]

    /// ``domains`` as bytes, for ASCII hosts.
    private static let domainBytes = ByteStringSet(domains)

    /// `true` when the lower-cased ASCII `host` (or its registered domain) is a URL shortener.
    public static func isShortener(host: String) -> Bool {
        var copy = host
        let ascii = copy.withUTF8 { bytes -> Bool? in
            for byte in bytes where byte >= 0x80 { return nil }
            return isShortener(asciiHost: bytes)
        }
        if let ascii { return ascii }
        return isShortenerByLabels(host: host)
    }

    /// ``isShortener(host:)`` on `String` labels (any host; the path for non-ASCII ones).
    static func isShortenerByLabels(host: String) -> Bool {
        var name = Substring(host)
        if name.hasSuffix(".") { name = name.dropLast() }
        if name.hasPrefix("www.") { name = name.dropFirst(4) }
        if domains.contains(String(name)) { return true }
        guard let registered = PublicSuffixList.registeredDomainByLabels(of: String(name)) else { return false }
        return domains.contains(registered)
    }

    /// ``isShortener(host:)`` for the bytes of an ASCII host.
    static func isShortener(asciiHost host: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        var end = host.count
        if end > 0 && host[end - 1] == 0x2E { end -= 1 }
        if end - start >= 4 && host[0] == 0x77 && host[1] == 0x77 && host[2] == 0x77 && host[3] == 0x2E { start = 4 }
        let name = UnsafeBufferPointer(rebasing: host[start..<end])
        if domainBytes.contains(name) { return true }
        guard let range = PublicSuffixList.registeredDomainRange(in: name) else { return false }
        return domainBytes.contains(UnsafeBufferPointer(rebasing: name[range]))
    }
}
