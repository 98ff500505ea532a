/// Rewrites HTML character data into the "cleaned" form that ``HTMLTextAccumulator`` takes:
/// whitespace runs become one 0x20 (line feeds stay 0x0A in preformatted text), other C0
/// controls and DEL are dropped, zero-width characters are dropped and counted, everything
/// else is copied.
///
/// The output buffer is reused from chunk to chunk (no allocation per text chunk once it
/// has grown to the longest chunk). Plain ASCII text, including single spaces between
/// words, is copied eight bytes at a time.
///
/// ```swift
/// var cleaner = HTMLTextCleaner()
/// let result = cleaner.clean(input, preformatted: false, stopAtAmpersand: false)!
/// accumulator.append(cleaned: cleaner.output)
/// ```
struct HTMLTextCleaner {
    /// What one call found.
    struct Result: Equatable {
        /// Non-whitespace characters written (zero-width characters excluded).
        var characters: Int
        /// Zero-width and soft-hyphen characters dropped.
        var zeroWidth: Int
    }

    private let buffer = HTMLScratchBuffer<UInt8>(capacity: 256)
    /// Bytes of the last successful ``clean(_:preformatted:stopAtAmpersand:)`` in the buffer.
    private(set) var count = 0

    /// The output of the last successful call (valid until the next call).
    var output: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: buffer.base, count: count) }

    /// Cleans `input` into the output buffer. With `stopAtAmpersand`, returns `nil` as soon as
    /// an `&` is seen (the caller decodes references first); the output is then empty.
    mutating func clean(_ input: UnsafeBufferPointer<UInt8>, preformatted: Bool, stopAtAmpersand: Bool) -> Result? {
        guard let base = input.baseAddress, !input.isEmpty else {
            count = 0
            return Result(characters: 0, zeroWidth: 0)
        }
        buffer.reserve(input.count)
        var characters = 0
        var zeroWidth = 0
        let out = buffer.base
        let written = { () -> Int in
            // The output is never longer than the input, so 8-byte stores at `write` stay
            // inside the buffer while `index + 8 <= count`.
            var write = 0
            var index = 0
            let count = input.count
            var lastWasSpace = false
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            while index < count {
                if index + 8 <= count {
                    let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                    // Bytes that are not plain: below 0x20, 0x7F and above, '&' when asked.
                    // (Only the lowest flag of this mask is exact, which is all that is used.)
                    var special = (word &- ones &* 0x20) & ~word & highs
                    special |= ((word &+ ones) | word) & highs
                    if stopAtAmpersand {
                        let ampersands = word ^ (ones &* 0x26)
                        special |= (ampersands &- ones) & ~ampersands & highs
                    }
                    // Spaces (exact): a space right after a space, or first after collapsed
                    // whitespace, ends the copied run too.
                    let notSpaces = word ^ (ones &* 0x20)
                    let spaces = ~(((notSpaces & lows) &+ lows) | notSpaces) & highs
                    var stop = special | (spaces & (spaces << 8))
                    if lastWasSpace { stop |= spaces & 0x80 }
                    let run = stop == 0 ? 8 : stop.trailingZeroBitCount >> 3
                    if run > 0 {
                        UnsafeMutableRawPointer(out + write).storeBytes(of: word.littleEndian, as: UInt64.self)
                        let kept = run == 8 ? ~0 as UInt64 : (1 << (UInt64(run) << 3)) &- 1
                        let copiedSpaces = (spaces & kept).nonzeroBitCount
                        write += run
                        index += run
                        characters += run - copiedSpaces
                        lastWasSpace = spaces & (0x80 << (UInt64(run - 1) << 3)) != 0
                        continue
                    }
                    if !preformatted {
                        // A run of ASCII whitespace (0x09...0x0D, 0x20) collapses to one space.
                        let low = word & lows
                        let atLeast09 = low &+ ones &* (0x80 - 0x09)
                        let atLeast0E = low &+ ones &* (0x80 - 0x0E)
                        let whitespace = (spaces | (atLeast09 & ~atLeast0E & ~word & highs))
                        let blanks = (~whitespace & highs).trailingZeroBitCount >> 3
                        if blanks > 0 {
                            if !lastWasSpace {
                                out[write] = 0x20
                                write += 1
                                lastWasSpace = true
                            }
                            index += blanks
                            continue
                        }
                    }
                }
                let byte = input[index]
                if byte < 0x80 {
                    switch Self.asciiClass(byte) {
                    case .visible:
                        if byte == 0x26, stopAtAmpersand { return -1 }
                        out[write] = byte
                        write += 1
                        characters += 1
                        lastWasSpace = false
                    case .whitespace:
                        if !lastWasSpace {
                            out[write] = 0x20
                            write += 1
                            lastWasSpace = true
                        }
                    case .lineFeed:
                        if preformatted {
                            out[write] = 0x0A
                            write += 1
                            lastWasSpace = false
                        } else if !lastWasSpace {
                            out[write] = 0x20
                            write += 1
                            lastWasSpace = true
                        }
                    case .invisible:
                        break
                    }
                    index += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                let end = Swift.min(index + length, count)
                if Self.isOrdinaryLead(byte) {
                    // Most of the non-ASCII text (accented letters, CJK): copied as it is.
                    (out + write).update(from: base + index, count: end - index)
                    write += end - index
                    characters += 1
                    lastWasSpace = false
                    index = end
                    continue
                }
                switch Self.scalarValue(input, index, end) {
                case 0x00A0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x0085:
                    if !lastWasSpace {
                        out[write] = 0x20
                        write += 1
                        lastWasSpace = true
                    }
                case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
                    zeroWidth += 1
                default:
                    (out + write).update(from: base + index, count: end - index)
                    write += end - index
                    characters += 1
                    lastWasSpace = false
                }
                index = end
            }
            return write
        }()
        guard written >= 0 else {
            count = 0
            return nil
        }
        count = written
        return Result(characters: characters, zeroWidth: zeroWidth)
    }

    private enum ASCIIClass {
        case visible, whitespace, lineFeed, invisible
    }

    @inline(__always)
    private static func asciiClass(_ byte: UInt8) -> ASCIIClass {
        switch byte {
        case 0x0A: return .lineFeed
        case 0x09, 0x0B, 0x0C, 0x0D, 0x20: return .whitespace
        case 0..<0x20, 0x7F: return .invisible
        default: return .visible
        }
    }

    /// `true` for lead bytes whose sequences can never decode (by ``scalarValue(_:_:_:)``,
    /// even when malformed or cut short) to whitespace or a zero-width character:
    /// C3...DF (U+00C0...U+07FF) and E4...EE (U+4000...U+EFFF, or U+0100...U+03BF when cut).
    @inline(__always)
    static func isOrdinaryLead(_ byte: UInt8) -> Bool {
        byte &- 0xC3 <= 0xDF - 0xC3 || byte &- 0xE4 <= 0xEE - 0xE4
    }

    @inline(__always)
    private static func scalarValue(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt32 {
        var value = UInt32(bytes[start])
        switch end - start {
        case 2: value &= 0x1F
        case 3: value &= 0x0F
        case 4: value &= 0x07
        default: return value
        }
        for index in (start + 1)..<end { value = value << 6 | UInt32(bytes[index] & 0x3F) }
        return value
    }
}
