/// ISO-2022-KR as CPython's `iso2022_kr` codec decodes it (its generic ISO-2022
/// decoder with KS X 1001 as the only double-byte set):
///
/// - `ESC $ ) C` designates KS X 1001 to G1 (`ESC $ ( C` to G0, `ESC ( B` resets G0);
///   SO/SI shift to G1/G0; LF also shifts back.
/// - In a KS X 1001 set, bytes 0x20...0x7F are read in pairs; an undefined pair is
///   replaced whole. C0 controls always pass through; bytes >= 0x80 are replaced.
/// - An ESC that starts no known sequence is kept, and the bytes after it are read
///   as ISO-8859-1 up to and including the next `A`-`Z` or `@`.
enum ISO2022KRDecoder {
    private static let escape: UInt8 = 0x1B
    private static let shiftOut: UInt8 = 0x0E
    private static let shiftIn: UInt8 = 0x0F

    static func decode(_ input: UnsafeRawBufferPointer) -> String {
        let count = input.count
        var output = UTF8Output(capacity: count + count / 2)
        var designations = (g0: false, g1: false)  // true = KS X 1001, false = ASCII
        var shifted = false
        var escapeThroughout = false
        var index = 0

        decoding: while index < count {
            let byte = input[index]
            if escapeThroughout {
                output.append(scalar: UInt32(byte))  // as ISO-8859-1
                index += 1
                if isEscapeEnd(byte) { escapeThroughout = false }
                continue
            }
            switch byte {
            case escape:
                guard index + 1 < count else {
                    output.appendReplacement()
                    break decoding
                }
                let next = input[index + 1]
                if next == UInt8(ascii: "(") || next == UInt8(ascii: ")") || next == UInt8(ascii: "$")
                    || next == UInt8(ascii: ".") || next == UInt8(ascii: "&") {
                    switch processEscape(input, at: index, designations: &designations) {
                    case .consumed(let length):
                        index += length
                    case .invalid(let length):
                        output.appendReplacement()
                        index += length
                    case .incomplete:
                        output.appendReplacement()
                        break decoding
                    }
                } else {
                    output.appendASCII(escape)
                    escapeThroughout = true
                    index += 1
                }
            case shiftIn:
                shifted = false
                index += 1
            case shiftOut:
                shifted = true
                index += 1
            case UInt8(ascii: "\n"):
                shifted = false
                output.appendASCII(byte)
                index += 1
            case 0..<0x20:
                output.appendASCII(byte)
                index += 1
            case 0x80...:
                output.appendReplacement()
                index += 1
            default:
                let doubleByte = shifted ? designations.g1 : designations.g0
                guard doubleByte else {
                    output.appendASCII(byte)
                    index += 1
                    continue
                }
                guard index + 1 < count else {
                    output.appendReplacement()
                    break decoding
                }
                if let scalar = KSX1001.scalar(row: byte, cell: input[index + 1]) {
                    output.append(scalar: scalar)
                } else {
                    output.appendReplacement()
                }
                index += 2
            }
        }
        return output.makeString()
    }

    private enum EscapeResult {
        case consumed(Int)
        case invalid(Int)
        case incomplete
    }

    private static func isEscapeEnd(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte == UInt8(ascii: "@")
    }

    /// CPython's `iso2022processesc` for the `iso2022_kr` configuration.
    private static func processEscape(
        _ input: UnsafeRawBufferPointer, at start: Int, designations: inout (g0: Bool, g1: Bool)
    ) -> EscapeResult {
        let maximumLength = 16
        var length = 0
        for offset in 1..<maximumLength {
            guard start + offset < input.count else { return .incomplete }
            if isEscapeEnd(input[start + offset]) {
                length = offset + 1
                break
            }
        }
        guard length > 0 else { return .invalid(1) }  // unterminated escape sequence
        let second = input[start + 1]
        let third = input[start + 2]
        var doubleByte: Bool
        var set: UInt8
        var toG1: Bool
        switch length {
        case 3:
            if second == UInt8(ascii: "$") {
                doubleByte = true
                set = third
                toG1 = false
            } else {
                doubleByte = false
                set = third
                if second == UInt8(ascii: "(") {
                    toG1 = false
                } else if second == UInt8(ascii: ")") {
                    toG1 = true
                } else {
                    return .invalid(3)
                }
            }
        case 4:
            guard second == UInt8(ascii: "$") else { return .invalid(4) }
            doubleByte = true
            set = input[start + 3]
            if third == UInt8(ascii: "(") {
                toG1 = false
            } else if third == UInt8(ascii: ")") {
                toG1 = true
            } else {
                return .invalid(4)
            }
        default:
            return .invalid(length)
        }
        let isASCII = !doubleByte && set == UInt8(ascii: "B")
        let isKSX1001 = doubleByte && set == UInt8(ascii: "C")
        guard isASCII || isKSX1001 else { return .invalid(length) }
        if toG1 {
            designations.g1 = isKSX1001
        } else {
            designations.g0 = isKSX1001
        }
        return .consumed(length)
    }
}
