/// Reads an HTML body the way a mail reader would show it, for classifier features and
/// rules: visible text, links with their anchor text, images, forms, hidden-text tricks.
///
/// One linear pass over the UTF-8 bytes with the same tokenizer as
/// ``HTMLAttributeURLs/hrefAndSrc(_:)`` (CPython's `html.parser` rules, but never stopping
/// early), followed by a light tree model: an open-element stack with HTML's implied end
/// tags for `p`, `li`, table cells and options, inherited inline styles and colours, and
/// hiding classes from `<style>` blocks. Any input is accepted; ``HTMLScanLimits`` bounds
/// what is recorded, and ``HTMLContent/truncated`` tells when a bound was hit.
///
/// ```swift
/// let content = HTMLScanner.scan(#"<p>Your account <a href="http://x.example/">verify</a></p>"#)
/// content.visibleText        // "Your account verify"
/// content.links[0].href      // "http://x.example/"
/// content.links[0].text      // "verify"
/// ```
public enum HTMLScanner {
    /// Scans `html` with the default limits.
    public static func scan(_ html: String) -> HTMLContent {
        scan(html, limits: .default)
    }

    /// Scans `html` with custom `limits`.
    public static func scan(_ html: String, limits: HTMLScanLimits) -> HTMLContent {
        var copy = html
        return copy.withUTF8 { scan(utf8: $0, limits: limits) }
    }

    /// Scans UTF-8 `bytes` (invalid sequences are tolerated and become U+FFFD in the text).
    public static func scan(utf8 bytes: UnsafeBufferPointer<UInt8>, limits: HTMLScanLimits = .default) -> HTMLContent {
        var tokenizer = HTMLTokenizer(bytes: bytes, mode: .tolerant, sink: HTMLScanSink(bytes: bytes, limits: limits))
        tokenizer.run()
        return tokenizer.sink.finish(budgetExceeded: tokenizer.exceededWorkBudget)
    }
}
