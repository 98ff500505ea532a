/// Which of CPython's parser failures the tokenizer reproduces.
enum HTMLTokenizerMode: Sendable {
    /// Stop exactly where CPython 3.11's `HTMLParser.feed` raises (an unknown `<![keyword`,
    /// a decimal reference of more than 4,300 digits), as the MIME-summary oracle does.
    case pythonCompatible
    /// Never stop early: constructs CPython chokes on are skipped like a bogus comment.
    case tolerant
}
