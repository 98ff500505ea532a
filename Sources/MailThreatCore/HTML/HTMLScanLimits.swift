/// Bounds on what ``HTMLScanner`` records; reaching one sets ``HTMLContent/truncated``.
public struct HTMLScanLimits: Sendable, Equatable {
    /// Start tags interpreted; scanning stops after this many.
    public var maximumTags = 200_000
    /// Links recorded in ``HTMLContent/links``.
    public var maximumLinks = 2_000
    /// Images recorded in ``HTMLContent/images``.
    public var maximumImages = 2_000
    /// Forms recorded in ``HTMLContent/forms``.
    public var maximumForms = 64
    /// Bytes of ``HTMLContent/visibleText`` (UTF-8).
    public var maximumVisibleTextBytes = 4 << 20
    /// Bytes of each ``HTMLLink/text``.
    public var maximumAnchorTextBytes = 512
    /// Bytes of ``HTMLContent/title``.
    public var maximumTitleBytes = 1_024
    /// Bytes of ``HiddenTextSignals/sample``.
    public var maximumHiddenSampleBytes = 4_096
    /// Open elements tracked for styles and hiding; deeper ones are treated as empty.
    public var maximumElementDepth = 512

    /// The defaults (safe for any input).
    public static let `default` = HTMLScanLimits()

    /// The default limits.
    public init() {}
}
