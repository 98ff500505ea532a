/// One attribute of a start tag as CPython's `html.parser` splits it, as byte ranges
/// into the tokenised buffer.
struct HTMLRawAttribute: Sendable {
    /// The attribute name as written (CPython lower-cases it).
    var name: Range<Int>
    /// The value without its quotes, entities not yet decoded; empty when there is none.
    var value: Range<Int>
    /// `false` for a bare attribute (`<input disabled>`), whose value CPython reports as `None`.
    var hasValue: Bool
}
