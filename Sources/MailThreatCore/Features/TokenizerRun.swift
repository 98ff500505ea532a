/// The state of one ``Tokenizer`` pass over a text: the byte loop, the current word and the
/// current CJK run.
struct TokenizerRun<Handler: TokenHandler> {
    let maxWordBytes: Int
    let useCJKBigrams: Bool
    /// The current word, folded.
    var word: ByteScratch
    var shape = WordShape()
    /// The current word holds a scalar that needs ``CompatibilityCaseFolding``.
    var wordNeedsFullFold = false
    /// The previous CJK character's bytes, then the gram being emitted.
    var gram: ByteScratch
    /// Bytes of the previous CJK character at the start of ``gram``.
    var previousCJKBytes = 0
    /// Characters in the current CJK run.
    var cjkRunLength = 0
    var stopped = false
    /// Set on the run that re-reads a fully folded word whose original hid invisible characters.
    var carriedInvisible = false

    /// Tokenizes `bytes` with word and gram buffers on the stack; returns `false` when the
    /// handler stopped.
    static func run(_ bytes: UnsafeBufferPointer<UInt8>, maxWordBytes: Int, useCJKBigrams: Bool,
                    handler: inout Handler, allowFullFold: Bool, carriedInvisible: Bool = false) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxWordBytes + 16) { memory in
            var run = TokenizerRun(
                maxWordBytes: maxWordBytes, useCJKBigrams: useCJKBigrams,
                word: ByteScratch(UnsafeMutableBufferPointer(rebasing: memory[..<maxWordBytes])),
                gram: ByteScratch(UnsafeMutableBufferPointer(rebasing: memory[maxWordBytes...])))
            run.carriedInvisible = carriedInvisible
            return run.feed(bytes, handler: &handler, allowFullFold: allowFullFold)
        }
    }

    private init(maxWordBytes: Int, useCJKBigrams: Bool, word: ByteScratch, gram: ByteScratch) {
        self.maxWordBytes = maxWordBytes
        self.useCJKBigrams = useCJKBigrams
        self.word = word
        self.gram = gram
    }

    /// Tokenizes `bytes`; returns `false` when the handler stopped.
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, handler: inout Handler, allowFullFold: Bool) -> Bool {
        let table = ScalarTraits.table
        let asciiFold = ScalarTraits.asciiWordFold
        return table.withUnsafeBufferPointer { table in
          asciiFold.withUnsafeBufferPointer { asciiFold in
            var index = 0
            let count = bytes.count
            while index < count && !stopped {
                let value: UInt32
                let byte = bytes[index]
                if byte < 0x80 {
                    if asciiFold[Int(byte)] != 0 {
                        // Fast path: a run of ASCII letters and digits.
                        if cjkRunLength > 0 { endCJKRun(handler: &handler) }
                        index = appendASCIIRun(bytes, from: index, fold: asciiFold)
                        continue
                    }
                    value = UInt32(byte)
                    index &+= 1
                } else {
                    let (decoded, length) = UTF8Scalar.decode(bytes, at: index)
                    value = decoded
                    index &+= length
                }
                let traits = value < 0x10000 ? ScalarTraits(raw: table[Int(value)]) : ScalarTraits.classify(value)
                let kind = traits.kindValue
                if kind == ScalarTraits.Kind.word.rawValue || kind == ScalarTraits.Kind.mark.rawValue {
                    if cjkRunLength > 0 { endCJKRun(handler: &handler) }
                    append(value, traits)
                } else if kind == ScalarTraits.Kind.cjk.rawValue {
                    if shape.byteCount > 0 {
                        flushWord(handler: &handler, allowFullFold: allowFullFold)
                    }
                    if !stopped { addCJK(value, scriptIndex: traits.scriptValue, handler: &handler) }
                } else if kind == ScalarTraits.Kind.invisible.rawValue {
                    handler.statistics.invisibleCharacters &+= 1
                    if (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) {
                        handler.statistics.bidiControls &+= 1
                    }
                    if shape.byteCount > 0 { shape.hadInvisible = true }
                } else {
                    if shape.byteCount > 0 {
                        flushWord(handler: &handler, allowFullFold: allowFullFold)
                    }
                    if cjkRunLength > 0 { endCJKRun(handler: &handler) }
                    if kind == ScalarTraits.Kind.phraseBreak.rawValue {
                        handler.phraseBreak()
                        if value == 0x21 || value == 0xFF01 { handler.statistics.exclamations &+= 1 }
                    } else if traits.isCurrency {
                        handler.statistics.currencySymbols &+= 1
                    } else if traits.isPictograph {
                        handler.statistics.pictographs &+= 1
                    }
                }
            }
            if !stopped && shape.byteCount > 0 {
                flushWord(handler: &handler, allowFullFold: allowFullFold)
            }
            if !stopped && cjkRunLength > 0 { endCJKRun(handler: &handler) }
            return !stopped
          }
        }
    }

    /// Appends the run of ASCII letters and digits starting at `start` to the current word;
    /// returns the index after it.
    @inline(__always)
    mutating func appendASCIIRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                 fold: UnsafeBufferPointer<UInt8>) -> Int {
        let (end, letters, uppercase) = word.appendASCIIWordCharacters(
            bytes, from: start, fold: fold, limit: maxWordBytes &- shape.byteCount)
        let length = end &- start
        if shape.byteCount &+ length > maxWordBytes { shape.isTruncated = true }
        shape.byteCount &+= length
        shape.letters &+= letters
        shape.uppercase &+= uppercase
        shape.digits &+= length &- letters
        if letters > 0 { shape.scripts |= 1 << UInt16(TextScript.latin.rawValue) }
        return end
    }

    /// Adds one word scalar (folded) to the current word.
    @inline(__always)
    mutating func append(_ value: UInt32, _ traits: ScalarTraits) {
        let script = traits.scriptValue
        if script != 0 {  // TextScript.common
            shape.letters &+= 1
            shape.scripts |= 1 << UInt16(truncatingIfNeeded: script)
            if traits.isUppercase { shape.uppercase &+= 1 }
        } else if traits.kindValue == ScalarTraits.Kind.word.rawValue {
            shape.digits &+= 1
        }
        if traits.needsFullFold { wordNeedsFullFold = true }
        let output = traits.fold != 0 ? traits.fold : value
        let length = UTF8Scalar.length(output)
        shape.byteCount &+= length
        if shape.byteCount <= maxWordBytes {
            word.appendScalar(output)
        } else {
            shape.isTruncated = true
        }
    }

    /// Hands the current word to the handler (through the full fold when it needs one).
    mutating func flushWord(handler: inout Handler, allowFullFold: Bool) {
        defer { resetWord() }
        if shape.hadInvisible { handler.statistics.wordsWithInvisible &+= 1 }
        if wordNeedsFullFold && allowFullFold && !shape.isTruncated {
            let folded = CompatibilityCaseFolding.fold(utf8: word.bytes)
            let hadInvisible = shape.hadInvisible
            resetWord()
            let completed = folded.withUnsafeBufferPointer {
                TokenizerRun.run($0, maxWordBytes: maxWordBytes, useCJKBigrams: useCJKBigrams,
                                 handler: &handler, allowFullFold: false, carriedInvisible: hadInvisible)
            }
            if !completed { stopped = true }
            return
        }
        if carriedInvisible { shape.hadInvisible = true; carriedInvisible = false }
        if !handler.word(word.bytes, shape: shape) { stopped = true }
    }

    mutating func resetWord() {
        word.removeAll()
        shape = WordShape()
        wordNeedsFullFold = false
    }

    /// Adds a CJK character: emits the bigram with the previous one (or the character alone
    /// when bigrams are off).
    mutating func addCJK(_ value: UInt32, scriptIndex: UInt32, handler: inout Handler) {
        handler.statistics.cjkCharacters &+= 1
        handler.statistics.scriptCounts[Int(scriptIndex & 15)] &+= 1
        if useCJKBigrams {
            gram.appendScalar(value)
            if cjkRunLength > 0 {
                if !handler.cjk(gram.bytes, characters: 2) { stopped = true }
                gram.removeFirst(previousCJKBytes)
            }
            previousCJKBytes = gram.count
        } else {
            gram.removeAll()
            gram.appendScalar(value)
            if !handler.cjk(gram.bytes, characters: 1) { stopped = true }
        }
        cjkRunLength &+= 1
    }

    /// Ends a CJK run; a run of one character is emitted alone.
    mutating func endCJKRun(handler: inout Handler) {
        if useCJKBigrams && cjkRunLength == 1 {
            if !handler.cjk(gram.bytes, characters: 1) { stopped = true }
        }
        gram.removeAll()
        previousCJKBytes = 0
        cjkRunLength = 0
    }
}
