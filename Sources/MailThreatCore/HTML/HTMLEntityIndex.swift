/// Binary-searchable view of ``HTMLEntityTable``: the names and replacement texts
/// as byte offsets into the two generated string literals.
struct HTMLEntityIndex: Sendable {
    /// The one shared index (built once, immutable).
    static let shared = HTMLEntityIndex()

    /// Longest name (in bytes, including a trailing `;`).
    static let maximumNameLength = 32

    /// Longest legacy name, i.e. one that matches without a trailing `;` (`frac12`).
    static let maximumLegacyNameLength = 6

    private let nameStarts: [Int32]
    private let nameEnds: [Int32]
    private let valueStarts: [Int32]
    private let valueEnds: [Int32]

    private init() {
        var nameStarts: [Int32] = [], nameEnds: [Int32] = []
        var valueStarts: [Int32] = [], valueEnds: [Int32] = []
        nameStarts.reserveCapacity(HTMLEntityTable.count)
        nameEnds.reserveCapacity(HTMLEntityTable.count)
        valueStarts.reserveCapacity(HTMLEntityTable.count)
        valueEnds.reserveCapacity(HTMLEntityTable.count)
        HTMLEntityTable.names.withUTF8Buffer { names in
            var start = 0
            for index in 0..<names.count where names[index] == 0x20 {
                nameStarts.append(Int32(start))
                nameEnds.append(Int32(index))
                start = index + 1
            }
        }
        HTMLEntityTable.values.withUTF8Buffer { values in
            var start = 0
            for index in 0..<values.count where values[index] == 0 {
                valueStarts.append(Int32(start))
                valueEnds.append(Int32(index))
                start = index + 1
            }
        }
        precondition(nameStarts.count == HTMLEntityTable.count && valueStarts.count == HTMLEntityTable.count,
                     "HTMLEntityTable is inconsistent")
        self.nameStarts = nameStarts
        self.nameEnds = nameEnds
        self.valueStarts = valueStarts
        self.valueEnds = valueEnds
    }

    /// The entry whose name equals `candidate` exactly (case-sensitive), if any.
    func find(_ candidate: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !candidate.isEmpty, candidate.count <= Self.maximumNameLength else { return nil }
        return HTMLEntityTable.names.withUTF8Buffer { names -> Int? in
            var low = 0
            var high = nameStarts.count
            while low < high {
                let middle = (low + high) >> 1
                let start = Int(nameStarts[middle]), end = Int(nameEnds[middle])
                let order = Self.compare(names, start..<end, candidate)
                if order == 0 { return middle }
                if order < 0 { low = middle + 1 } else { high = middle }
            }
            return nil
        }
    }

    /// Appends the UTF-8 replacement text of entry `index` to `output`.
    func appendValue(of index: Int, to output: inout [UInt8]) {
        HTMLEntityTable.values.withUTF8Buffer { values in
            let start = Int(valueStarts[index]), end = Int(valueEnds[index])
            output.append(contentsOf: UnsafeBufferPointer(rebasing: values[start..<end]))
        }
    }

    /// The replacement text of entry `index`.
    func value(of index: Int) -> String {
        var bytes: [UInt8] = []
        appendValue(of: index, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Lexicographic byte comparison of `table[range]` with `candidate` (-1, 0, 1).
    @inline(__always)
    private static func compare(_ table: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                _ candidate: UnsafeBufferPointer<UInt8>) -> Int {
        let length = Swift.min(range.count, candidate.count)
        var offset = 0
        while offset < length {
            let left = table[range.lowerBound + offset], right = candidate[offset]
            if left != right { return left < right ? -1 : 1 }
            offset += 1
        }
        if range.count == candidate.count { return 0 }
        return range.count < candidate.count ? -1 : 1
    }
}
