/// Decodes the single-byte code pages (windows-125x, ISO-8859-x, KOI8, cp437/850/866,
/// cp874, Mac) with a 128-entry table for bytes 0x80...0xFF. Undefined bytes are U+FFFD.
struct SingleByteDecoder: Sendable {
    /// UTF-8 form of each byte 0x80...0xFF: the bytes in bits 0-23 (first byte lowest),
    /// the length (2 or 3) in bits 24-31.
    private let upperHalfUTF8: [UInt32]

    /// Builds a decoder from the UTF-16 code units of bytes 0x80...0xFF (128 BMP values).
    init(upperHalf: [UInt16]) {
        var packed = [UInt32](repeating: 0x03BD_BFEF, count: 128)  // U+FFFD
        for (index, unit) in upperHalf.prefix(128).enumerated() {
            let value = UInt32(unit)
            if value < 0x800 {
                packed[index] = 0x0200_0000 | (0xC0 | value >> 6) | (0x80 | value & 0x3F) << 8
            } else if value < 0xD800 || value > 0xDFFF {
                packed[index] = 0x0300_0000 | (0xE0 | value >> 12) | (0x80 | (value >> 6) & 0x3F) << 8
                    | (0x80 | value & 0x3F) << 16
            }
        }
        upperHalfUTF8 = packed
    }

    /// The decoder for a single-byte `codec`, or nil when `codec` is not one.
    static func forCodec(_ codec: CharsetCodec) -> SingleByteDecoder? {
        all[codec]
    }

    private static let all: [CharsetCodec: SingleByteDecoder] = {
        var decoders: [CharsetCodec: SingleByteDecoder] = [:]
        for codec in CharsetCodec.allCases {
            if let table = SingleByteCodePageTables.upperHalf(of: codec) {
                decoders[codec] = SingleByteDecoder(upperHalf: table)
            }
        }
        return decoders
    }()

    /// Decodes `input`; every byte gives exactly one character.
    func decode(_ input: UnsafeRawBufferPointer) -> String {
        let count = input.count
        guard count > 0, let inputBase = input.baseAddress else { return "" }
        // Up to 3 output bytes per input byte, plus slack for the 4-byte stores below.
        let (tripled, overflow) = count.multipliedReportingOverflow(by: 3)
        guard !overflow, tripled < Int.max - 8 else { return "" }
        return upperHalfUTF8.withUnsafeBufferPointer { table in
            String(unsafeUninitializedCapacity: tripled + 8) { buffer in
                guard let output = buffer.baseAddress.map(UnsafeMutableRawPointer.init) else { return 0 }
                var written = 0
                var index = 0
                let highBits: UInt64 = 0x8080_8080_8080_8080
                while index < count {
                    if count - index >= 8 {
                        let word = inputBase.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                        if word & highBits == 0 {
                            output.storeBytes(of: word, toByteOffset: written, as: UInt64.self)
                            written += 8
                            index += 8
                            continue
                        }
                    }
                    let byte = inputBase.load(fromByteOffset: index, as: UInt8.self)
                    index += 1
                    if byte < 0x80 {
                        output.storeBytes(of: byte, toByteOffset: written, as: UInt8.self)
                        written += 1
                    } else {
                        // Store all four bytes; the length byte is overwritten by what follows
                        // (or lies past the end).
                        let packed = table[Int(byte & 0x7F)]
                        output.storeBytes(of: packed.littleEndian, toByteOffset: written, as: UInt32.self)
                        written += Int(packed >> 24)
                    }
                }
                return written
            }
        }
    }
}
