/// Word-at-a-time scanning for bytes with the high bit set.
enum ASCIIScan {
    /// Index of the first byte >= 0x80 in `bytes`, or `bytes.count` when all are ASCII.
    ///
    /// ```swift
    /// let text: [UInt8] = Array("abc\u{e9}".utf8)
    /// text.withUnsafeBytes { ASCIIScan.firstNonASCII(in: $0) }   // 3
    /// ```
    static func firstNonASCII(in bytes: UnsafeRawBufferPointer) -> Int {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return 0 }
        var index = 0
        let highBits: UInt64 = 0x8080_8080_8080_8080
        while count - index >= 32 {
            let word0 = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let word1 = base.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
            let word2 = base.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self)
            let word3 = base.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)
            if (word0 | word1 | word2 | word3) & highBits != 0 { break }
            index += 32
        }
        while count - index >= 8 {
            let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & highBits
            if word != 0 {
                return index + (UInt64(littleEndian: word).trailingZeroBitCount >> 3)
            }
            index += 8
        }
        while index < count, bytes[index] < 0x80 {
            index += 1
        }
        return index
    }

    /// True when every byte of `bytes` is below 0x80.
    static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        firstNonASCII(in: bytes) == bytes.count
    }
}
