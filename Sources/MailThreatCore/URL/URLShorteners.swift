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

    /// `true` when the lower-cased ASCII `host` (or its registered domain) is a URL shortener.
    public static func isShortener(host: String) -> Bool {
        var name = Substring(host)
        if name.hasSuffix(".") { name = name.dropLast() }
        if name.hasPrefix("www.") { name = name.dropFirst(4) }
        if domains.contains(String(name)) { return true }
        guard let registered = PublicSuffixList.registeredDomain(of: String(name)) else { return false }
        return domains.contains(registered)
    }
}
