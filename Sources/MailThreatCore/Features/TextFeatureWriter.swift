/// Turns the tokens of one text field into features: words (or their shapes), word bigrams
/// inside phrases and CJK grams, namespaced by ``TextField``; looks every token up in the
/// lexicon and keeps the per-field ``TextStatistics`` and ``LexiconTally``.
///
/// Word shapes keep ids and numbers from becoming corpus fingerprints: a number becomes
/// `shape:num.<digits>` (`num.7+` from seven digits), a letters-and-digits token longer than
/// 8 bytes `shape:id.<length bucket>`, a word over the length limit
/// `shape:long.<length bucket>` (`s.shape:`, `dn.shape:`, `an.shape:` in the other fields),
/// and in a shorter letters-and-digits token every digit run becomes `0` (`mp3` → `mp0`).
/// One-letter ASCII words are dropped.
///
/// This is the hot path: tokens are hashed straight from the tokenizer's buffer with
/// precomputed namespace states, and a bigram's hash combines the two word hashes, so no
/// name is ever assembled unless the sink asks for names.
struct TextFeatureWriter<Sink: FeatureSink>: TokenHandler {
    var emitter: FeatureEmitter<Sink>
    let lexicon: LexiconTable
    let useWordBigrams: Bool
    let maxTokens: Int
    let maxWordBytes: Int
    /// The field being read.
    private(set) var field: TextField = .body
    /// Counts for the current field (reset by ``begin(_:)``).
    var statistics = TextStatistics()
    /// Lexicon matches of the current field.
    var tally = LexiconTally()
    /// Text tokens emitted over all fields of the message (the cap counts these).
    private(set) var tokensEmitted = 0
    /// The cap stopped a field.
    private(set) var reachedTokenCap = false

    /// Namespace states: `w`, `cjk`, and the current field's word and gram namespaces.
    private let wordState: UInt64
    private let gramState: UInt64
    private var fieldWordNamespace: StaticString = "w"
    private var fieldWordState: UInt64
    private var fieldGramNamespace: StaticString = "cjk"
    private var fieldGramState: UInt64
    private let states: [UInt64]

    /// The previous word of the phrase: its `w:` hash, and its bytes when the sink wants names.
    private var previousHash: UInt64 = 0
    private var previousWord: ByteScratch
    private var hasPrevious = false
    private var previousIsStopWord = false
    /// The previous word begins a two-word lexicon entry.
    private var previousStartsPhrase = false

    /// Bytes of scratch memory a writer needs for `configuration`.
    static func scratchCapacity(for configuration: FeatureConfiguration) -> Int {
        configuration.clamped.maxWordBytes + 8
    }

    /// Creates a writer; `scratch` (``scratchCapacity(for:)`` bytes) must outlive it.
    init(emitter: FeatureEmitter<Sink>, lexicon: LexiconTable, configuration: FeatureConfiguration,
         scratch: UnsafeMutableBufferPointer<UInt8>) {
        self.emitter = emitter
        self.lexicon = lexicon
        self.useWordBigrams = configuration.useWordBigrams
        self.maxTokens = max(0, configuration.maxTextTokens)
        self.maxWordBytes = configuration.maxWordBytes
        self.previousWord = ByteScratch(scratch)
        let hasher = emitter.hasher
        wordState = hasher.wordState
        gramState = hasher.namespaceState("cjk")
        fieldWordState = wordState
        fieldGramState = gramState
        states = [
            hasher.namespaceState("s"), hasher.namespaceState("s.cjk"),
            hasher.namespaceState("dn"), hasher.namespaceState("dn.cjk"),
            hasher.namespaceState("an"), hasher.namespaceState("an.cjk"),
        ]
    }

    /// Starts a new field: resets its statistics, tally and the bigram chain.
    mutating func begin(_ field: TextField) {
        self.field = field
        statistics = TextStatistics()
        tally = LexiconTally()
        hasPrevious = false
        switch field {
        case .body:
            (fieldWordNamespace, fieldWordState) = ("w", wordState)
            (fieldGramNamespace, fieldGramState) = ("cjk", gramState)
        case .subject:
            (fieldWordNamespace, fieldWordState) = ("s", states[0])
            (fieldGramNamespace, fieldGramState) = ("s.cjk", states[1])
        case .displayName:
            (fieldWordNamespace, fieldWordState) = ("dn", states[2])
            (fieldGramNamespace, fieldGramState) = ("dn.cjk", states[3])
        case .attachmentName:
            (fieldWordNamespace, fieldWordState) = ("an", states[4])
            (fieldGramNamespace, fieldGramState) = ("an.cjk", states[5])
        }
    }

