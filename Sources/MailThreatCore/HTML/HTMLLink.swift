/// A hyperlink of an HTML body.
public struct HTMLLink: Sendable, Equatable {
    /// The `href` attribute: entities decoded, U+0000–U+0020 trimmed, TAB/CR/LF deleted; not resolved.
    public var href: String
    /// The visible anchor text, whitespace collapsed (at most ``HTMLScanLimits/maximumAnchorTextBytes``).
    public var text: String
    /// The `title` attribute, if any.
    public var title: String?
    /// `true` when the anchor contains an `<img>` (an image link).
    public var containsImage: Bool
    /// `true` when the link itself is inside hidden content.
    public var isHidden: Bool
    /// `true` for `<area href>` (image maps), `false` for `<a href>`.
    public var isArea: Bool

    /// A link description.
    public init(href: String, text: String = "", title: String? = nil, containsImage: Bool = false,
                isHidden: Bool = false, isArea: Bool = false) {
        self.href = href
        self.text = text
        self.title = title
        self.containsImage = containsImage
        self.isHidden = isHidden
        self.isArea = isArea
    }
}
