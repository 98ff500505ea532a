/// UTF-7 (RFC 2152) as CPython's `utf-7` codec decodes it, with errors replaced.
///
/// CPython can emit lone surrogates here (an unpaired surrogate inside a base64
/// run); those become U+FFFD, since a Swift `String` cannot hold them.
enum UTF7Decoder {
    static func decode(_ input: UnsafeRawBufferPointer) -> String {
        let count = input.count
        var output = UTF8Output(capacity: count)
        var index = 0
        var inShift = false
        var bitCount = 0
        var buffer: UInt32 = 0
        var pendingHighSurrogate: UInt32 = 0

        while index < count {
            let byte = input[index]
            if inShift {
                if let sextet = base64Value(byte) {
                    buffer = (buffer << 6) | UInt32(sextet)
                    bitCount += 6
                    index += 1
                    if bitCount >= 16 {
                        let unit = (buffer >> UInt32(bitCount - 16)) & 0xFFFF
                        bitCount -= 16
                        buffer &= (1 << UInt32(bitCount)) - 1
                        if pendingHighSurrogate != 0 {
                            if (0xDC00...0xDFFF).contains(unit) {
                                output.append(scalar: 0x10000 + ((pendingHighSurrogate - 0xD800) << 10) + (unit - 0xDC00))
                                pendingHighSurrogate = 0
                                continue
                            }
                            output.appendReplacement()  // CPython writes the lone surrogate
                            pendingHighSurrogate = 0
                        }
                        if (0xD800...0xDBFF).contains(unit) {
                            pendingHighSurrogate = unit
                        } else {
                            output.append(scalar: unit)  // a lone low surrogate becomes U+FFFD
                        }
                    }
                    continue
                }
                // Leaving the base64 run.
                inShift = false
                if bitCount > 0 {
                    if bitCount >= 6 || buffer != 0 {
                        // Partial character, or non-zero padding bits: the terminator is consumed.
                        index += 1
                        output.appendReplacement()
                        pendingHighSurrogate = 0
                        continue
                    }
                }
                if pendingHighSurrogate != 0, byte < 0x80, byte != UInt8(ascii: "+") {
                    output.appendReplacement()  // CPython writes the lone surrogate
                }
                pendingHighSurrogate = 0
                if byte == UInt8(ascii: "-") {
                    index += 1
                }
            } else if byte == UInt8(ascii: "+") {
                index += 1
                if index < count, input[index] == UInt8(ascii: "-") {
                    index += 1
                    output.appendASCII(UInt8(ascii: "+"))
                } else if index < count, base64Value(input[index]) == nil {
                    index += 1
                    output.appendReplacement()  // ill-formed sequence
                } else {
                    inShift = true
                    pendingHighSurrogate = 0
                    bitCount = 0
                    buffer = 0
                }
            } else if byte < 0x80 {
                output.appendASCII(byte)
                index += 1
            } else {
                output.appendReplacement()  // unexpected special character
                index += 1
            }
        }
        if inShift, pendingHighSurrogate != 0 || bitCount >= 6 || (bitCount > 0 && buffer != 0) {
            output.appendReplacement()  // unterminated shift sequence
        }
        return output.makeString()
    }

    private static func base64Value(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): 62
        case UInt8(ascii: "/"): 63
        default: nil
        }
    }
}
