/// What the tokenizer saw of one word besides its folded bytes: letter, digit and
/// upper-case counts, the scripts of its letters and whether it was cut or hid invisible
/// characters. Feature code uses it to turn numbers and ids into shapes and to spot
/// homoglyph words (`pаypal` with a Cyrillic `а`).
struct WordShape: Sendable, Hashable {
    /// Letters (any script).
    var letters = 0
    /// Digits (any script).
    var digits = 0
    /// Letters that were upper- or title-case before folding.
    var uppercase = 0
    /// Bit `1 << script.rawValue` for every ``TextScript`` of its letters.
    var scripts: UInt16 = 0
    /// Invisible format characters (zero-width space, soft hyphen…) were skipped inside it.
    var hadInvisible = false
    /// The word was longer than the configured maximum; only its first bytes are given.
    var isTruncated = false
    /// The full length in UTF-8 bytes after folding, truncated or not.
    var byteCount = 0

    /// True when letters of two different scripts (common excluded) occur in the word.
    var mixesScripts: Bool {
        let letterScripts = scripts & ~(1 << UInt16(TextScript.common.rawValue))
        return letterScripts & (letterScripts &- 1) != 0
    }

    /// True when the word has digits and no letters.
    var isNumber: Bool { digits > 0 && letters == 0 }
}
