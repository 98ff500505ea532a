/// UTF-16 as CPython's `utf-16`, `utf-16-le` and `utf-16-be` codecs decode it.
///
/// - `utf-16` reads a byte order mark (consumed) and otherwise assumes little endian.
/// - A lone surrogate code unit is replaced (two bytes); a high surrogate without
///   room for its partner, or a trailing odd byte, makes the rest one U+FFFD.
enum UTF16Decoder {
    enum ByteOrder: Sendable {
        case littleEndian, bigEndian
        /// Byte order mark decides, little endian without one.
        case detect
    }

    static func decode(_ input: UnsafeRawBufferPointer, byteOrder: ByteOrder) -> String {
        let count = input.count
        var index = 0
        var bigEndian = false
        switch byteOrder {
        case .littleEndian: bigEndian = false
        case .bigEndian: bigEndian = true
        case .detect:
            if count >= 2 {
                if input[0] == 0xFF, input[1] == 0xFE {
                    index = 2
                } else if input[0] == 0xFE, input[1] == 0xFF {
                    index = 2
                    bigEndian = true
                }
            }
        }
        var output = UTF8Output(capacity: count + count / 2)

        func unit(at position: Int) -> UInt32 {
            bigEndian
                ? UInt32(input[position]) << 8 | UInt32(input[position + 1])
                : UInt32(input[position + 1]) << 8 | UInt32(input[position])
        }

        while count - index >= 2 {
            let first = unit(at: index)
            index += 2
            if first < 0xD800 || first > 0xDFFF {
                output.append(scalar: first)
                continue
            }
            if first >= 0xDC00 {  // lone low surrogate
                output.appendReplacement()
                continue
            }
            guard count - index >= 2 else {  // high surrogate at the end: rest is one error
                output.appendReplacement()
                return output.makeString()
            }
            let second = unit(at: index)
            if (0xDC00...0xDFFF).contains(second) {
                index += 2
                output.append(scalar: 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
            } else {
                output.appendReplacement()  // the high surrogate only; `second` is read again
            }
        }
        if index < count {
            output.appendReplacement()  // truncated data
        }
        return output.makeString()
    }
}
