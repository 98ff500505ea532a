/// An immutable set of byte strings (public suffix rules, shortener domains) that answers
/// membership for a range of bytes without building a `String`: open addressing over FNV-1a
/// hashes, every candidate compared byte for byte.
///
/// Membership is exact byte equality, which for ASCII strings is what `String` equality is;
/// callers with non-ASCII input keep their `String` path (canonical equivalence).
///
/// ```swift
/// let set = ByteStringSet(["co.uk", "com.au"])
/// set.contains("co.uk")    // true
/// set.contains("CO.UK")    // false (bytes, not case-folded)
/// ```
struct ByteStringSet: Sendable {
    /// The members' bytes, one after another.
    private let storage: [UInt8]
    /// Per slot: `start << 16 | length` of a member in ``storage``, or `UInt64.max` when empty.
    private let slots: [UInt64]
    /// `slots.count - 1` (the slot count is a power of two).
    private let mask: Int
    /// Length of the longest member.
    let maximumLength: Int

    /// A set of the UTF-8 bytes of `members` (duplicates kept once).
    init(_ members: some Sequence<some StringProtocol>) {
        var storage: [UInt8] = []
        var ranges: [(start: Int, length: Int)] = []
        for member in members {
            ranges.append((storage.count, member.utf8.count))
            storage.append(contentsOf: member.utf8)
        }
        var capacity = 16
        while capacity < ranges.count * 4 { capacity <<= 1 }
        var slots = [UInt64](repeating: .max, count: capacity)
        let mask = capacity - 1
        storage.withUnsafeBufferPointer { bytes in
            for range in ranges {
                let member = UnsafeBufferPointer(rebasing: bytes[range.start..<(range.start + range.length)])
                var slot = Int(truncatingIfNeeded: Self.hash(member)) & mask
                while slots[slot] != .max {
                    let (start, length) = Self.unpack(slots[slot])
                    if length == member.count, bytes[start..<(start + length)].elementsEqual(member) { break }
                    slot = (slot + 1) & mask
                }
                slots[slot] = UInt64(range.start) << 16 | UInt64(range.length)
            }
        }
        self.storage = storage
        self.slots = slots
        self.mask = mask
        self.maximumLength = ranges.map(\.length).max() ?? 0
    }

    /// True when `bytes` are exactly the bytes of a member.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= maximumLength else { return false }
        return storage.withUnsafeBufferPointer { storage in
            slots.withUnsafeBufferPointer { slots in
                var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
                while slots[slot] != .max {
                    let (start, length) = Self.unpack(slots[slot])
                    if length == bytes.count && Self.equal(storage, start, bytes) { return true }
                    slot = (slot + 1) & mask
                }
                return false
            }
        }
    }

    /// True when the UTF-8 bytes of `string` are exactly the bytes of a member.
    func contains(_ string: some StringProtocol) -> Bool {
        var copy = String(string)
        return copy.withUTF8 { contains($0) }
    }

    /// 64-bit FNV-1a of `bytes`.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// True when `storage[start..<start + bytes.count]` equals `bytes`.
    @inline(__always)
    private static func equal(_ storage: UnsafeBufferPointer<UInt8>, _ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            if storage[start &+ index] != bytes[index] { return false }
            index &+= 1
        }
        return true
    }

    @inline(__always)
    private static func unpack(_ slot: UInt64) -> (start: Int, length: Int) {
        (Int(truncatingIfNeeded: slot >> 16), Int(truncatingIfNeeded: slot & 0xFFFF))
    }
}
