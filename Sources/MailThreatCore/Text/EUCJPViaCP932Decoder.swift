/// The oracle's EUC-JP reader (README 4.3, `_decode_eucjp`): a pair
/// (0xA1...0xFE)² is a JIS X 0208 row/cell read through cp932; `0x8E xx`
/// (xx 0xA1...0xDF) is half-width katakana; `0x8F xx yy` is JIS X 0212; any
/// other byte >= 0x80 is U+FFFD; ASCII passes through.
enum EUCJPViaCP932Decoder {
    static func decode(_ input: UnsafeRawBufferPointer) -> String {
        let count = input.count
        var output = UTF8Output(capacity: count + count / 2)
        var jis = JISViaCP932()
        var index = 0
        let doubleByteRange: ClosedRange<UInt8> = 0xA1...0xFE
        while index < count {
            let byte = input[index]
            if byte < 0x80 {
                output.appendASCII(byte)
                index += 1
                continue
            }
            let next: UInt8? = index + 1 < count ? input[index + 1] : nil
            if doubleByteRange.contains(byte), let next, doubleByteRange.contains(next) {
                JISViaCP932.appendJISX0208(row: byte - 0x80, cell: next - 0x80, to: &output)
                index += 2
            } else if byte == 0x8E, let next, (0xA1...0xDF).contains(next) {
                output.append(scalar: 0xFEC0 + UInt32(next))  // cp932 half-width katakana
                index += 2
            } else if byte == 0x8F, let next, doubleByteRange.contains(next), index + 2 < count,
                doubleByteRange.contains(input[index + 2]) {
                jis.appendJISX0212(row: next - 0x80, cell: input[index + 2] - 0x80, to: &output)
                index += 3
            } else {
                output.appendReplacement()
                index += 1
            }
        }
        return output.makeString()
    }
}
