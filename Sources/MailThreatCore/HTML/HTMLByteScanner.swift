#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The byte-level searches of ``HTMLTokenizer`` (the character classes of CPython's
/// `html.parser` regular expressions) over one UTF-8 buffer.
struct HTMLByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private let base: UnsafePointer<UInt8>
    private let count: Int

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
        self.count = bytes.count
    }

    /// The first `</\s*name\s*>` (ASCII case-insensitive) at or after `start`.
    func findRawTextEnd(_ name: StaticString, from start: Int) -> (start: Int, name: Range<Int>, end: Int)? {
        let length = name.utf8CodeUnitCount
        var position = start
        while true {
            let lessThan = find(0x3C, from: position)
            guard lessThan + 1 < count else { return nil }
            position = lessThan + 1
            guard bytes[position] == 0x2F else { continue }
            let nameStart = PythonWhitespace.skip(from: position + 1, in: bytes)
            guard nameStart + length <= count, equalsIgnoringASCIICase(nameStart..<(nameStart + length), name) else {
                continue
            }
            let after = PythonWhitespace.skip(from: nameStart + length, in: bytes)
            if after < count, bytes[after] == 0x3E {
                return (lessThan, nameStart..<(nameStart + length), after + 1)
            }
        }
    }

    /// `(?<=['"\s/])[^\s/>]` at `position`.
    @inline(__always)
    func canStartAttributeName(at position: Int) -> Bool {
        guard position > 0, position < count else { return false }
        let byte = bytes[position]
        if byte == 0x2F || byte == 0x3E || PythonWhitespace.length(at: position, in: bytes) > 0 { return false }
        let previous = bytes[position - 1]
        if previous < 0x80 {
            return previous == 0x27 || previous == 0x22 || previous == 0x2F || PythonWhitespace.isASCIIWhitespace(previous)
        }
        return PythonWhitespace.lengthOfCharacter(endingAt: position, in: bytes) > 0
    }

    /// Bytes that ``findNearby(_:from:)`` looks at before giving up.
    static let nearbyWindow = 64

    /// Index of the first `byte` in the ``nearbyWindow`` bytes at `start` (fewer at the end
    /// of the buffer), or -1 when there is none there: an inline search for the common case
    /// of a short distance, before a `memchr` or a cached search.
    @inline(__always)
    func findNearby(_ byte: UInt8, from start: Int) -> Int {
        let limit = Swift.min(count, start + Self.nearbyWindow)
        var position = start
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let pattern = ones &* UInt64(byte)
        while position + 8 <= limit {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)) ^ pattern
            // The lowest flagged byte is exactly the first zero byte (later flags may be false).
            let zeros = (word &- ones) & ~word & highs
            if zeros != 0 { return position + zeros.trailingZeroBitCount >> 3 }
            position += 8
        }
        while position < limit {
            if base[position] == byte { return position }
            position += 1
        }
        return -1
    }

    @inline(__always)
    func find(_ byte: UInt8, from start: Int) -> Int {
        guard start < count, let found = memchr(base + start, Int32(byte), count - start) else { return count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// `[^\t\n\r\f />\x00]*`
    @inline(__always)
    func scanTagName(from start: Int) -> Int {
        var position = start
        while position < count {
            switch bytes[position] {
            case 0x09, 0x0A, 0x0D, 0x0C, 0x20, 0x2F, 0x3E, 0x00: return position
            default: position += 1
            }
        }
        return position
    }

    /// ASCII whitespace (``PythonWhitespace/asciiWhitespaceBits``), `/`, `=` and `>` as bits
    /// of a word (all below 0x40).
    static let attributeNameStopBits: UInt64 = 0x6000_8001_F000_3E00
    /// ASCII whitespace and `>` as bits of a word.
    static let bareValueStopBits: UInt64 = 0x4000_0001_F000_3E00

    /// `[^\s/=>]*`
    @inline(__always)
    func scanAttributeNameRest(from start: Int) -> Int {
        var position = start
        while position < count {
            let byte = bytes[position]
            if byte < 0x80 {
                if byte < 0x40, (Self.attributeNameStopBits &>> UInt64(byte)) & 1 != 0 { return position }
            } else if PythonWhitespace.nonASCIILength(at: position, lead: byte, in: bytes) > 0 {
                return position
            }
            position += 1
        }
        return position
    }

    /// `[^>\s]*`
    @inline(__always)
    func scanBareValue(from start: Int) -> Int {
        var position = start
        while position < count {
            let byte = bytes[position]
            if byte < 0x80 {
                if byte < 0x40, (Self.bareValueStopBits &>> UInt64(byte)) & 1 != 0 { return position }
            } else if PythonWhitespace.nonASCIILength(at: position, lead: byte, in: bytes) > 0 {
                return position
            }
            position += 1
        }
        return position
    }

    /// `(?:\s|/(?!>))*`
    @inline(__always)
    func skipWhitespaceOrLoneSlash(from start: Int) -> Int {
        var position = start
        while position < count {
            let length = PythonWhitespace.length(at: position, in: bytes)
            if length > 0 {
                position += length
            } else if bytes[position] == 0x2F, position + 1 >= count || bytes[position + 1] != 0x3E {
                position += 1
            } else {
                break
            }
        }
        return position
    }

    @inline(__always)
    func equalsIgnoringASCIICase(_ range: Range<Int>, _ lowercase: StaticString) -> Bool {
        guard range.count == lowercase.utf8CodeUnitCount else { return false }
        let expected = lowercase.utf8Start
        for offset in 0..<range.count {
            let byte = bytes[range.lowerBound + offset]
            let folded = byte &- 0x41 < 26 ? byte | 0x20 : byte
            if folded != expected[offset] { return false }
        }
        return true
    }


    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
}
