/// KS X 1001 (the EUC-KR double-byte set), read from the cp949 table: for
/// row/cell bytes 0x21...0x7E, CPython's `ksx1001` map equals cp949 at
/// (row | 0x80, cell | 0x80).
enum KSX1001 {
    /// The scalar of the row/cell pair, or nil when undefined or out of range.
    static func scalar(row: UInt8, cell: UInt8) -> UInt32? {
        guard (0x21...0x7E).contains(row), (0x21...0x7E).contains(cell) else { return nil }
        let entry = DoubleByteTable.cp949.pairs[Int(row) << 8 | Int(cell | 0x80)]
        return entry < 0xD800 || entry > 0xDFFF ? UInt32(entry) : nil
    }
}
