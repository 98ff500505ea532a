/// Limits of the library reading (``MessageContent``), on top of the parser's ``ParseLimits``.
///
/// Real mail never comes near them (no message of the corpora does); hostile mail that does is
/// read up to the limit, and the content records it (``MessageContent/exceededContentLimits``,
/// which also sets ``MessageContent/hitLimit``), so a verdict is at least `tag` and never a
/// silent pass as clean. They keep the cost per byte of giant text parts and header fields
/// within a small factor of ordinary mail.
///
/// ```swift
/// var limits = ContentLimits()
/// limits.maxTextPartBytes = 256 << 10
/// let content = MessageContent(message: MIMEParser().parse(bytes), limits: limits)
/// if content.exceededContentLimits { print("read in part only") }
/// ```
public struct ContentLimits: Sendable, Hashable {
    /// Decoded bytes of one `text/plain` or `text/html` part read as body text (charset
    /// decoding, HTML rendering, URL extraction). Default 1 MiB; the features read 64 KiB.
    public var maxTextPartBytes: Int = 1 << 20
    /// Bytes of one header field value read as Subject, From, Reply-To, Sender, Return-Path,
    /// mailer, Message-ID or Date. Default 16 KiB (no real field comes near it).
    public var maxHeaderValueBytes: Int = 16 << 10
    /// Bytes of a `To` or `Cc` value read as an address list. Default 64 KiB (about 1,500
    /// addresses); lists are cut after the last comma within the limit.
    public var maxRecipientListBytes: Int = 64 << 10

    /// The defaults.
    public static let `default` = ContentLimits()

    /// Creates the default limits.
    public init() {}

    /// `value` cut to `limit` bytes (after the last comma within the limit when `atComma` and
    /// there is one), and whether it was cut.
    static func bounded(_ value: [UInt8], limit: Int, atComma: Bool) -> (value: [UInt8], cut: Bool) {
        let limit = max(0, limit)
        guard value.count > limit else { return (value, false) }
        var end = limit
        if atComma, let comma = value[..<limit].lastIndex(of: 0x2C) { end = comma }
        return (Array(value[..<end]), true)
    }
}
