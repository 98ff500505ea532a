/// JIS X 0208 / JIS X 0212 row-cell pairs read the way the oracle's Japanese
/// transcoders read them (README 4.3): JIS X 0208 is converted to Shift_JIS and
/// decoded with cp932 (so NEC/IBM extensions decode as Windows mailers mean);
/// JIS X 0212 is decoded as EUC-JP `0x8F` sequences.
struct JISViaCP932 {
    /// Opened on first JIS X 0212 use; never shared between decode calls.
    private var eucJP: IconvDecoder?
    private var eucJPUnavailable = false

    /// Appends the JIS X 0208 pair (`row`, `cell` in 0x21...0x7E) read through cp932.
    static func appendJISX0208(row: UInt8, cell: UInt8, to output: inout UTF8Output) {
        var lead = ((row &- 0x21) >> 1) &+ 0x81
        if lead > 0x9F { lead &+= 0x40 }
        var trail: UInt8
        if row & 1 == 1 {
            trail = cell &+ 0x1F
            if trail >= 0x7F { trail &+= 1 }
        } else {
            trail = cell &+ 0x7E
        }
        DoubleByteDecoder.decodePair(lead, trail, table: .cp932, into: &output)
    }

    /// Appends the JIS X 0212 pair (`row`, `cell` in 0x21...0x7E) as Python's
    /// `euc_jp` reads `0x8F row|0x80 cell|0x80` (an undefined cell gives U+FFFD
    /// followed by the JIS X 0208 reading of the last two bytes).
    mutating func appendJISX0212(row: UInt8, cell: UInt8, to output: inout UTF8Output) {
        if row == 0x22, cell == 0x37 {  // glibc reads U+FF5E here; Python's euc_jp reads "~"
            output.appendASCII(UInt8(ascii: "~"))
            return
        }
        if eucJP == nil, !eucJPUnavailable {
            eucJP = IconvDecoder(encoding: "EUC-JP")
            eucJPUnavailable = eucJP == nil
        }
        guard let eucJP else {
            output.appendReplacement()
            return
        }
        withUnsafeBytes(of: (UInt8(0x8F), row | 0x80, cell | 0x80)) { sequence in
            eucJP.decode(sequence, into: &output)
        }
    }
}
