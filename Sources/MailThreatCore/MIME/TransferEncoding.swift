/// A Content-Transfer-Encoding, as declared by the first such field of an entity.
///
/// Only ``base64`` and ``quotedPrintable`` change the bytes of a body part
/// (`../shared/tools/README.md` 5.3); ``uuencode`` is recognised and decoded into
/// ``EmbeddedFile``s by the content extractor, not in the part body itself.
public enum TransferEncoding: Sendable, Hashable {
    case sevenBit, eightBit, binary, base64, quotedPrintable, uuencode
    /// Any other declared value, lower-cased.
    case other(String)

    /// Reads the mechanism from an unfolded field value: `^[ \t]*([^ \t;(]*)`, lower-cased.
    /// A missing field is ``sevenBit``.
    public init(fieldValue: [UInt8]?) {
        guard let value = fieldValue else { self = .sevenBit; return }
        var i = 0
        while i < value.count, ASCII.isBlank(value[i]) { i += 1 }
        var token: [UInt8] = []
        while i < value.count {
            let byte = value[i]
            if byte == ASCII.space || byte == ASCII.tab || byte == 0x3B || byte == 0x28 { break }
            token.append(ASCII.lowercase(byte))
            i += 1
        }
        switch String(decoding: token, as: UTF8.self) {
        case "", "7bit": self = .sevenBit
        case "8bit": self = .eightBit
        case "binary": self = .binary
        case "base64": self = .base64
        case "quoted-printable": self = .quotedPrintable
        case "x-uuencode", "uuencode", "x-uue", "uue": self = .uuencode
        case let other: self = .other(other)
        }
    }

    /// True for the encodings whose bytes a decoder changes.
    public var changesBytes: Bool { self == .base64 || self == .quotedPrintable }
}
