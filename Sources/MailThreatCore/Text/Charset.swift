/// A text encoding for MIME bodies and encoded words, chosen from a declared
/// charset label exactly as the reference oracle chooses it (README section 4.3).
///
/// Decoding never fails: invalid or undefined bytes become U+FFFD, and unknown or
/// missing labels decode as UTF-8.
///
/// ```swift
/// let charset = Charset.forLabel("GB2312")        // read as GB18030
/// charset.name                                    // "gb18030"
/// charset.decode([0xC4, 0xE3, 0xBA, 0xC3])        // "你好"
/// Charset.forLabel("x-unknown").decode([0xFF])    // "\u{FFFD}"
/// ```
public struct Charset: Sendable, Hashable {
    let codec: CharsetCodec

    init(codec: CharsetCodec) {
        self.codec = codec
    }

    /// The charset for a declared label: the label is lower-cased, every character
    /// that is not `a-z` or `0-9` is removed, and the result is looked up in the
    /// oracle's table. Unknown and empty labels give UTF-8.
    ///
    /// ```swift
    /// Charset.forLabel("ISO-8859-1").name    // "cp1252"
    /// Charset.forLabel("ks_c_5601-1987")     // cp949
    /// Charset.forLabel("")                   // utf-8
    /// ```
    public static func forLabel(_ label: some StringProtocol) -> Charset {
        let key = squashedLabel(label)
        return Charset(codec: CharsetCodec.labelTable[key] ?? .utf8)
    }

    /// UTF-8, the default for missing and unknown labels.
    public static let utf8 = Charset(codec: .utf8)

    /// The canonical codec name, the Python codec the oracle uses (for example
    /// `"gb18030"`, `"cp1252"`, `"utf-8"`, or `"x-eucjp-ms"` for the oracle's own
    /// EUC-JP reader).
    public var name: String { codec.rawValue }

    /// Decodes `bytes` to text; invalid bytes become U+FFFD. Never throws or traps.
    public func decode(_ bytes: UnsafeRawBufferPointer) -> String {
        guard bytes.count > 0 else { return "" }
        if let special = codec.asciiBytesNeedingDecoder, ASCIIScan.isASCII(bytes),
            special.isEmpty || !bytes.contains(where: special.contains) {
            return String(decoding: bytes, as: UTF8.self)
        }
        return CharsetDecoding.decode(bytes, codec: codec)
    }

    /// Decodes `bytes` to text; invalid bytes become U+FFFD.
    public func decode(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { decode($0) }
    }

    /// Decodes `bytes` to text; invalid bytes become U+FFFD.
    public func decode(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.withUnsafeBytes { decode($0) }
    }

    /// Lower-case and keep only `a-z0-9` (README 4.3). Non-ASCII labels are lower-cased
    /// with full Unicode case mapping first, as Python's `str.lower()` does.
    static func squashedLabel(_ label: some StringProtocol) -> String {
        if label.utf8.contains(where: { $0 >= 0x80 }) {
            let lowered = String(label).lowercased()
            return String(String.UnicodeScalarView(lowered.unicodeScalars.filter { scalar in
                ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            }))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(label.utf8.count)
        for byte in label.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                bytes.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                bytes.append(byte | 0x20)
            default:
                continue
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
