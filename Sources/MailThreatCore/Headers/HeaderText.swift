/// An immutable view of header text for the CPython grammar port: the Python `value` string that
/// each `get_*` function receives and returns, with O(1) slicing.
///
/// The text is `head + base[tailStart...]` in a shared ``HeaderTextStorage``, seen from
/// `offset` on. Normally `head` is empty. CPython re-parses an obsolete local part from
/// `str(local_part) + value`; that re-serialised prefix becomes a new storage's `head`, so the
/// rest of the header is never copied.
struct HeaderText {
    private let storage: HeaderTextStorage
    private let offset: Int

    /// A view of a whole base buffer.
    init(_ base: [UInt16]) {
        storage = HeaderTextStorage(base: base)
        offset = 0
    }

    /// `prefix + str(rest)`.
    init(prefix: [UInt16], followedBy rest: HeaderText) {
        storage = HeaderTextStorage(prefix: prefix, followedBy: rest.storage, at: rest.offset)
        offset = 0
    }

    private init(storage: HeaderTextStorage, offset: Int) {
        self.storage = storage
        self.offset = offset
    }

    var count: Int { storage.count - offset }

    var isEmpty: Bool { offset >= storage.count }

    /// `value[0]`, or nil for an empty value.
    var first: UInt16? { storage.unit(at: offset) }

    /// The unit at `index`, or nil past the end.
    @inline(__always)
    func unit(at index: Int) -> UInt16? { storage.unit(at: offset + index) }

    /// The unit at `index`, which must be in range.
    @inline(__always)
    subscript(index: Int) -> UInt16 { storage.unit(at: offset + index) ?? 0 }

    /// `value[n:]`.
    @inline(__always)
    func dropFirst(_ n: Int) -> HeaderText {
        HeaderText(storage: storage, offset: min(offset + n, storage.count))
    }

    /// `value[:n]` as units.
    func prefix(_ n: Int) -> ArraySlice<UInt16> { storage.units(offset..<min(offset + n, storage.count)) }

    /// `value[a:b]` as units.
    func slice(_ range: Range<Int>) -> ArraySlice<UInt16> {
        storage.units((offset + range.lowerBound)..<min(offset + range.upperBound, storage.count))
    }

    /// True when the value starts with the two units `a`, `b`.
    @inline(__always)
    func hasPrefix(_ a: UInt16, _ b: UInt16) -> Bool {
        unit(at: 0) == a && unit(at: 1) == b
    }

    /// True when a `:` occurs anywhere in the value (O(1)).
    var containsColon: Bool { storage.lastColon >= offset }

    /// Offset of the first `?=` starting at or after `index`, or nil (O(1)).
    func firstEncodedWordEnd(from index: Int) -> Int? {
        storage.nextEncodedWordEnd(from: offset + index).map { $0 - offset }
    }
}

/// The shared, immutable text behind ``HeaderText`` values, with a precomputed "next `?=`"
/// table so that CPython's repeated `split('?=', 1)` scans cost O(1) each.
final class HeaderTextStorage: Sendable {
    /// Re-serialised text in front of the base (usually empty).
    private let head: [UInt16]
    /// The header's units.
    private let base: [UInt16]
    /// Where in `base` the text continues after `head`.
    private let tailStart: Int
    /// Total length: `head.count + base.count - tailStart`.
    let count: Int
    /// The text position of the last `:`, or -1.
    let lastColon: Int
    /// The base index of the last `:` in `base`, or -1 (shared by re-parse storages).
    private let baseLastColon: Int
    /// For each head index, the start of the next `?=` in text coordinates, or `count`.
    private let headNext: [Int]
    /// For each base index, the base index of the next `?=`, or `base.count`.
    private let baseNext: [Int]

    init(base: [UInt16]) {
        head = []
        self.base = base
        tailStart = 0
        count = base.count
        headNext = []
        baseNext = Self.table(base, following: nil)
        baseLastColon = base.lastIndex(of: HeaderUnit.colon) ?? -1
        lastColon = baseLastColon
    }

    init(prefix: [UInt16], followedBy rest: HeaderTextStorage, at restOffset: Int) {
        var newHead = prefix
        if restOffset < rest.head.count { newHead += rest.head[restOffset...] }
        head = newHead
        base = rest.base
        tailStart = restOffset < rest.head.count ? rest.tailStart : rest.tailStart + (restOffset - rest.head.count)
        count = newHead.count + base.count - tailStart
        baseNext = rest.baseNext
        let following = tailStart < base.count ? base[tailStart] : nil
        headNext = Self.table(newHead, following: following)
        baseLastColon = rest.baseLastColon
        if baseLastColon >= tailStart {
            lastColon = newHead.count + (baseLastColon - tailStart)
        } else {
            lastColon = newHead.lastIndex(of: HeaderUnit.colon) ?? -1
        }
    }

    @inline(__always)
    func unit(at position: Int) -> UInt16? {
        if position < head.count { return head[position] }
        let index = tailStart + (position - head.count)
        return index < base.count ? base[index] : nil
    }

    /// Units in `range` (text coordinates), sharing storage when they lie in one buffer.
    func units(_ range: Range<Int>) -> ArraySlice<UInt16> {
        if range.upperBound <= head.count { return head[range] }
        let shift = tailStart - head.count
        if range.lowerBound >= head.count { return base[(range.lowerBound + shift)..<(range.upperBound + shift)] }
        return (Array(head[range.lowerBound...]) + base[tailStart..<(range.upperBound + shift)])[...]
    }

    /// The text position of the next `?=` at or after `position`.
    func nextEncodedWordEnd(from position: Int) -> Int? {
        if position < head.count {
            let found = headNext[position]
            if found < head.count { return found }
        }
        let index = tailStart + max(0, position - head.count)
        guard index < base.count else { return nil }
        let found = baseNext[index]
        return found < base.count ? head.count + (found - tailStart) : nil
    }

    private static func table(_ units: [UInt16], following: UInt16?) -> [Int] {
        let count = units.count
        var next = [Int](repeating: count, count: count + 1)
        var index = count - 1
        while index >= 0 {
            let second = index + 1 < count ? units[index + 1] : following
            next[index] = units[index] == HeaderUnit.question && second == HeaderUnit.equals ? index : next[index + 1]
            index -= 1
        }
        return next
    }
}
