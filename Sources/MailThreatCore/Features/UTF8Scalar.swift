/// Minimal UTF-8 decoding of single scalars (and encoded lengths) for the byte-level feature code.
enum UTF8Scalar {
    /// Decodes the scalar starting at `index` (which must be in bounds). Malformed, overlong,
    /// surrogate or truncated sequences give U+FFFD and consume one byte, so every input ends.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let count = bytes.count
        func continuation(_ offset: Int) -> UInt32? {
            let position = index &+ offset
            guard position < count else { return nil }
            let byte = bytes[position]
            return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
        }
        switch lead {
        case 0xC2...0xDF:
            if let c1 = continuation(1) { return (UInt32(lead & 0x1F) << 6 | c1, 2) }
        case 0xE0...0xEF:
            if let c1 = continuation(1), let c2 = continuation(2) {
                let value = UInt32(lead & 0x0F) << 12 | c1 << 6 | c2
                if value >= 0x800 && !(0xD800...0xDFFF).contains(value) { return (value, 3) }
            }
        case 0xF0...0xF4:
            if let c1 = continuation(1), let c2 = continuation(2), let c3 = continuation(3) {
                let value = UInt32(lead & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
                if (0x10000...0x10FFFF).contains(value) { return (value, 4) }
            }
        default:
            break
        }
        return (0xFFFD, 1)
    }

    /// Bytes needed to encode `value`.
    @inline(__always)
    static func length(_ value: UInt32) -> Int {
        value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
    }
}
