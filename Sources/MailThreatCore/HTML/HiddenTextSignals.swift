/// Signals of text hidden from the reader (a spam and phishing trick: hidden word salad,
/// invisible "preheaders", white-on-white text).
public struct HiddenTextSignals: Sendable, Equatable {
    /// Non-whitespace characters of text inside hidden content.
    public var hiddenCharacterCount = 0
    /// Elements that hide their content by their own style or attributes.
    public var hiddenElementCount = 0
    /// Elements with ``HTMLHidingReasons/displayNone`` (an element may have several reasons).
    public var displayNoneCount = 0
    /// Elements with ``HTMLHidingReasons/visibilityHidden``.
    public var visibilityHiddenCount = 0
    /// Elements with ``HTMLHidingReasons/tinyFont``.
    public var tinyFontCount = 0
    /// Elements with ``HTMLHidingReasons/zeroSize``.
    public var zeroSizeCount = 0
    /// Elements with ``HTMLHidingReasons/transparent``.
    public var transparentCount = 0
    /// Elements with ``HTMLHidingReasons/offscreen``.
    public var offscreenCount = 0
    /// Elements with ``HTMLHidingReasons/colorMatchesBackground``.
    public var colorMatchesBackgroundCount = 0
    /// All reasons seen.
    public var reasons: HTMLHidingReasons = []
    /// Zero-width and soft-hyphen characters (U+200B–U+200D, U+2060, U+FEFF, U+00AD) removed
    /// from the text (a word-splitting trick).
    public var zeroWidthCharacterCount = 0
    /// The start of the hidden text, whitespace collapsed (at most ``HTMLScanLimits/maximumHiddenSampleBytes``).
    public var sample = ""

    /// No hidden text.
    public init() {}

    mutating func record(_ newReasons: HTMLHidingReasons) {
        guard !newReasons.isEmpty else { return }
        hiddenElementCount += 1
        reasons.formUnion(newReasons)
        if newReasons.contains(.displayNone) { displayNoneCount += 1 }
        if newReasons.contains(.visibilityHidden) { visibilityHiddenCount += 1 }
        if newReasons.contains(.tinyFont) { tinyFontCount += 1 }
        if newReasons.contains(.zeroSize) { zeroSizeCount += 1 }
        if newReasons.contains(.transparent) { transparentCount += 1 }
        if newReasons.contains(.offscreen) { offscreenCount += 1 }
        if newReasons.contains(.colorMatchesBackground) { colorMatchesBackgroundCount += 1 }
    }
}
