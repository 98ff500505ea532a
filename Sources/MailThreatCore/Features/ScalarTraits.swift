/// What the tokenizer needs to know about one Unicode scalar, packed in 32 bits so that the
/// whole Basic Multilingual Plane fits one lookup table (``table``).
///
/// Layout: bits 0–15 the simple fold target (a BMP scalar, 0 for none), bits 16–18 the
/// ``Kind``, bit 19 "needs full NFKC + case fold", bits 20–23 the ``TextScript``, bit 24
/// "currency symbol", bit 25 "pictograph / emoji", bit 26 "upper- or title-case letter".
struct ScalarTraits: Sendable, Hashable {
    /// The role of a scalar in tokenization.
    enum Kind: UInt32 {
        /// Space or symbol: ends a word, does not end a phrase.
        case separator = 0
        /// Punctuation: ends a word and the phrase (no word bigram across it).
        case phraseBreak = 1
        /// Letter or digit of an alphabetic script: part of a word.
        case word = 2
        /// Combining mark: continues a word.
        case mark = 3
        /// Han, Kana or Hangul letter: goes to the character-bigram path.
        case cjk = 4
        /// Invisible format character (zero-width space, soft hyphen, bidi controls):
        /// skipped without ending the word, and counted.
        case invisible = 5
    }

    let raw: UInt32

    init(raw: UInt32) { self.raw = raw }

    init(kind: Kind, script: TextScript = .common, fold: UInt32 = 0, needsFullFold: Bool = false,
         isCurrency: Bool = false, isPictograph: Bool = false, isUppercase: Bool = false) {
        var raw = (fold & 0xFFFF) | kind.rawValue << 16 | UInt32(script.rawValue) << 20
        if needsFullFold { raw |= 1 << 19 }
        if isCurrency { raw |= 1 << 24 }
        if isPictograph { raw |= 1 << 25 }
        if isUppercase { raw |= 1 << 26 }
        self.raw = raw
    }

    var kind: Kind { Kind(rawValue: kindValue) ?? .separator }
    /// ``kind``'s raw value, for the tokenizer's inner loop.
    @inline(__always)
    var kindValue: UInt32 { (raw >> 16) & 7 }
    /// ``script``'s raw value (0 for ``TextScript/common``).
    @inline(__always)
    var scriptValue: UInt32 { (raw >> 20) & 0xF }
    /// The scalar to write instead of this one (already NFKC-case-folded), or 0.
    var fold: UInt32 { raw & 0xFFFF }
    /// The word containing this scalar must go through ``CompatibilityCaseFolding``.
    var needsFullFold: Bool { raw & (1 << 19) != 0 }
    var script: TextScript { TextScript(rawValue: UInt8(scriptValue)) ?? .other }
    var isCurrency: Bool { raw & (1 << 24) != 0 }
    var isPictograph: Bool { raw & (1 << 25) != 0 }
    var isUppercase: Bool { raw & (1 << 26) != 0 }

    // MARK: - Lookup

