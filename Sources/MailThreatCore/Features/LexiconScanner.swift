/// A ``TokenHandler`` that emits nothing and only tallies lexicon matches: for texts whose
/// words are signals but not features of their own (link anchor texts, host labels).
struct LexiconScanner: TokenHandler {
    let hasher: FeatureHasher
    let lexicon: LexiconTable
    var statistics = TextStatistics()
    var tally = LexiconTally()
    /// Words read at most (anchor texts are short; this bounds hostile ones).
    var remainingWords: Int
    private let cjkState: UInt64
    private var previousHash: UInt64 = 0
    private var hasPrevious = false
    private var previousStartsPhrase = false

    init(hasher: FeatureHasher, lexicon: LexiconTable, maxWords: Int = 64) {
        self.hasher = hasher
        self.lexicon = lexicon
        self.remainingWords = maxWords
        self.cjkState = hasher.namespaceState("cjk")
    }

    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, shape: WordShape) -> Bool {
        guard remainingWords > 0 else { return false }
        remainingWords -= 1
        statistics.words &+= 1
        if shape.isNumber || shape.isTruncated {
            hasPrevious = false
            return true
        }
        let wordHash = hasher.hash(token: bytes, state: hasher.wordState)
        tally(wordHash)
        if hasPrevious && previousStartsPhrase { tally(hasher.bigramHash(previousHash, wordHash)) }
        previousStartsPhrase = lexicon.categories(ofHash: wordHash) & LexiconTable.phraseStartBit != 0
        previousHash = wordHash
        hasPrevious = true
        return true
    }

    mutating func cjk(_ bytes: UnsafeBufferPointer<UInt8>, characters: Int) -> Bool {
        guard remainingWords > 0 else { return false }
        remainingWords -= 1
        hasPrevious = false
        if characters == 2 { tally(hasher.hash(token: bytes, state: cjkState)) }
        return true
    }

    mutating func phraseBreak() {
        hasPrevious = false
    }

    /// Counts the lexicon categories of a feature hash.
    private mutating func tally(_ hash: UInt64) {
        let categories = lexicon.categories(ofHash: hash)
        if categories != 0 { tally.add(categories) }
    }
}
