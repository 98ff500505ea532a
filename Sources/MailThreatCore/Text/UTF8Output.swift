/// A growing UTF-8 buffer that decoders append Unicode scalars to, turned into
/// a `String` at the end. Values that are not Unicode scalars (surrogates,
/// anything above U+10FFFF) are written as U+FFFD, so the result is always
/// valid UTF-8.
struct UTF8Output {
    private(set) var bytes: [UInt8] = []

    /// Reserves room for about `capacity` bytes of output.
    init(capacity: Int) {
        bytes.reserveCapacity(max(16, capacity))
    }

    /// Appends one ASCII byte (must be below 0x80).
    @inline(__always)
    mutating func appendASCII(_ byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends bytes that are already UTF-8 (ASCII runs, converter output).
    /// Invalid sequences are repaired by ``makeString()``.
    mutating func append(utf8Bytes run: UnsafeRawBufferPointer) {
        bytes.append(contentsOf: run)
    }

    /// Appends U+FFFD REPLACEMENT CHARACTER.
    @inline(__always)
    mutating func appendReplacement() {
        bytes.append(0xEF)
        bytes.append(0xBF)
        bytes.append(0xBD)
    }

    /// Appends the scalar `value`, or U+FFFD when `value` is not a Unicode scalar.
    @inline(__always)
    mutating func append(scalar value: UInt32) {
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(truncatingIfNeeded: value))
        case 0x80..<0x800:
            bytes.append(UInt8(truncatingIfNeeded: 0xC0 | (value >> 6)))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F)))
        case 0xD800...0xDFFF:
            appendReplacement()
        case 0x800..<0x10000:
            bytes.append(UInt8(truncatingIfNeeded: 0xE0 | (value >> 12)))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F)))
        case 0x10000...0x10FFFF:
            bytes.append(UInt8(truncatingIfNeeded: 0xF0 | (value >> 18)))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | ((value >> 12) & 0x3F)))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F)))
        default:
            appendReplacement()
        }
    }

    /// The text written so far.
    func makeString() -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
