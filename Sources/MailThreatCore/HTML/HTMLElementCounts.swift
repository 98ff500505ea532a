/// Element counts of an HTML body (all occurrences, also past the recording limits).
public struct HTMLElementCounts: Sendable, Equatable {
    /// Start tags (including self-closing ones).
    public var tags = 0
    /// `<a href>` and `<area href>`.
    public var links = 0
    /// `<img>` elements.
    public var images = 0
    /// `<table>` elements.
    public var tables = 0
    /// `<form>` elements.
    public var forms = 0
    /// `<input>` elements.
    public var inputs = 0
    /// `<script>` elements.
    public var scripts = 0
    /// `<style>` elements.
    public var styles = 0
    /// `<iframe>` and `<frame>`.
    public var iframes = 0
    /// `<object>`, `<embed>` and `<applet>`.
    public var objects = 0
    /// `<!-- comments -->` and the characters inside them.
    public var comments = 0
    /// Characters inside comments.
    public var commentCharacters = 0

    /// All counts zero.
    public init() {}
}
