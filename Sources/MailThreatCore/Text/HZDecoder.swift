/// HZ (RFC 1843) as CPython 3.11's `hz` codec decodes it: in ASCII mode `~{`
/// switches to GB2312 (byte pairs 0x21...0x7E), `~~` is `~` and `~` + newline is a
/// line continuation; in GB mode `~}` switches back. Anything else, including bytes
/// >= 0x80, is replaced one byte at a time.
enum HZDecoder {
    static func decode(_ input: UnsafeRawBufferPointer) -> String {
        let count = input.count
        var output = UTF8Output(capacity: count + count / 2)
        var inGB = false
        var index = 0
        let tilde = UInt8(ascii: "~")
        while index < count {
            let byte = input[index]
            if byte == tilde {
                guard index + 1 < count else {
                    output.appendReplacement()
                    break
                }
                let next = input[index + 1]
                if next == tilde, !inGB {
                    output.appendASCII(tilde)
                } else if next == UInt8(ascii: "{"), !inGB {
                    inGB = true
                } else if next == UInt8(ascii: "\n"), !inGB {
                    // line continuation
                } else if next == UInt8(ascii: "}"), inGB {
                    inGB = false
                } else {
                    output.appendReplacement()
                    index += 1
                    continue
                }
                index += 2
                continue
            }
            if byte >= 0x80 {
                output.appendReplacement()
                index += 1
                continue
            }
            if !inGB {
                output.appendASCII(byte)
                index += 1
                continue
            }
            guard index + 1 < count else {
                output.appendReplacement()
                break
            }
            if let scalar = gb2312Scalar(byte, input[index + 1]) {
                output.append(scalar: scalar)
                index += 2
            } else {
                output.appendReplacement()
                index += 1
            }
        }
        return output.makeString()
    }

    /// GB2312 row/cell pair (0x21...0x7E each) as CPython's `gb2312` table maps it, or nil.
    static func gb2312Scalar(_ row: UInt8, _ cell: UInt8) -> UInt32? {
        guard (0x21...0x7E).contains(row), (0x21...0x7E).contains(cell) else { return nil }
        let bit = Int(row - 0x21) * 94 + Int(cell - 0x21)
        guard DoubleByteCodePageData.gb2312DefinedCells[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else {
            return nil
        }
        // GB2312 and GBK differ in two cells (CPython's GBK_DECODE overrides).
        if row == 0x21, cell == 0x24 { return 0x30FB }
        if row == 0x21, cell == 0x2A { return 0x2015 }
        let entry = DoubleByteTable.gb18030.pairs[Int(row) << 8 | Int(cell | 0x80)]
        return entry < 0xD800 || entry > 0xDFFF ? UInt32(entry) : nil
    }
}
