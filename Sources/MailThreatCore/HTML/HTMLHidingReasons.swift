/// Why text in an HTML element would not be seen by the reader.
public struct HTMLHidingReasons: OptionSet, Sendable, Hashable {
    /// The bit set.
    public let rawValue: UInt8
    /// Reasons from their bit set.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// `display:none`, `mso-hide:all` or the `hidden` attribute.
    public static let displayNone = HTMLHidingReasons(rawValue: 1 << 0)
    /// `visibility:hidden` or `visibility:collapse`.
    public static let visibilityHidden = HTMLHidingReasons(rawValue: 1 << 1)
    /// `font-size` of at most 1.5 px (`0`, `1px`, `1pt`, `0.05em`, …).
    public static let tinyFont = HTMLHidingReasons(rawValue: 1 << 2)
    /// A box of (almost) zero width or height that clips its content (`overflow:hidden`,
    /// `max-height:0`), or zero width and height.
    public static let zeroSize = HTMLHidingReasons(rawValue: 1 << 3)
    /// `opacity` of at most 0.05, or a transparent text colour.
    public static let transparent = HTMLHidingReasons(rawValue: 1 << 4)
    /// Moved far out of view (`text-indent`, `left`, `top`, `margin-left`, `margin-top` ≤ -500 px).
    public static let offscreen = HTMLHidingReasons(rawValue: 1 << 5)
    /// The text colour is (almost) the background colour, e.g. `color:#fff` on the default
    /// white background.
    public static let colorMatchesBackground = HTMLHidingReasons(rawValue: 1 << 6)
}
