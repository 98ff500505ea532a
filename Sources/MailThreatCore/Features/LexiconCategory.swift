/// A family of lure words. The lexicon features count these per message (`lex.money:4-7`),
/// which transfers across corpora and years far better than the words themselves.
enum LexiconCategory: Int, Sendable, Hashable, CaseIterable {
    /// Money, prices, loans, income (`free`, `cash`, `discount`, `贷款`).
    case money
    /// Pressure and deadlines (`urgent`, `expires`, `immediately`, `立即`).
    case urgency
    /// Account access (`password`, `login`, `verify`, `账户`).
    case credential
    /// Security alarms (`suspended`, `unauthorized`, `locked`, `unusual`).
    case security
    /// Calls to act (`click`, `click here`, `download`, `点击`).
    case action
    /// Prizes and lotteries (`winner`, `lottery`, `prize`, `中奖`).
    case prize
    /// Advance-fee story elements (`beneficiary`, `inheritance`, `next of kin`, `barrister`).
    case advanceFee
    /// Pharmacy spam (`viagra`, `pills`, `prescription`).
    case pharma
    /// Adult content and dating.
    case adult
    /// Brands phishers impersonate (`paypal`, `apple`, `bank`, `irs`).
    case brand
    /// Bulk-marketing furniture (`unsubscribe`, `newsletter`, `promotion`, `退订`).
    case marketing
    /// Parcel and delivery notices (`parcel`, `shipment`, `tracking`).
    case delivery
    /// Documents and payments used as attachment lures (`invoice`, `receipt`, `发票`).
    case invoice
    /// Crypto-currency and extortion (`bitcoin`, `wallet`, `webcam`).
    case crypto
    /// Function words: a bigram of two of these is not emitted.
    case stopWord

    /// The bit of this category in a ``LexiconTable`` entry.
    var bit: UInt16 { 1 << UInt16(rawValue) }

    /// The name used in feature strings (`lex.money`).
    var name: StaticString {
        switch self {
        case .money: return "money"
        case .urgency: return "urgency"
        case .credential: return "credential"
        case .security: return "security"
        case .action: return "action"
        case .prize: return "prize"
        case .advanceFee: return "advance_fee"
        case .pharma: return "pharma"
        case .adult: return "adult"
        case .brand: return "brand"
        case .marketing: return "marketing"
        case .delivery: return "delivery"
        case .invoice: return "invoice"
        case .crypto: return "crypto"
        case .stopWord: return "stop"
        }
    }

    /// True for the categories that make up the "lure" share of a text.
    var isLure: Bool {
        switch self {
        case .money, .urgency, .credential, .security, .prize, .advanceFee, .pharma, .adult, .crypto:
            return true
        case .action, .brand, .marketing, .delivery, .invoice, .stopWord:
            return false
        }
    }
}
