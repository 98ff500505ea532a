/// An immutable open-addressing table from feature hashes to ``LexiconCategory`` bits.
///
/// The keys are the hashes of the feature names the text path emits anyway (`w:verify`,
/// `bi:click here`, `cjk:免费`) under the extractor's seed, so looking a token up costs no
/// extra hashing. A 16,384-bit filter in front answers "not in the lexicon" for most words
/// with one cached bit; the first word of every two-word entry carries ``phraseStartBit`` so
/// the text path only looks bigrams up after such a word.
struct LexiconTable: Sendable, Hashable {
    /// Set on `w:` entries that begin a two-word entry (not a category).
    static let phraseStartBit: UInt16 = 1 << 15

    private let keys: [UInt64]
    private let categories: [UInt16]
    private let shift: UInt64
    /// Bit `hash >> 50` is set for every key.
    private let filter: [UInt64]

    /// Builds the table for ``LexiconWords`` with `hasher`, normalising every entry with
    /// `tokenizer` exactly as text is normalised.
    ///
    /// - One word gives `w:word`; two words give `bi:first second`; three or more give the
    ///   bigram of the last two; Han/Kana/Hangul entries give every character bigram.
    /// - Entries with digits give nothing (the text path turns numbers into shapes).
    init(hasher: FeatureHasher, tokenizer: Tokenizer) {
        var pairs: [(UInt64, UInt16)] = []
        for (category, words) in LexiconWords.entries {
            for entry in words {
                for name in Self.featureNames(for: entry, tokenizer: tokenizer) {
                    pairs.append((hasher.hash(name), category.bit))
                    if name.hasPrefix("bi:"), let space = name.firstIndex(of: " ") {
                        let first = "w:" + name[name.index(name.startIndex, offsetBy: 3)..<space]
                        pairs.append((hasher.hash(first), Self.phraseStartBit))
                    }
                }
            }
        }
        var bits = 4
        while (1 << bits) < pairs.count * 2 { bits += 1 }
        let capacity = 1 << bits
        var keys = [UInt64](repeating: 0, count: capacity)
        var categories = [UInt16](repeating: 0, count: capacity)
        let shift = UInt64(64 - bits)
        for (hash, bit) in pairs where hash != 0 {
            var slot = Int(truncatingIfNeeded: hash >> shift)
            while keys[slot] != 0 && keys[slot] != hash {
                slot = (slot + 1) & (capacity - 1)
            }
            keys[slot] = hash
            categories[slot] |= bit
        }
        var filter = [UInt64](repeating: 0, count: 256)
        for key in keys where key != 0 {
            let bit = Int(truncatingIfNeeded: key >> 50)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.keys = keys
        self.categories = categories
        self.shift = shift
        self.filter = filter
    }

    /// The feature names one lexicon entry matches (see ``init(hasher:tokenizer:)``).
    static func featureNames(for entry: String, tokenizer: Tokenizer) -> [String] {
        let tokens = tokenizer.tokens(in: entry)
        guard !tokens.isEmpty else { return [] }
        if tokens.contains(where: { $0.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }) { return [] }
        let isCJK = entry.unicodeScalars.contains { TextScript.ofLetter($0.value).isCJK }
        if isCJK { return tokens.map { "cjk:" + $0 } }
        switch tokens.count {
        case 1: return ["w:" + tokens[0]]
        default: return ["bi:" + tokens[tokens.count - 2] + " " + tokens[tokens.count - 1]]
        }
    }

    /// The categories of a feature hash (0 when it is not in the lexicon).
    ///
    /// Text alternates between lexicon words (stop words are most of them) and other words
    /// about as unpredictably as it likes, so the home slot is read and compared without a
    /// branch on the filter; only a filter hit whose home slot holds another key walks the
    /// probe sequence.
    @inline(__always)
    func categories(ofHash hash: UInt64) -> UInt16 {
        let bit = Int(truncatingIfNeeded: hash >> 50)
        let filterHit = filter.withUnsafeBufferPointer { $0[bit >> 6] } & (1 << UInt64(bit & 63)) != 0
        let home = Int(truncatingIfNeeded: hash >> shift)
        let homeKey = keys.withUnsafeBufferPointer { $0[home] }
        let homeCategories = categories.withUnsafeBufferPointer { $0[home] }
        if homeKey == hash { return homeCategories }
        guard filterHit && homeKey != 0 else { return 0 }
        return probe(after: home, hash: hash)
    }

    /// The categories of `hash` searched past its home slot.
    private func probe(after home: Int, hash: UInt64) -> UInt16 {
        let mask = keys.count - 1
        var slot = home
        return keys.withUnsafeBufferPointer { keys in
            while true {
                slot = (slot + 1) & mask
                let key = keys[slot]
                if key == hash { return categories[slot] }
                if key == 0 { return 0 }
            }
        }
    }
}
