/// UTF-32 as CPython's `utf-32`, `utf-32-le` and `utf-32-be` codecs decode it.
///
/// - `utf-32` reads a byte order mark (consumed) and otherwise assumes little endian.
/// - A code unit that is a surrogate or above U+10FFFF is replaced (four bytes);
///   1-3 trailing bytes become one U+FFFD.
enum UTF32Decoder {
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
            if count >= 4 {
                if input[0] == 0xFF, input[1] == 0xFE, input[2] == 0, input[3] == 0 {
                    index = 4
                } else if input[0] == 0, input[1] == 0, input[2] == 0xFE, input[3] == 0xFF {
                    index = 4
                    bigEndian = true
                }
            }
        }
        var output = UTF8Output(capacity: count)
        while count - index >= 4 {
            let bytes = (
                UInt32(input[index]), UInt32(input[index + 1]), UInt32(input[index + 2]), UInt32(input[index + 3])
            )
            let value = bigEndian
                ? bytes.0 << 24 | bytes.1 << 16 | bytes.2 << 8 | bytes.3
                : bytes.3 << 24 | bytes.2 << 16 | bytes.1 << 8 | bytes.0
            output.append(scalar: value)  // surrogates and values above U+10FFFF become U+FFFD
            index += 4
        }
        if index < count {
            output.appendReplacement()
        }
        return output.makeString()
    }
}
