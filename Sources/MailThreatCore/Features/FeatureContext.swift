/// The immutable parts of a ``FeatureExtractor`` the families share: configuration, hasher,
/// tokenizer and lexicon.
struct FeatureContext: Sendable, Hashable {
    let configuration: FeatureConfiguration
    let hasher: FeatureHasher
    let tokenizer: Tokenizer
    let lexicon: LexiconTable

    /// Prepares everything for `configuration`, clamped into its valid ranges.
    init(configuration: FeatureConfiguration) {
        let configuration = configuration.clamped
        self.configuration = configuration
        hasher = FeatureHasher(configuration: configuration)
        tokenizer = Tokenizer(configuration: configuration)
        lexicon = LexiconTable(hasher: hasher, tokenizer: tokenizer)
    }

    /// The lexicon categories of a single lower-case ASCII word (`paypal`).
    func categories(ofWord word: Substring) -> UInt16 {
        var word = word
        let hash = word.withUTF8 { hasher.hash(token: $0, state: hasher.wordState) }
        return lexicon.categories(ofHash: hash)
    }

    /// True when the lower-case word is a brand name of the lexicon.
    func isBrand(_ word: Substring) -> Bool {
        categories(ofWord: word) & LexiconCategory.brand.bit != 0
    }
}
