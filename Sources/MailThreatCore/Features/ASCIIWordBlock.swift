/// Eight text bytes classified at once (SWAR: SIMD within one 64-bit register) for the
/// tokenizer's ASCII fast path: which bytes are ASCII letters or digits, how many of the
/// leading ones form a run, and their case-folded form.
///
/// Every per-byte mask has bit 7 of a byte set for "yes" and all other bits clear. The
/// bytes are loaded little-endian, so byte 0 is the lowest byte of the word and the run is
/// counted from the low end.
///
/// ```swift
/// let block = ASCIIWordBlock(loadingFrom: pointer)   // "Hi 2U!.."
/// block.runLength                                     // 2 ("Hi")
/// block.folded                                        // "hi 2u!.." (letters lower-cased)
/// ```
struct ASCIIWordBlock {
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x0101_0101_0101_0101

    /// The eight bytes as loaded.
    let bytes: UInt64
    /// Bit 7 set in each byte that is an ASCII letter.
    let letters: UInt64
    /// Bit 7 set in each byte that is an ASCII letter or digit.
    let wordBytes: UInt64

    /// Classifies the eight bytes at `pointer` (no alignment needed).
    @inline(__always)
    init(loadingFrom pointer: UnsafeRawPointer) {
        self.init(UInt64(littleEndian: pointer.loadUnaligned(as: UInt64.self)))
    }

    /// Classifies eight bytes packed little-endian into `bytes`.
    @inline(__always)
    init(_ bytes: UInt64) {
        self.bytes = bytes
        let ascii = ~bytes & Self.highBits
        // With bit 7 forced on, subtracting c from a byte b < 0x80 never borrows from the
        // next byte and leaves bit 7 set exactly when b ≥ c.
        let raised = bytes | Self.highBits
        let digits = Self.atLeast(raised, 0x30) & ~Self.atLeast(raised, 0x3A)
        // `x | 0x20` maps both cases of a letter onto a-z, and nothing else onto a-z.
        let raisedLower = raised | 0x2020_2020_2020_2020
        let letters = Self.atLeast(raisedLower, 0x61) & ~Self.atLeast(raisedLower, 0x7B) & ascii
        self.letters = letters
        self.wordBytes = (digits & ascii) | letters
    }

    /// Bit 7 of each byte of `raised` (bytes with bit 7 forced on) set when the byte's low
    /// seven bits are at least `threshold` (at most 0x80).
    @inline(__always)
    private static func atLeast(_ raised: UInt64, _ threshold: UInt64) -> UInt64 {
        (raised &- lowBits &* threshold) & highBits
    }

    /// Leading bytes that are ASCII letters or digits (0…8).
    @inline(__always)
    var runLength: Int {
        (~wordBytes & Self.highBits).trailingZeroBitCount &>> 3
    }

    /// Of the first `length` bytes (0…8): letters and upper-case letters.
    @inline(__always)
    func letterCounts(inFirst length: Int) -> (letters: Int, uppercase: Int) {
        let prefix = length >= 8 ? UInt64.max : (1 &<< UInt64(length &* 8)) &- 1
        let letters = self.letters & prefix
        // Bit 5 (0x20) is clear in an upper-case letter; `<< 2` lines it up with bit 7.
        let uppercase = letters & ~(bytes &<< 2)
        return (letters.nonzeroBitCount, uppercase.nonzeroBitCount)
    }

    /// The eight bytes with every ASCII letter lower-cased, packed little-endian.
    @inline(__always)
    var folded: UInt64 {
        bytes | (letters &>> 2)
    }
}
