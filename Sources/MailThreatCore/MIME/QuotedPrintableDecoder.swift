/// Tolerant quoted-printable decoding (`../shared/tools/README.md` 5.3).
///
/// `=XX` (hex, either case) gives that byte; `=` followed by optional blanks and a line end
/// (CRLF, LF, CR) or the end of data is a soft break and vanishes with the line end; any other
/// `=` is kept literally. Line ends and trailing whitespace are otherwise kept.
public enum QuotedPrintableDecoder {
    /// The result of decoding.
    public struct Result: Sendable {
        /// Decoded bytes.
        public var bytes: [UInt8]
        /// True when an `=` was neither a valid escape nor a soft break.
        public var hadErrors: Bool
        /// True when decoding stopped at `limit`.
        public var truncated: Bool
    }

    @inline(__always)
    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte &- 0x30
        case 0x41...0x46: return byte &- 0x37
        case 0x61...0x66: return byte &- 0x57
        default: return nil
        }
    }

    /// Decodes `input`, producing at most `limit` bytes.
    public static func decode<C: Collection<UInt8>>(_ input: C, limit: Int = .max) -> Result {
        if let result = input.withContiguousStorageIfAvailable({ decode(buffer: $0, limit: limit) }) {
            return result
        }
        let copy = Array(input)
        return copy.withUnsafeBufferPointer { decode(buffer: $0, limit: limit) }
    }

    private static func decode(buffer: UnsafeBufferPointer<UInt8>, limit: Int) -> Result {
        let capacity = min(buffer.count, max(limit, 0))
        var hadErrors = false
        var truncated = false
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { out, written in
            var n = 0
            var i = 0
            let count = buffer.count
            while i < count {
                if n >= capacity { truncated = true; break }
                let byte = buffer[i]
                if byte != ASCII.equals {
                    // Copy the whole run up to the next '=' (memchr) at once, within capacity.
                    let runEnd = LineScanning.find(ASCII.equals, in: buffer, from: i, end: count) ?? count
                    let length = min(runEnd &- i, capacity &- n)
                    (out.baseAddress! + n).update(from: buffer.baseAddress! + i, count: length)
                    n &+= length
                    i &+= length
                    continue
                }
                // '=' : escape, soft break or literal.
                if i &+ 2 < count, let hi = hexValue(buffer[i &+ 1]), let lo = hexValue(buffer[i &+ 2]) {
                    out[n] = hi << 4 | lo
                    n &+= 1
                    i &+= 3
                    continue
                }
                var j = i &+ 1
                while j < count, ASCII.isBlank(buffer[j]) { j &+= 1 }
                if j == count {
                    i = j
                    continue
                }
                if buffer[j] == ASCII.lf {
                    i = j &+ 1
                    continue
                }
                if buffer[j] == ASCII.cr {
                    i = j &+ 1
                    if i < count, buffer[i] == ASCII.lf { i &+= 1 }
                    continue
                }
                hadErrors = true
                out[n] = byte
                n &+= 1
                i &+= 1
            }
            written = n
        }
        return Result(bytes: bytes, hadErrors: hadErrors, truncated: truncated)
    }
}