    mutating func phraseBreak() {
        hasPrevious = false
    }

    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, shape: WordShape) -> Bool {
        guard tokensEmitted < maxTokens else {
            reachedTokenCap = true
            return false
        }
        tokensEmitted &+= 1
        statistics.words &+= 1
        if shape.isTruncated || shape.byteCount > maxWordBytes {
            emitter.count(shapeNamespace, WordShapeLabels.long[FeatureBucket.logIndex(shape.byteCount)])
            hasPrevious = false
            return true
        }
        if shape.isNumber {
            emitter.count(shapeNamespace, WordShapeLabels.number[min(shape.digits, WordShapeLabels.number.count - 1)])
            hasPrevious = false
            return true
        }
        if shape.digits > 0 && shape.letters > 0 && shape.byteCount > 8 {
            emitter.count(shapeNamespace, WordShapeLabels.id[FeatureBucket.logIndex(shape.byteCount)])
            hasPrevious = false
            return true
        }
        if bytes.count == 1 && shape.letters == 1 { return true }
        if shape.digits > 0 && shape.letters > 0 {
            // Short letters-and-digits tokens keep their letters, not their numbers (`mp3` →
            // `mp0`, `2005q3` → `0q0`): years and amounts are not vocabulary.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
                let length = Self.collapseDigitRuns(bytes, into: buffer)
                return emitWord(UnsafeBufferPointer(rebasing: buffer[..<length]), shape: shape)
            }
        }
        return emitWord(bytes, shape: shape)
    }

    /// Writes `bytes` with every run of ASCII digits replaced by one `0`; returns the length.
    static func collapseDigitRuns(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var length = 0
        var previousWasDigit = false
        for byte in bytes where length < buffer.count {
            let isDigit = byte >= 0x30 && byte <= 0x39
            if isDigit && previousWasDigit { continue }
            buffer[length] = isDigit ? 0x30 : byte
            length += 1
            previousWasDigit = isDigit
        }
        return length
    }

    /// Emits a word (already shaped) with its lexicon look-up and bigram.
    private mutating func emitWord(_ bytes: UnsafeBufferPointer<UInt8>, shape: WordShape) -> Bool {
        if shape.mixesScripts { statistics.mixedScriptWords &+= 1 }
        if shape.letters >= 2 && shape.uppercase == shape.letters { statistics.uppercaseWords &+= 1 }
        let letterScripts = shape.scripts & ~(1 << UInt16(TextScript.common.rawValue))
        if letterScripts != 0 { statistics.scriptCounts[letterScripts.trailingZeroBitCount & 15] &+= 1 }

        let hasher = emitter.hasher
        let wordHash = hasher.hash(token: bytes, state: wordState)
        if field == .body {
            emitter.count("w", bytes, hash: wordHash)
        } else {
            emitter.count(fieldWordNamespace, bytes, hash: hasher.hash(token: bytes, state: fieldWordState))
            if field == .subject { emitter.count("w", bytes, hash: wordHash) }
        }
        let categories = lexicon.categories(ofHash: wordHash)
        if categories != 0 { tally.add(categories) }
        let isStopWord = categories & LexiconCategory.stopWord.bit != 0

        if useWordBigrams && field.usesWordBigrams {
            if hasPrevious && !(isStopWord && previousIsStopWord) {
                let bigramHash = hasher.bigramHash(previousHash, wordHash)
                let name = FeatureName(namespace: "bi", token: previousWord.bytes, second: bytes)
                emitter.sink.add(name, hash: bigramHash, isFlag: false)
                if previousStartsPhrase {
                    let bigramCategories = lexicon.categories(ofHash: bigramHash)
                    if bigramCategories != 0 { tally.add(bigramCategories) }
                }
            }
            previousHash = wordHash
            previousStartsPhrase = categories & LexiconTable.phraseStartBit != 0
            if Sink.needsNames {
                previousWord.removeAll()
                previousWord.append(bytes)
            }
        }
        hasPrevious = true
        previousIsStopWord = isStopWord
        return true
    }

    mutating func cjk(_ bytes: UnsafeBufferPointer<UInt8>, characters: Int) -> Bool {
        guard tokensEmitted < maxTokens else {
            reachedTokenCap = true
            return false
        }
        tokensEmitted &+= 1
        hasPrevious = false
        let hasher = emitter.hasher
        let gramHash = hasher.hash(token: bytes, state: gramState)
        if field == .body {
            emitter.count("cjk", bytes, hash: gramHash)
        } else {
            emitter.count(fieldGramNamespace, bytes, hash: hasher.hash(token: bytes, state: fieldGramState))
            if field == .subject { emitter.count("cjk", bytes, hash: gramHash) }
        }
        if characters == 2 {
            let categories = lexicon.categories(ofHash: gramHash)
            if categories != 0 { tally.add(categories) }
        }
        return true
    }

    /// Namespace of the shape tokens (`shape:num.4`) of the current field.
    private var shapeNamespace: StaticString {
        switch field {
        case .subject: return "s.shape"
        case .body: return "shape"
        case .displayName: return "dn.shape"
        case .attachmentName: return "an.shape"
        }
    }
}
