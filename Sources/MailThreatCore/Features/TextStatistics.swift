/// Character- and word-level counts over the text of one message, for the style features
/// (`txt.caps`, `txt.exclaim`, `txt.invisible`, `txt.mixed_script`, `txt.script:…`).
struct TextStatistics: Sendable, Hashable {
    /// Words handed to the feature code (numbers included).
    var words = 0
    /// Words of at least two letters written entirely in upper case.
    var uppercaseWords = 0
    /// Words mixing letters of two scripts (`pаypal` with a Cyrillic `а`).
    var mixedScriptWords = 0
    /// Words that had invisible characters inside (`pay\u{200B}pal`).
    var wordsWithInvisible = 0
    /// Han, Kana and Hangul characters.
    var cjkCharacters = 0
    /// `!` and `！`.
    var exclamations = 0
    /// Currency symbols (`$`, `€`, `£`, `¥`, `₽`…).
    var currencySymbols = 0
    /// Pictographs and emoji.
    var pictographs = 0
    /// Invisible format characters anywhere.
    var invisibleCharacters = 0
    /// Bidirectional override and isolate controls (U+202A–U+202E, U+2066–U+2069), used to
    /// disguise file names and links.
    var bidiControls = 0
    /// Words per ``TextScript`` (by the word's first letter script), CJK characters under
    /// their script.
    var scriptCounts = SIMD16<Int32>()

    /// Words plus CJK characters.
    var tokenCount: Int { words + cjkCharacters }

    /// Adds another field's counts.
    mutating func merge(_ other: TextStatistics) {
        words &+= other.words
        uppercaseWords &+= other.uppercaseWords
        mixedScriptWords &+= other.mixedScriptWords
        wordsWithInvisible &+= other.wordsWithInvisible
        cjkCharacters &+= other.cjkCharacters
        exclamations &+= other.exclamations
        currencySymbols &+= other.currencySymbols
        pictographs &+= other.pictographs
        invisibleCharacters &+= other.invisibleCharacters
        bidiControls &+= other.bidiControls
        scriptCounts &+= other.scriptCounts
    }
}
