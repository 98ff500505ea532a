/// What ``HTMLScanner`` reads out of an HTML body: the text a reader sees, the links,
/// images and forms, hidden-text signals and a few structural counts.
public struct HTMLContent: Sendable, Equatable {
    /// The rendered text: entities decoded; script, style, title, comments and `<!…>` dropped;
    /// hidden text (see ``hiddenText``) left out; whitespace runs collapsed to one space,
    /// block elements and `<br>` giving line breaks; zero-width characters removed.
    public var visibleText: String = ""
    /// The first `<title>`, whitespace collapsed; `nil` when there is none.
    public var title: String?
    /// `<a href>` and `<area href>` in document order (at most ``HTMLScanLimits/maximumLinks``).
    public var links: [HTMLLink] = []
    /// `<img>` elements in document order (at most ``HTMLScanLimits/maximumImages``).
    public var images: [HTMLImage] = []
    /// Forms in document order; inputs outside any `<form>` are collected in an implicit form.
    public var forms: [HTMLForm] = []
    /// Text the reader would not see, and why.
    public var hiddenText = HiddenTextSignals()
    /// The `href` of the first `<base>`.
    public var baseHref: String?
    /// The URL of the first `<meta http-equiv="refresh" content="N; url=…">`.
    public var metaRefreshURL: String?
    /// Element counts.
    public var counts = HTMLElementCounts()
    /// `true` when a limit of ``HTMLScanLimits`` was reached and something was left out.
    public var truncated = false

    /// An empty result.
    public init() {}
}
