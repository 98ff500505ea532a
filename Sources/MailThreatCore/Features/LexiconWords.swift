/// The lure word lists behind ``LexiconCategory``: single words, two-word phrases and Chinese
/// words (matched by their character bigrams). Entries are written as a reader would; the
/// ``LexiconTable`` runs them through the ``Tokenizer`` so they match exactly what the text
/// path produces. English first, with the commonest Chinese, German, French, Spanish and
/// Russian equivalents.
///
/// Changing a list changes the features: bump ``FeatureConfiguration/currentVersion``.
enum LexiconWords {
    /// Every category's entries.
    static let entries: [(LexiconCategory, [String])] = [
        (.money, money), (.urgency, urgency), (.credential, credential), (.security, security),
        (.action, action), (.prize, prize), (.advanceFee, advanceFee), (.pharma, pharma),
        (.adult, adult), (.brand, brand), (.marketing, marketing), (.delivery, delivery),
        (.invoice, invoice), (.crypto, crypto), (.stopWord, stopWords),
    ]

    static let money = [
        "free", "cash", "money", "price", "prices", "cheap", "cheapest", "discount", "discounts", "save",
        "savings", "offer", "offers", "credit", "loan", "loans", "mortgage", "debt", "income", "earn",
        "earnings", "profit", "profits", "million", "millions", "dollars", "usd", "bonus", "rich",
        "wealth", "investment", "invest", "investors", "stock", "refinance", "rates", "cost", "wholesale",
        "bargain", "deal", "deals", "guaranteed", "guarantee", "financial", "finance", "fortune",
        "insurance", "lowest", "rebate", "refund", "per month", "per week", "extra income",
        "make money", "no cost", "for free", "free trial", "best price", "low cost", "half price",
        "免费", "优惠", "折扣", "价格", "赚钱", "收入", "投资", "贷款", "利润", "特价", "低价", "代开",
        "税票", "现金", "财富", "股票", "返利", "打折", "促销",
        "kostenlos", "gratis", "geld", "rabatt", "angebot", "gratuit", "argent", "prix", "dinero",
        "oferta", "бесплатно", "деньги", "скидка", "скидки", "цена", "кредит", "доход",
    ]

    static let urgency = [
        "urgent", "urgently", "immediately", "immediate", "now", "today", "tonight", "expire", "expires",
        "expired", "expiring", "expiration", "deadline", "limited", "hurry", "asap", "instantly",
        "instant", "quick", "quickly", "final", "last chance", "act now", "right now", "within hours",
        "before midnight", "while supplies", "only today",
        "time sensitive", "final notice", "last notice", "reminder", "overdue",
        "紧急", "立即", "马上", "立刻", "尽快", "过期", "限时", "最后", "赶快", "即将",
        "dringend", "sofort", "urgente", "inmediatamente", "срочно", "немедленно",
    ]

    static let credential = [
        "password", "passwords", "passcode", "login", "log in", "logon", "sign in", "signin", "verify",
        "verification", "verified", "confirm", "confirmation", "account", "accounts", "username",
        "user id", "ssn", "pin", "identity", "validate", "validation", "reactivate", "reactivation",
        "unlock", "credentials", "update your", "your account", "billing information",
        "account information", "personal information", "security question", "social security",
        "card number", "credit card", "expiration date", "cvv", "mailbox", "webmail", "quota",
        "re-enter", "reconfirm", "authenticate", "authentication",
        "密码", "账号", "账户", "帐户", "帐号", "登录", "登陆", "验证", "确认", "用户名", "身份",
        "passwort", "konto", "anmelden", "bestätigen", "mot de passe", "compte", "contraseña", "cuenta",
        "пароль", "аккаунт", "учетная", "подтвердите",
    ]

    static let security = [
        "suspended", "suspend", "suspension", "unauthorized", "unusual", "suspicious", "locked",
        "limited access", "restricted", "restriction", "compromised", "fraudulent", "breach",
        "security alert", "security notice", "unusual activity", "disabled", "deactivated",
        "terminated", "blocked", "violation", "illegal", "alert", "warning", "protect", "protection",
        "secure", "security", "fraud", "phishing", "hacked",
        "冻结", "异常", "安全", "风险", "盗用",
        "gesperrt", "sicherheit", "suspendu", "bloqueado", "заблокирован", "безопасность",
    ]

    static let action = [
        "click", "click here", "click below", "here", "visit", "open", "download", "call", "reply",
        "order", "buy", "purchase", "subscribe", "register", "apply", "claim now", "act", "follow",
        "link", "button", "go to", "call now", "order now", "buy now", "sign up",
        "点击", "下载", "访问", "订购", "咨询", "联系", "回复", "请点",
        "klicken", "hier", "cliquez", "haga clic", "нажмите", "перейдите",
    ]

    static let prize = [
        "winner", "winners", "won", "win", "winning", "lottery", "lotto", "prize", "prizes", "jackpot",
        "award", "awarded", "sweepstakes", "congratulations", "congratulation", "lucky", "selected",
        "claim", "reward", "rewards", "gift", "gifts", "voucher", "coupon", "draw", "ticket",
        "中奖", "奖金", "大奖", "抽奖", "恭喜", "幸运", "礼品",
        "gewinner", "gewonnen", "gagnant", "ganador", "победитель", "выигрыш",
    ]

