/// How many lexicon matches of each ``LexiconCategory`` a text had.
struct LexiconTally: Sendable, Hashable {
    private(set) var counts = SIMD16<Int32>()

    /// Counts one match for every category bit set in `bits` (stop words and the
    /// phrase-start marker excluded).
    @inline(__always)
    mutating func add(_ bits: UInt16) {
        var remaining = bits & ~LexiconCategory.stopWord.bit & ~LexiconTable.phraseStartBit
        while remaining != 0 {
            let position = remaining.trailingZeroBitCount
            counts[position] &+= 1
            remaining &= remaining &- 1
        }
    }

    /// Matches of `category`.
    subscript(category: LexiconCategory) -> Int { Int(counts[category.rawValue]) }

    /// Matches of all lure categories (``LexiconCategory/isLure``).
    var lureCount: Int {
        LexiconCategory.allCases.reduce(0) { $0 + ($1.isLure ? self[$1] : 0) }
    }

    /// Adds another tally.
    mutating func merge(_ other: LexiconTally) {
        counts &+= other.counts
    }
}