    /// Traits of every BMP scalar, built once on first use (about 18,000 property look-ups;
    /// the large Han and Hangul blocks are filled by range).
    static let table: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0x10000)
        for value in 0..<UInt32(0x10000) {
            table[Int(value)] = classify(value).raw
        }
        return table
    }()

    /// For each ASCII byte: its lower-case form if it is a letter or digit, else 0 (the
    /// tokenizer's fast path).
    static let asciiWordFold: [UInt8] = (0..<128).map { byte -> UInt8 in
        switch byte {
        case 0x30...0x39, 0x61...0x7A: return UInt8(byte)
        case 0x41...0x5A: return UInt8(byte | 0x20)
        default: return 0
        }
    }

    /// Traits of any scalar: the table for the BMP, a direct computation above it.
    @inline(__always)
    static func of(_ value: UInt32) -> ScalarTraits {
        if value < 0x10000 {
            return table.withUnsafeBufferPointer { ScalarTraits(raw: $0[Int(value)]) }
        }
        return classify(value)
    }

    // MARK: - Classification

    /// Computes the traits of one scalar from the Unicode properties.
    static func classify(_ value: UInt32) -> ScalarTraits {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x20000...0x2A6DF, 0x2A700...0x2EBEF, 0x30000...0x3134F:
            return ScalarTraits(kind: .cjk, script: .han)
        case 0xAC00...0xD7A3:
            return ScalarTraits(kind: .cjk, script: .hangul)
        case 0xD800...0xDFFF, 0xE000...0xF8FF, 0xF0000...:
            return ScalarTraits(kind: .separator)
        case 0xFF01...0xFF5E:
            return fullWidthASCII(value)
        default:
            break
        }
        if value < 0x80 { return ascii(UInt8(value)) }
        guard let scalar = Unicode.Scalar(value) else { return ScalarTraits(kind: .separator) }
        let properties = scalar.properties
        if properties.isWhitespace { return ScalarTraits(kind: .separator) }
        let category = properties.generalCategory
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            let isLetter = category != .decimalNumber && category != .letterNumber && category != .otherNumber
            let script = isLetter ? TextScript.ofLetter(value) : (value >= 0x3000 && value <= 0x303F ? .han : .common)
            if script.isCJK && !properties.changesWhenNFKCCaseFolded {
                return ScalarTraits(kind: .cjk, script: script)
            }
            let isUppercase = category == .uppercaseLetter || category == .titlecaseLetter
            return wordTraits(scalar, properties: properties, script: script, isUppercase: isUppercase)
        case .nonspacingMark, .spacingMark, .enclosingMark:
            // Only the diacritics that compose with Latin, Greek, Cyrillic and Kana need NFC.
            let composes = (0x300...0x36F).contains(value) || value == 0x3099 || value == 0x309A
            return ScalarTraits(kind: .mark, needsFullFold: composes || properties.changesWhenNFKCCaseFolded)
        case .format:
            return ScalarTraits(kind: .invisible)
        case .connectorPunctuation, .dashPunctuation:
            return ScalarTraits(kind: .separator)
        case .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return ScalarTraits(kind: .phraseBreak)
        case .currencySymbol:
            return ScalarTraits(kind: .separator, isCurrency: true)
        case .otherSymbol:
            // Circled and squared letters and digits fold to plain ones (Ⓕⓡⓔⓔ → free).
            if properties.changesWhenNFKCCaseFolded
                && ((0x2460...0x24FF).contains(value) || (0x3200...0x33FF).contains(value)
                    || (0x1F100...0x1F1FF).contains(value)) {
                return ScalarTraits(kind: .word, script: .common, needsFullFold: true)
            }
            let pictograph = (0x2600...0x27BF).contains(value) || (0x1F300...0x1FAFF).contains(value)
            return ScalarTraits(kind: .separator, isPictograph: pictograph)
        default:
            return ScalarTraits(kind: .separator)
        }
    }

    /// A letter or digit: stable, simply folded (one scalar, e.g. `É` → `é`) or in need of
    /// the full NFKC + case fold.
    private static func wordTraits(_ scalar: Unicode.Scalar, properties: Unicode.Scalar.Properties,
                                   script: TextScript, isUppercase: Bool) -> ScalarTraits {
        let kind: Kind = script.isCJK ? .cjk : .word
        guard properties.changesWhenNFKCCaseFolded else {
            return ScalarTraits(kind: kind, script: script, isUppercase: isUppercase)
        }
        let lower = properties.lowercaseMapping.unicodeScalars
        if lower.count == 1, let target = lower.first, target.value < 0x10000, target != scalar,
           !target.properties.changesWhenNFKCCaseFolded {
            return ScalarTraits(kind: kind, script: script, fold: target.value, isUppercase: isUppercase)
        }
        // A CJK character that needs the full fold (half-width Katakana, compatibility
        // ideographs) is read as a word first; its folded form comes back as CJK.
        return ScalarTraits(kind: .word, script: script, needsFullFold: true, isUppercase: isUppercase)
    }

    /// `！`…`～` fold to their ASCII counterparts (letters lower-cased).
    private static func fullWidthASCII(_ value: UInt32) -> ScalarTraits {
        let byte = UInt8(value - 0xFEE0)
        let ascii = ascii(byte)
        let folded = UInt32(ASCII.lowercase(byte))
        return ScalarTraits(kind: ascii.kind, script: ascii.script, fold: folded, isCurrency: ascii.isCurrency,
                            isUppercase: ascii.isUppercase)
    }

    /// ASCII: letters and digits are word characters, `.,;:!?()[]{}<>"|` end a phrase,
    /// the rest separate words. Upper-case letters fold to lower case.
    static func ascii(_ byte: UInt8) -> ScalarTraits {
        switch byte {
        case 0x41...0x5A:
            return ScalarTraits(kind: .word, script: .latin, fold: UInt32(byte | 0x20), isUppercase: true)
        case 0x61...0x7A:
            return ScalarTraits(kind: .word, script: .latin)
        case 0x30...0x39:
            return ScalarTraits(kind: .word)
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
             UInt8(ascii: "?"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
             UInt8(ascii: "|"):
            return ScalarTraits(kind: .phraseBreak)
        case UInt8(ascii: "$"):
            return ScalarTraits(kind: .separator, isCurrency: true)
        default:
            return ScalarTraits(kind: .separator)
        }
    }
}
