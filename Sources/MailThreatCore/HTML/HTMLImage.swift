/// An `<img>` of an HTML body.
public struct HTMLImage: Sendable, Equatable {
    /// The `src` attribute (cleaned like ``HTMLLink/href``), if present.
    public var src: String?
    /// Width in CSS pixels from the `width` attribute or the inline style, if given as a number.
    public var width: Int?
    /// Height in CSS pixels from the `height` attribute or the inline style, if given as a number.
    public var height: Int?
    /// The `alt` attribute, if present.
    public var alt: String?
    /// `true` when the image is inside hidden content or hidden itself.
    public var isHidden: Bool

    /// `true` for a 0–1 pixel image (a tracking pixel).
    public var isTiny: Bool { (width.map { $0 <= 1 } ?? false) || (height.map { $0 <= 1 } ?? false) }

    /// An image description.
    public init(src: String? = nil, width: Int? = nil, height: Int? = nil, alt: String? = nil, isHidden: Bool = false) {
        self.src = src
        self.width = width
        self.height = height
        self.alt = alt
        self.isHidden = isHidden
    }
}