    static let advanceFee = [
        "beneficiary", "inheritance", "next of kin", "deceased", "barrister", "attorney",
        "lawyer", "transfer", "fund", "funds", "compensation", "consignment", "diplomat", "diplomatic",
        "trunk box", "security company", "foreign partner", "bank account", "confidential",
        "strictly confidential", "widow", "orphan", "charity", "donation", "contract", "percent",
        "government", "minister", "central bank", "western union", "moneygram", "atm card",
        "business proposal", "mutual benefit", "god bless", "dear friend", "my late", "oil",
        "遗产", "汇款", "转账", "合作",
    ]

    static let pharma = [
        "viagra", "cialis", "levitra", "pills", "pill", "pharmacy", "prescription", "medication",
        "medications", "meds", "drugs", "generic", "weight", "diet", "enlargement", "erection",
        "erectile", "xanax", "valium", "vicodin", "tramadol", "phentermine", "herbal", "penis",
        "pounds", "lose weight", "weight loss", "anti aging", "hgh",
        "减肥", "药品", "壮阳", "保健",
    ]

    static let adult = [
        "sex", "sexy", "porn", "xxx", "adult", "dating", "singles", "naked", "nude", "hot", "girls",
        "babes", "horny", "erotic", "webcam", "hookup", "lonely", "meet",
        "色情", "美女", "成人", "交友", "性感",
    ]

    static let brand = [
        "paypal", "ebay", "amazon", "apple", "icloud", "itunes", "microsoft", "outlook", "office",
        "windows", "google", "gmail", "yahoo", "facebook", "instagram", "netflix",
        "bank", "banking", "citibank", "citi", "chase", "wells fargo", "wellsfargo", "barclays", "hsbc",
        "lloyds", "natwest", "santander", "visa", "mastercard", "amex", "american express", "irs",
        "hmrc", "fedex", "dhl", "ups", "usps", "docusign", "dropbox", "adobe", "linkedin", "whatsapp",
        "bank of america", "suntrust", "fifth third", "washington mutual", "us bank", "halifax",
        "national city", "charter one", "commerce bank", "regions", "westpac", "anz", "coinbase",
        "binance", "steam", "spotify", "walmart", "costco", "support team", "customer service",
        "银行", "工商", "建设", "招商", "支付宝", "淘宝", "腾讯", "微信",
        "sparkasse", "volksbank", "postbank", "сбербанк",
    ]

    static let marketing = [
        "unsubscribe", "opt out", "opt-out", "optout", "remove", "removal", "mailing list",
        "newsletter", "promotion", "promotional", "special offer", "exclusive", "subscribers",
        "advertisement", "marketing", "customers", "products", "product", "catalog", "sale", "shop",
        "shopping", "store", "brand new", "best", "quality", "satisfaction", "no obligation",
        "risk free", "money back", "this email", "this message", "email address",
        "退订", "广告", "营销", "产品", "公司", "服务", "客户", "业务",
        "abmelden", "désabonner", "desuscribir", "отписаться", "реклама",
    ]

    static let delivery = [
        "parcel", "package", "shipment", "shipping", "delivery", "delivered", "courier", "tracking",
        "track", "customs", "undelivered", "redelivery", "postage", "waybill", "dispatch",
        "快递", "包裹", "物流", "发货",
        "paket", "sendung", "colis", "paquete", "посылка",
    ]

    static let invoice = [
        "invoice", "invoices", "receipt", "payment", "payments", "statement", "remittance", "bill",
        "billing", "order confirmation", "purchase order", "attached", "attachment", "document",
        "documents", "scan", "scanned", "fax", "voicemail", "overdue", "wire", "swift", "transaction",
        "发票", "付款", "收据", "账单", "合同", "报价",
        "rechnung", "zahlung", "facture", "paiement", "factura", "pago", "счет", "оплата",
    ]

    static let crypto = [
        "bitcoin", "btc", "ethereum", "crypto", "cryptocurrency", "wallet", "blockchain", "mining",
        "webcam", "recorded", "video", "pervert", "hacker", "malware", "spyware", "trojan",
        "比特币", "挖矿",
    ]

    static let stopWords = [
        "the", "a", "an", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with",
        "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
        "these", "those", "i", "you", "he", "she", "we", "they", "me", "him", "her", "us", "them", "my",
        "your", "his", "our", "their", "do", "does", "did", "have", "has", "had", "not", "no", "so",
        "than", "then", "there", "here", "what", "which", "who", "whom", "will", "would", "can",
        "could", "should", "may", "might", "must", "shall", "all", "any", "some", "into", "about",
        "over", "up", "out", "just", "also", "very", "such", "only", "own", "same", "too", "each",
        "other", "more", "most", "s", "t", "am", "re", "ve", "ll", "d", "m",
        "der", "die", "das", "und", "le", "la", "les", "et", "de", "el", "los", "y", "и", "в", "на",
    ]
}
