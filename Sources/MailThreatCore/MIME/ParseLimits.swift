/// Resource limits applied while parsing one message.
///
/// Every limit has a safe default for a mail gateway. Exceeding a limit never throws and never
/// crashes: the parser stops doing the expensive thing, keeps what it has, and records a
/// ``MIMEDefect`` (kind ``MIMEDefect/Kind/limitExceeded``-family) on the part where it happened,
/// so later stages can treat the message as suspicious rather than clean.
///
/// ```swift
/// var limits = ParseLimits()
/// limits.maxParts = 200
/// let message = MIMEParser(limits: limits).parse(bytes)
/// ```
public struct ParseLimits: Sendable, Hashable {
    /// Deepest multipart / message nesting that is still descended into (the root is depth 0).
    /// Deeper entities are kept as opaque leaves.
    public var maxNestingDepth: Int = 64
    /// Maximum number of MIME entities (containers and leaves) in one message.
    public var maxParts: Int = 2_000
    /// Maximum bytes of one header block that are parsed into fields; the rest of the block is
    /// skipped (its end is still found, in linear time).
    public var maxHeaderBlockBytes: Int = 1 << 20
    /// Maximum number of header fields kept per header block.
    public var maxHeaderFields: Int = 2_000
    /// Maximum bytes produced by transfer decoding (base64, quoted-printable, uuencode) summed
    /// over the whole message. Parts past the budget are truncated.
    public var maxDecodedBytes: Int = 64 << 20
    /// Maximum number of uuencoded blocks looked for in text bodies.
    public var maxUUEncodedBlocks: Int = 32

    /// The default limits.
    public init() {}
}
