/// The oracle's ISO-2022-JP reader (README 4.3, `_decode_iso2022jp`).
///
/// Escapes and shifts switch the mode; the bytes between them are read per mode:
/// - ASCII (`ESC ( B/J/H`, the start): cp932, so stray Shift_JIS still decodes;
///   an ESC that starts no known sequence is U+FFFD.
/// - Katakana (`ESC ( I`, SO until SI): 0x21...0x5F are U+FF61...; controls pass.
/// - JIS X 0208 (`ESC $ @`, `ESC $ B`, `ESC $ ( B/@/O/P/Q`) and JIS X 0212
///   (`ESC $ ( D`): pairs of 0x21...0x7E; a lone such byte, ESC or a byte >= 0x80
///   is U+FFFD; other bytes pass through.
/// - `ESC & @` is ignored.
enum ISO2022JPViaCP932Decoder {
    private enum Mode {
        case ascii, katakana, jisX0208, jisX0212
    }

    private enum Token {
        case shiftOut, shiftIn, ascii, katakana, jisX0212, ignored, jisX0208
    }

    private static let escape: UInt8 = 0x1B

    static func decode(_ input: UnsafeRawBufferPointer) -> String {
        let count = input.count
        var output = UTF8Output(capacity: count + count / 2)
        var jis = JISViaCP932()
        var mode = Mode.ascii
        var saved = Mode.ascii
        var segmentStart = 0
        var index = 0
        while index <= count {
            let token: (kind: Token, length: Int)? = index < count ? self.token(in: input, at: index) : nil
            guard index == count || token != nil else {
                index += 1
                continue
            }
            if segmentStart < index {
                let segment = UnsafeRawBufferPointer(rebasing: input[segmentStart..<index])
                appendSegment(segment, mode: mode, jis: &jis, to: &output)
            }
            guard let token else { break }
            switch token.kind {
            case .shiftOut:
                if mode != .katakana { saved = mode }
                mode = .katakana
            case .shiftIn:
                if mode == .katakana { mode = saved }
            case .ascii:
                mode = .ascii
            case .katakana:
                mode = .katakana
                saved = .ascii
            case .jisX0212:
                mode = .jisX0212
            case .ignored:
                break
            case .jisX0208:
                mode = .jisX0208
            }
            index += token.length
            segmentStart = index
        }
        return output.makeString()
    }

    /// The escape sequence or shift starting at `index`, as the oracle's split pattern
    /// `ESC ( [BJHI] | ESC $ [@B] | ESC $ ( [@BDOPQ] | ESC & @ | SO | SI` finds it.
    private static func token(in input: UnsafeRawBufferPointer, at index: Int) -> (kind: Token, length: Int)? {
        let byte = input[index]
        if byte == 0x0E { return (.shiftOut, 1) }
        if byte == 0x0F { return (.shiftIn, 1) }
        guard byte == escape, index + 2 < input.count else { return nil }
        let first = input[index + 1]
        let second = input[index + 2]
        switch (first, second) {
        case (UInt8(ascii: "("), UInt8(ascii: "B")), (UInt8(ascii: "("), UInt8(ascii: "J")),
            (UInt8(ascii: "("), UInt8(ascii: "H")):
            return (.ascii, 3)
        case (UInt8(ascii: "("), UInt8(ascii: "I")):
            return (.katakana, 3)
        case (UInt8(ascii: "$"), UInt8(ascii: "@")), (UInt8(ascii: "$"), UInt8(ascii: "B")):
            return (.jisX0208, 3)
        case (UInt8(ascii: "&"), UInt8(ascii: "@")):
            return (.ignored, 3)
        case (UInt8(ascii: "$"), UInt8(ascii: "(")):
            guard index + 3 < input.count else { return nil }
            switch input[index + 3] {
            case UInt8(ascii: "D"): return (.jisX0212, 4)
            case UInt8(ascii: "@"), UInt8(ascii: "B"), UInt8(ascii: "O"), UInt8(ascii: "P"), UInt8(ascii: "Q"):
                return (.jisX0208, 4)
            default: return nil
            }
        default:
            return nil
        }
    }

    private static func appendSegment(
        _ segment: UnsafeRawBufferPointer, mode: Mode, jis: inout JISViaCP932, to output: inout UTF8Output
    ) {
        switch mode {
        case .ascii:
            // Pieces between stray ESC bytes are decoded separately, joined by U+FFFD.
            var pieceStart = 0
            for position in 0...segment.count where position == segment.count || segment[position] == escape {
                let piece = UnsafeRawBufferPointer(rebasing: segment[pieceStart..<position])
                DoubleByteDecoder.decode(piece, table: .cp932, into: &output)
                if position < segment.count { output.appendReplacement() }
                pieceStart = position + 1
            }
        case .katakana:
            for byte in segment {
                if (0x21...0x5F).contains(byte) {
                    output.append(scalar: 0xFF40 + UInt32(byte))  // cp932 of byte + 0x80
                } else if byte < 0x21, byte != escape {
                    output.appendASCII(byte)
                } else {
                    output.appendReplacement()
                }
            }
        case .jisX0208, .jisX0212:
            let count = segment.count
            var index = 0
            while index < count {
                let byte = segment[index]
                let isGraphic = (0x21...0x7E).contains(byte)
                if isGraphic, index + 1 < count, (0x21...0x7E).contains(segment[index + 1]) {
                    if mode == .jisX0208 {
                        JISViaCP932.appendJISX0208(row: byte, cell: segment[index + 1], to: &output)
                    } else {
                        jis.appendJISX0212(row: byte, cell: segment[index + 1], to: &output)
                    }
                    index += 2
                } else {
                    if isGraphic || byte >= 0x80 || byte == escape {
                        output.appendReplacement()
                    } else {
                        output.appendASCII(byte)
                    }
                    index += 1
                }
            }
        }
    }
}
