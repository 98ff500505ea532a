/// GB18030 (also used for GB2312 and GBK labels), matching CPython's `gb18030`
/// codec: ASCII, two-byte GBK/GB18030 pairs from the generated table, and
/// four-byte sequences (BMP through linear segments, supplementary planes
/// algorithmically). User-defined areas decode to the Private Use Area.
enum GB18030Decoder {
    static func decode(_ input: UnsafeRawBufferPointer) -> String {
        var output = UTF8Output(capacity: input.count + input.count / 2)
        let table = DoubleByteTable.gb18030
        let count = input.count
        var index = 0
        table.pairs.withUnsafeBufferPointer { pairs in
            while index < count {
                let byte = input[index]
                if byte < 0x80 {
                    output.appendASCII(byte)
                    index += 1
                    continue
                }
                guard index + 1 < count else {
                    output.appendReplacement()
                    return
                }
                let second = input[index + 1]
                let entry = pairs[Int(byte & 0x7F) << 8 | Int(second)]
                if entry == DoubleByteTable.fourByteMarker {
                    guard index + 3 < count else {
                        // CPython: incomplete multibyte sequence, the rest becomes one U+FFFD.
                        output.appendReplacement()
                        return
                    }
                    if let scalar = fourByteScalar(byte, second, input[index + 2], input[index + 3]) {
                        output.append(scalar: scalar)
                        index += 4
                    } else {
                        output.appendReplacement()
                        index += 1
                    }
                } else if entry < 0xD800 || entry > 0xDFFF {
                    output.append(scalar: UInt32(entry))
                    index += 2
                } else {
                    output.appendReplacement()
                    index += 1
                }
            }
        }
        return output.makeString()
    }

    /// The scalar of a four-byte sequence (second byte 0x30...0x39), or nil when invalid.
    /// Mirrors CPython: the third byte is only checked for >= 0x81.
    static func fourByteScalar(_ byte1: UInt8, _ byte2: UInt8, _ byte3: UInt8, _ byte4: UInt8) -> UInt32? {
        guard byte1 >= 0x81, byte3 >= 0x81, (0x30...0x39).contains(byte4) else { return nil }
        let first = Int(byte1 - 0x81)
        let second = Int(byte2 &- 0x30)
        let third = Int(byte3 - 0x81)
        let fourth = Int(byte4 - 0x30)
        if first < 4 {
            let linear = (first * 10 + second) * 1260 + third * 10 + fourth
            guard linear < 39420 else { return nil }
            return bmpScalar(linearIndex: linear)
        }
        if first >= 15 {
            let value = 0x10000 + ((first - 15) * 10 + second) * 1260 + third * 10 + fourth
            return value <= 0x10FFFF ? UInt32(value) : nil
        }
        return nil
    }

    /// BMP scalar for a four-byte linear index below 39420 (binary search of the segments).
    private static func bmpScalar(linearIndex: Int) -> UInt32 {
        let segments = DoubleByteCodePageData.gb18030FourByteSegments
        var low = 0
        var high = segments.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(segments[middle].index) <= linearIndex {
                low = middle
            } else {
                high = middle - 1
            }
        }
        let segment = segments[low]
        return UInt32(Int(segment.scalar) + linearIndex - Int(segment.index))
    }
}
