/// Packs the first bytes of a tag or attribute name, ASCII-lower-cased, into one integer
/// (byte `i` of the name in bits `8i..<8i+8`), for matching names with a `switch`.
enum HTMLNameKey {
    /// The first `min(length, width)` bytes at `start` lower-cased and packed (`width` ≤ 8);
    /// `nil` when one of them is not ASCII.
    @inline(__always)
    static func pack(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, length: Int, width: Int) -> UInt64? {
        let used = Swift.min(length, width)
        var word: UInt64
        if start + 8 <= bytes.count, let base = bytes.baseAddress {
            word = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
            if used < 8 { word &= (1 << (UInt64(used) * 8)) &- 1 }
        } else {
            word = 0
            for offset in 0..<used { word |= UInt64(bytes[start + offset]) << (UInt64(offset) * 8) }
        }
        let highs: UInt64 = 0x8080_8080_8080_8080
        guard word & highs == 0 else { return nil }
        // Bytes in 'A'...'Z' get 0x20 added (SWAR, exact for ASCII input).
        let atLeastA = word &+ 0x3F3F_3F3F_3F3F_3F3F
        let atLeastBracket = word &+ 0x2525_2525_2525_2525
        let upper = atLeastA & ~atLeastBracket & highs
        return word | (upper >> 2)
    }

    /// `pack` for a string literal (used for the few names longer than the packed width).
    static func pack(_ name: StaticString) -> UInt64 {
        var key: UInt64 = 0
        for offset in 0..<Swift.min(name.utf8CodeUnitCount, 8) {
            key |= UInt64(name.utf8Start[offset]) << (UInt64(offset) * 8)
        }
        return key
    }
}
