import Glibc

/// Line-level scanning primitives over a byte buffer (lines end at CRLF, LF or a lone CR).
enum LineScanning {
    /// The end of the line starting at `start` (exclusive of its terminator) and the start of the
    /// next line. At the end of the buffer without a terminator both equal `end`.
    @inline(__always)
    static func line(in p: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> (contentEnd: Int, next: Int) {
        var i = start
        while i < end {
            let byte = p[i]
            if byte == ASCII.lf { return (i, i &+ 1) }
            if byte == ASCII.cr {
                if i &+ 1 < end, p[i &+ 1] == ASCII.lf { return (i, i &+ 2) }
                return (i, i &+ 1)
            }
            i &+= 1
        }
        return (end, end)
    }

    /// ``line(in:from:end:)`` that also reports whether the line's content holds a byte ≥ 0x80,
    /// reading eight bytes at a time while they hold no CR, LF or 8-bit byte (header lines are
    /// scanned once instead of twice).
    @inline(__always)
    static func lineNotingEightBit(in p: UnsafeBufferPointer<UInt8>, from start: Int, end: Int)
        -> (contentEnd: Int, next: Int, hasEightBit: Bool) {
        guard let base = p.baseAddress else { return (end, end, false) }
        var i = start
        var high: UInt8 = 0
        while true {
            while i &+ 8 <= end {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 || hasByte(word, 0x0A) || hasByte(word, 0x0D) { break }
                i &+= 8
            }
            while i < end {
                let byte = p[i]
                if byte == ASCII.lf { return (i, i &+ 1, high >= 0x80) }
                if byte == ASCII.cr {
                    if i &+ 1 < end, p[i &+ 1] == ASCII.lf { return (i, i &+ 2, high >= 0x80) }
                    return (i, i &+ 1, high >= 0x80)
                }
                high |= byte
                i &+= 1
                // Back to whole words after the word that stopped the fast loop.
                if i & 7 == 0 && i &+ 8 <= end { break }
            }
            if i >= end { return (end, end, high >= 0x80) }
        }
    }

    /// True when some byte of `word` equals `byte` (exact for 7-bit words; the caller checks the
    /// high bits first).
    @inline(__always)
    private static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }

    /// The index of the first `byte` in `p[from..<end]`, using `memchr`.
    @inline(__always)
    static func find(_ byte: UInt8, in p: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int? {
        guard from < end, let base = p.baseAddress else { return nil }
        guard let hit = memchr(base + from, Int32(byte), end &- from) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// The number of bytes of the single line terminator that ends `p[start..<end]`, if any.
    @inline(__always)
    static func trailingLineEndLength(in p: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Int {
        guard end > start else { return 0 }
        let last = p[end &- 1]
        if last == ASCII.lf {
            return end &- 1 > start && p[end &- 2] == ASCII.cr ? 2 : 1
        }
        return last == ASCII.cr ? 1 : 0
    }
}

/// Finds the delimiter lines of one multipart boundary (`--boundary`, optional `--`, optional
/// blanks, a line end or the end of the region), RFC 2046 and CPython's feedparser rules.
struct DelimiterScanner {
    /// One delimiter line.
    struct Delimiter {
        /// Where the line starts (the first `-`).
        var lineStart: Int
        /// Where the next line starts.
        var next: Int
        /// True for the close delimiter `--boundary--`.
        var isClose: Bool
    }

    let boundary: [UInt8]

    /// The delimiter line starting exactly at `position`, if there is one.
    func delimiter(at position: Int, in p: UnsafeBufferPointer<UInt8>, end: Int) -> Delimiter? {
        let b = boundary.count
        var k = position
        guard k &+ 2 &+ b <= end, p[k] == ASCII.hyphen, p[k &+ 1] == ASCII.hyphen else { return nil }
        k &+= 2
        var j = 0
        while j < b {
            if p[k &+ j] != boundary[j] { return nil }
            j &+= 1
        }
        k &+= b
        var isClose = false
        if k &+ 1 < end, p[k] == ASCII.hyphen, p[k &+ 1] == ASCII.hyphen {
            isClose = true
            k &+= 2
        }
        while k < end, ASCII.isBlank(p[k]) { k &+= 1 }
        if k == end { return Delimiter(lineStart: position, next: end, isClose: isClose) }
        if p[k] == ASCII.lf { return Delimiter(lineStart: position, next: k &+ 1, isClose: isClose) }
        if p[k] == ASCII.cr {
            let next = k &+ 1 < end && p[k &+ 1] == ASCII.lf ? k &+ 2 : k &+ 1
            return Delimiter(lineStart: position, next: next, isClose: isClose)
        }
        return nil
    }

    /// The first delimiter line that starts in `p[from..<end]`. `from` must be a line start.
    func firstDelimiter(in p: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Delimiter? {
        var i = from
        while i < end {
            guard let hit = LineScanning.find(ASCII.hyphen, in: p, from: i, end: end) else { return nil }
            if hit == from || p[hit &- 1] == ASCII.lf || p[hit &- 1] == ASCII.cr {
                if let d = delimiter(at: hit, in: p, end: end) { return d }
            }
            // Skip to the next line start: a delimiter can only begin there.
            let lf = LineScanning.find(ASCII.lf, in: p, from: hit, end: end) ?? end
            let cr = LineScanning.find(ASCII.cr, in: p, from: hit, end: lf) ?? lf
            i = cr &+ 1
        }
        return nil
    }
}
