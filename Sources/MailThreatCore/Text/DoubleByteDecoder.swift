/// The decode loop shared by the table-driven double-byte code pages (cp950,
/// Big5-HKSCS, cp949, cp932), matching CPython's multibyte codecs: ASCII passes
/// through, a single-byte entry gives one character, a lead byte takes the next
/// byte; an invalid pair replaces the lead byte only and decoding resumes at the
/// second byte; a lead byte at the very end becomes U+FFFD.
enum DoubleByteDecoder {
    /// Decodes `input` with `table`; `sequences` resolves entries from ``DoubleByteTable/sequenceBase``.
    static func decode(
        _ input: UnsafeRawBufferPointer, table: DoubleByteTable, sequences: [[UInt32]] = []
    ) -> String {
        var output = UTF8Output(capacity: input.count + input.count / 2)
        decode(input, table: table, sequences: sequences, into: &output)
        return output.makeString()
    }

    /// Decodes `input` with `table`, appending to `output`.
    static func decode(
        _ input: UnsafeRawBufferPointer, table: DoubleByteTable, sequences: [[UInt32]] = [],
        into output: inout UTF8Output
    ) {
        let count = input.count
        var index = 0
        table.singles.withUnsafeBufferPointer { singles in
            table.pairs.withUnsafeBufferPointer { pairs in
                while index < count {
                    let byte = input[index]
                    if byte < 0x80 {
                        output.appendASCII(byte)
                        index += 1
                        continue
                    }
                    let single = singles[Int(byte & 0x7F)]
                    if single != DoubleByteTable.leadMarker {
                        output.append(scalar: UInt32(single))
                        index += 1
                        continue
                    }
                    guard index + 1 < count else {
                        output.appendReplacement()
                        return
                    }
                    let entry = pairs[Int(byte & 0x7F) << 8 | Int(input[index + 1])]
                    if entry < 0xD800 || entry > 0xDFFF {
                        output.append(scalar: UInt32(entry))
                        index += 2
                    } else if entry >= DoubleByteTable.sequenceBase {
                        let slot = Int(entry - DoubleByteTable.sequenceBase)
                        if slot < sequences.count {
                            for scalar in sequences[slot] {
                                output.append(scalar: scalar)
                            }
                        } else {
                            output.appendReplacement()
                        }
                        index += 2
                    } else {
                        output.appendReplacement()
                        index += 1
                    }
                }
            }
        }
    }

    /// Decodes exactly the two bytes `first`, `second` as one input (used to read
    /// a JIS pair converted to Shift_JIS through cp932, as the oracle does).
    static func decodePair(_ first: UInt8, _ second: UInt8, table: DoubleByteTable, into output: inout UTF8Output) {
        withUnsafeBytes(of: (first, second)) { pair in
            decode(pair, table: table, into: &output)
        }
    }
}
