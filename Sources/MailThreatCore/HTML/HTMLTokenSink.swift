/// Receives the tokens of ``HTMLTokenizer`` (all positions are byte offsets).
protocol HTMLTokenSink {
    /// Character data outside `<script>`/`<style>`. `decodesReferences` is `false` for the
    /// one kind of chunk CPython passes on without `unescape` (a rejected start tag's text).
    mutating func characters(_ range: Range<Int>, decodesReferences: Bool)
    /// The raw content of a `<script>` or `<style>` element.
    mutating func rawText(_ range: Range<Int>)
    /// A start tag (`selfClosing` for `<tag ... />`) with its attributes in source order
    /// (valid during the call only).
    mutating func startTag(name: Range<Int>, attributes: UnsafeBufferPointer<HTMLRawAttribute>, selfClosing: Bool)
    /// An end tag; `name` is empty for `</>`-like junk without a name.
    mutating func endTag(name: Range<Int>)
    /// The text of a `<!-- comment -->`.
    mutating func comment(_ range: Range<Int>)
    /// Checked after every token: `true` stops tokenising (limits reached).
    var wantsToStop: Bool { get }
}
