/// Tolerant base64 decoding of MIME bodies and RFC 2047 `B` words.
///
/// The rules are those of `../shared/tools/README.md` 5.3, which equal CPython's
/// `binascii.a2b_base64` on well-formed input and stay sensible on junk:
/// bytes outside `A–Z a–z 0–9 + / =` are ignored; data ends at a `=` seen while the current
/// group holds 3 characters, or at a second consecutive `=` while it holds 2; a final group of
/// 2 or 3 characters gives 1 or 2 bytes and a final lone character is dropped.
public enum Base64Decoder {
    /// The result of decoding: the bytes and whether anything was irregular.
    public struct Result: Sendable {
        /// Decoded bytes.
        public var bytes: [UInt8]
        /// True when junk bytes (other than line breaks and blanks), a dangling character or
        /// data after the end padding were seen.
        public var hadErrors: Bool
        /// True when decoding stopped at `limit` before the input ended.
        public var truncated: Bool
    }

    /// 0–63 for alphabet bytes, 64 for `=`, 65 for whitespace, 255 for anything else.
    private static let table: [UInt8] = {
        var t = [UInt8](repeating: 255, count: 256)
        for (i, c) in Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8).enumerated() {
            t[Int(c)] = UInt8(i)
        }
        t[Int(ASCII.equals)] = 64
        for c in [ASCII.space, ASCII.tab, ASCII.cr, ASCII.lf] { t[Int(c)] = 65 }
        return t
    }()

    /// Decodes `input`, producing at most `limit` bytes.
    public static func decode<C: Collection<UInt8>>(_ input: C, limit: Int = .max) -> Result {
        if let result = input.withContiguousStorageIfAvailable({ decode(buffer: $0, limit: limit) }) {
            return result
        }
        let copy = Array(input)
        return copy.withUnsafeBufferPointer { decode(buffer: $0, limit: limit) }
    }

    private static func decode(buffer: UnsafeBufferPointer<UInt8>, limit: Int) -> Result {
        let capacity = min(buffer.count / 4 * 3 + 3, max(limit, 0))
        var hadErrors = false
        var truncated = false
        let bytes = table.withUnsafeBufferPointer { table in
            [UInt8](unsafeUninitializedCapacity: capacity) { out, written in
                var n = 0
                var acc: UInt32 = 0
                var quad = 0
                var padRun = 0
                var i = 0
                let count = buffer.count
                scan: while i < count {
                    let v = table[Int(buffer[i])]
                    i &+= 1
                    if v < 64 {
                        padRun = 0
                        acc = acc << 6 | UInt32(v)
                        quad &+= 1
                        if quad == 4 {
                            if n &+ 3 > capacity { truncated = true; quad = 0; break scan }
                            out[n] = UInt8(truncatingIfNeeded: acc >> 16)
                            out[n &+ 1] = UInt8(truncatingIfNeeded: acc >> 8)
                            out[n &+ 2] = UInt8(truncatingIfNeeded: acc)
                            n &+= 3
                            quad = 0
                            acc = 0
                        }
                    } else if v == 64 {
                        padRun &+= 1
                        if quad == 3 || (quad == 2 && padRun >= 2) { break scan }
                    } else if v == 255 {
                        hadErrors = true
                    }
                }
                // Anything but blanks and padding after the end is irregular.
                while i < count {
                    let v = table[Int(buffer[i])]
                    if v < 64 || v == 255 { hadErrors = true; break }
                    i &+= 1
                }
                switch quad {
                case 2 where n &+ 1 <= capacity:
                    out[n] = UInt8(truncatingIfNeeded: acc >> 4)
                    n &+= 1
                case 3 where n &+ 2 <= capacity:
                    out[n] = UInt8(truncatingIfNeeded: acc >> 10)
                    out[n &+ 1] = UInt8(truncatingIfNeeded: acc >> 2)
                    n &+= 2
                case 1:
                    hadErrors = true
                case 2, 3:
                    truncated = true
                default:
                    break
                }
                written = n
            }
        }
        return Result(bytes: bytes, hadErrors: hadErrors, truncated: truncated)
    }
}
