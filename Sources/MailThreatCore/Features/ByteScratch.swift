/// A fixed-capacity byte buffer over memory owned by someone else, for building feature names
/// and words without any `Array` traffic on the hot path.
///
/// Appends past the capacity are dropped (the content is cut, never overrun). The memory
/// must outlive every use: the feature code allocates it for one extraction or one
/// tokenizer run (``withScratchMemory(capacity:_:)``) and never lets a `ByteScratch` escape.
struct ByteScratch {
    private let base: UnsafeMutablePointer<UInt8>
    /// Bytes available.
    let capacity: Int
    /// Bytes in use.
    private(set) var count = 0

    init(_ memory: UnsafeMutableBufferPointer<UInt8>) {
        // An empty buffer may have no base address: then nothing is ever written.
        base = memory.baseAddress ?? UnsafeMutablePointer(bitPattern: 1)!
        capacity = memory.baseAddress == nil ? 0 : memory.count
    }

    /// Runs `body` with `capacity` bytes of scratch memory, freed afterwards.
    static func withScratchMemory<Result>(
        capacity: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        let memory = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, capacity))
        defer { memory.deallocate() }
        return try body(memory)
    }

    /// The bytes in use (valid until the next mutation).
    @inline(__always)
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    @inline(__always)
    mutating func removeAll() { count = 0 }

    @inline(__always)
    mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        let length = min(source.count, capacity &- count)
        guard length > 0, let start = source.baseAddress else { return }
        let target = base + count
        if length <= 24 {
            // Words and namespaces are short: a plain loop beats a call to memcpy.
            var index = 0
            while index < length {
                target[index] = start[index]
                index &+= 1
            }
        } else {
            target.update(from: start, count: length)
        }
        count &+= length
    }

    /// Appends the UTF-8 encoding of a scalar value (dropped whole if it does not fit).
    @inline(__always)
    mutating func appendScalar(_ value: UInt32) {
        let length = UTF8Scalar.length(value)
        guard count &+ length <= capacity else { return }
        let out = base + count
        switch length {
        case 1:
            out[0] = UInt8(truncatingIfNeeded: value)
        case 2:
            out[0] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
            out[1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
        case 3:
            out[0] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
            out[1] = UInt8(truncatingIfNeeded: 0x80 | (value >> 6) & 0x3F)
            out[2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
        default:
            out[0] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
            out[1] = UInt8(truncatingIfNeeded: 0x80 | (value >> 12) & 0x3F)
            out[2] = UInt8(truncatingIfNeeded: 0x80 | (value >> 6) & 0x3F)
            out[3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
        }
        count &+= length
    }

    /// Consumes the run of ASCII letters and digits of `bytes` starting at `start` (bytes with
    /// a non-zero `fold` entry), appending their folded forms while at most `limit` more
    /// bytes fit. Returns the end of the run and its letter and upper-case counts.
    ///
    /// Eight bytes at a time through ``ASCIIWordBlock`` while eight remain (a word's end
    /// costs no mispredicted loop exit), the last few one by one.
    @inline(__always)
    mutating func appendASCIIWordCharacters(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, fold: UnsafeBufferPointer<UInt8>, limit: Int
    ) -> (end: Int, letters: Int, uppercase: Int) {
        var index = start
        var written = count
        let writeLimit = min(capacity, count &+ max(0, limit))
        var letters = 0
        var uppercase = 0
        let end = bytes.count
        if let source = bytes.baseAddress {
            while end &- index >= 8 {
                let block = ASCIIWordBlock(loadingFrom: UnsafeRawPointer(source + index))
                let length = block.runLength
                let counts = block.letterCounts(inFirst: length)
                letters &+= counts.letters
                uppercase &+= counts.uppercase
                if writeLimit &- written >= 8 {
                    UnsafeMutableRawPointer(base + written).storeBytes(
                        of: block.folded.littleEndian, as: UInt64.self)
                    written &+= length
                } else {
                    var folded = block.folded
                    let stored = min(length, max(0, writeLimit &- written))
                    for offset in 0..<stored {
                        base[written &+ offset] = UInt8(truncatingIfNeeded: folded)
                        folded &>>= 8
                    }
                    written &+= stored
                }
                index &+= length
                guard length == 8 else {
                    count = written
                    return (index, letters, uppercase)
                }
            }
        }
        while index < end {
            let byte = bytes[index]
            guard byte < 0x80 else { break }
            let folded = fold[Int(byte)]
            guard folded != 0 else { break }
            if byte > 0x39 {
                letters &+= 1
                if byte < 0x5B { uppercase &+= 1 }
            }
            if written < writeLimit {
                base[written] = folded
                written &+= 1
            }
            index &+= 1
        }
        count = written
        return (index, letters, uppercase)
    }

    /// Removes the first `length` bytes, moving the rest to the front.
    mutating func removeFirst(_ length: Int) {
        let removed = min(max(0, length), count)
        let remaining = count &- removed
        var index = 0
        while index < remaining {
            base[index] = base[index &+ removed]
            index &+= 1
        }
        count = remaining
    }
}
