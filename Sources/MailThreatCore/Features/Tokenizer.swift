/// Splits text into normalised tokens: words for alphabetic scripts and character bigrams
/// for Han, Kana and Hangul runs (Chinese and Japanese mail has no spaces).
///
/// Normalisation is NFKC followed by case folding, done cheaply: the tokenizer walks the
/// UTF-8 bytes once and folds each scalar from a table (`A` → `a`, `Ｆ` → `f`, `É` → `é`);
/// only a word containing a scalar the table cannot fold alone (`ﬁ`, `ß`, `①`, a combining
/// accent, half-width Katakana) goes through Foundation's normaliser, and only that word.
///
/// - Words are runs of letters, digits and combining marks. Invisible format characters
///   (zero-width space, soft hyphen) inside a word are skipped, so `pay\u{200B}pal` is
///   `paypal`. Words longer than `maxWordBytes` are cut (the caller sees the full length).
/// - Han, Kana and Hangul runs give overlapping bigrams (`免费送货` → `免费`, `费送`, `送货`); a
///   one-character run gives that character.
/// - At most `maxTextBytes` bytes of a text are read.
///
/// ```swift
/// let tokenizer = Tokenizer(configuration: .default)
/// tokenizer.tokens(in: "ＦＲＥＥ ﬁnance! 免费送货")
/// // ["free", "finance", "免费", "费送", "送货"]
/// ```
public struct Tokenizer: Sendable, Hashable {
    /// Longest word kept whole, in UTF-8 bytes.
    public var maxWordBytes: Int
    /// Bytes of a text read at most.
    public var maxTextBytes: Int
    /// Character bigrams for CJK runs (`true`) or single characters.
    public var useCJKBigrams: Bool

    /// A tokenizer with the configuration's word limit, text limit and CJK mode.
    public init(configuration: FeatureConfiguration = .default) {
        self.maxWordBytes = configuration.clamped.maxWordBytes
        self.maxTextBytes = configuration.clamped.maxTextBytes
        self.useCJKBigrams = configuration.useCJKBigrams
    }

    /// The tokens of `text` as strings, in order (words and CJK grams, no cap on their number).
    public func tokens(in text: String) -> [String] {
        var collector = TokenCollector()
        _ = tokenize(text, into: &collector)
        return collector.tokens
    }

    /// Feeds the tokens of `text` to `handler` and counts characters into its
    /// ``TokenHandler/statistics``.
    ///
    /// - Returns: `false` when the handler stopped the run.
    func tokenize<Handler: TokenHandler>(_ text: String, into handler: inout Handler) -> Bool {
        var text = text
        let limit = maxTextBytes
        return text.withUTF8 { utf8 in
            let bytes = UnsafeBufferPointer(rebasing: utf8.prefix(max(0, limit)))
            return TokenizerRun<Handler>.run(bytes, maxWordBytes: min(max(1, maxWordBytes), 1_024),
                                             useCJKBigrams: useCJKBigrams,
                                             handler: &handler, allowFullFold: true)
        }
    }
}
