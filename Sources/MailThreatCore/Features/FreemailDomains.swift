/// Web-mail providers anyone can sign up to: a From or Reply-To there is normal for people
/// and typical for advance-fee fraud, never for a bank.
enum FreemailDomains {
    /// Registered domains (and a few full domains) of free mail providers.
    static let all: Set<String> = [
        "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de", "yahoo.es",
        "yahoo.it", "yahoo.co.jp", "yahoo.com.cn", "yahoo.com.hk", "yahoo.com.tw", "yahoo.co.in",
        "yahoo.ca", "yahoo.com.au", "yahoo.com.br", "ymail.com", "rocketmail.com", "hotmail.com",
        "hotmail.co.uk", "hotmail.fr", "hotmail.de", "hotmail.it", "hotmail.es", "outlook.com",
        "outlook.fr", "live.com", "live.fr", "live.co.uk", "msn.com", "passport.com", "aol.com",
        "aim.com", "mail.com", "email.com", "usa.com", "gmx.com", "gmx.de", "gmx.net", "gmx.at",
        "web.de", "t-online.de", "freenet.de", "yandex.ru", "yandex.com", "ya.ru", "mail.ru",
        "inbox.ru", "list.ru", "bk.ru", "rambler.ru", "qq.com", "foxmail.com", "163.com", "126.com",
        "yeah.net", "sina.com", "sina.com.cn", "sina.cn", "sohu.com", "139.com", "189.cn", "21cn.com",
        "tom.com", "aliyun.com", "263.net", "protonmail.com", "proton.me", "pm.me", "tutanota.com",
        "icloud.com", "me.com", "mac.com", "zoho.com", "zohomail.com", "rediffmail.com", "libero.it",
        "virgilio.it", "tiscali.it", "orange.fr", "wanadoo.fr", "laposte.net", "free.fr", "sfr.fr",
        "naver.com", "hanmail.net", "daum.net", "nate.com", "excite.com", "lycos.com", "juno.com",
        "netzero.net", "netscape.net", "earthlink.net", "comcast.net", "verizon.net", "att.net",
        "sbcglobal.net", "bellsouth.net", "cox.net", "charter.net", "btinternet.com", "ntlworld.com",
        "sky.com", "talktalk.net", "hushmail.com", "fastmail.com", "fastmail.fm", "usa.net",
        "mail2world.com", "gawab.com", "inbox.com", "indiatimes.com", "terra.com.br", "uol.com.br",
        "bol.com.br", "ig.com.br", "seznam.cz", "wp.pl", "o2.pl", "interia.pl", "onet.pl",
    ]

    /// True when `domain` (lower-case) or its registered domain is a free-mail provider.
    static func contains(domain: String, registeredDomain: String) -> Bool {
        all.contains(domain) || all.contains(registeredDomain)
    }
}
