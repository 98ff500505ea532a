/// How a step of the CPython header-grammar port failed.
///
/// CPython's `_header_value_parser` signals a grammar mismatch with `HeaderParseError` (which
/// callers catch to try another rule) and an invalid encoded word with its subclass
/// `_InvalidEwError`. Any *other* exception (`IndexError`, `AttributeError`, …) escapes the
/// parser entirely; the MIME-summary contract then falls back to `email.utils.getaddresses`.
/// ``crash`` stands for those.
enum HeaderGrammarFailure: Error, Equatable {
    /// `HeaderParseError`: this rule does not match here.
    case parse
    /// `_InvalidEwError`: `=?…?=` was found but is not a valid encoded word.
    case invalidEncodedWord
    /// Any other exception: CPython gives up on the whole field.
    case crash
}
