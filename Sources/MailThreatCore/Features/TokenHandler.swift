/// Receives the tokens of a ``Tokenizer`` run as they are found.
///
/// Buffers passed in are only valid during the call. Returning `false` from ``word(_:shape:)``
/// or ``cjk(_:characters:)`` stops the run (the per-message token cap).
protocol TokenHandler {
    /// Character counts the tokenizer keeps up to date (exclamations, currency symbols,
    /// invisible characters, CJK characters); the handler may add its own word counts.
    var statistics: TextStatistics { get set }
    /// A word of an alphabetic script (or a number), NFKC-case-folded UTF-8.
    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, shape: WordShape) -> Bool
    /// A Han/Kana/Hangul gram: a character bigram, or a single character (a run of one, or
    /// any character when bigrams are off).
    mutating func cjk(_ bytes: UnsafeBufferPointer<UInt8>, characters: Int) -> Bool
    /// Punctuation ended a phrase: no word bigram spans it.
    mutating func phraseBreak()
}
