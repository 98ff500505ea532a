/// The attributes of one start tag that ``HTMLScanner`` looks at, found in one pass
/// (the first occurrence of a name wins, as in browsers).
struct HTMLTagAttributes {
    /// Attribute names the scanner understands.
    enum Name: Int, CaseIterable {
        case href, src, style, `class`, hidden, color, bgcolor, text, title, alt, width, height
        case action, method, type, name, id, httpEquiv, content, background

        /// The attribute name, lower-case.
        var spelling: StaticString {
            switch self {
            case .href: return "href"
            case .src: return "src"
            case .style: return "style"
            case .class: return "class"
            case .hidden: return "hidden"
            case .color: return "color"
            case .bgcolor: return "bgcolor"
            case .text: return "text"
            case .title: return "title"
            case .alt: return "alt"
            case .width: return "width"
            case .height: return "height"
            case .action: return "action"
            case .method: return "method"
            case .type: return "type"
            case .name: return "name"
            case .id: return "id"
            case .httpEquiv: return "http-equiv"
            case .content: return "content"
            case .background: return "background"
            }
        }
    }

    private let attributes: UnsafeBufferPointer<HTMLRawAttribute>
    /// Per ``Name``: 1 + the index of the attribute in `attributes`, 0 when absent
    /// (fixed-size storage: no allocation per tag).
    private var slots = SIMD32<Int16>()

    /// Indexes `attributes`, which must outlive this value.
    init(_ attributes: UnsafeBufferPointer<HTMLRawAttribute>, in bytes: UnsafeBufferPointer<UInt8>) {
        self.attributes = attributes
        for index in 0..<Swift.min(attributes.count, Int(Int16.max) - 1) {
            guard let name = Self.lookup(attributes[index].name, in: bytes), slots[name.rawValue] == 0 else { continue }
            slots[name.rawValue] = Int16(index + 1)
        }
    }

    subscript(_ name: Name) -> HTMLRawAttribute? {
        let slot = Int(slots[name.rawValue])
        return slot == 0 ? nil : attributes[slot - 1]
    }

    /// `true` when the attribute is present (with or without a value).
    func has(_ name: Name) -> Bool { slots[name.rawValue] != 0 }

    private static func lookup(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Name? {
        guard range.count >= 2, range.count <= 10,
              let packed = HTMLNameKey.pack(bytes, start: range.lowerBound, length: range.count, width: 7) else { return nil }
        let key = UInt64(range.count) << 56 | packed
        // A perfect hash of the length and packed prefix picks the only name that can match.
        let entry = table[slot(of: key)]
        guard let name = entry.name, entry.key == key else { return nil }
        if range.count > 7 {
            // Longer names ("http-equiv", "background"): compare the rest too.
            let spelling = name.spelling
            for offset in 7..<range.count {
                let byte = bytes[range.lowerBound + offset]
                if (byte &- 0x41 < 26 ? byte | 0x20 : byte) != spelling.utf8Start[offset] { return nil }
            }
        }
        return name
    }

    /// The multiplier of ``slot(of:)``: no two names share a slot (checked when the table
    /// is built).
    private static let hashMultiplier: UInt64 = 0x538E_504E_DC52_BDCB

    /// One of 64 slots for a key (length in the top byte, packed first 7 bytes below).
    @inline(__always)
    private static func slot(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* hashMultiplier) >> 58) }

    /// A slot of ``table``: a name and its key.
    private struct Entry {
        var key: UInt64
        var name: Name?
    }

    /// The name whose key hashes to each slot.
    private static let table: [Entry] = {
        var table = [Entry](repeating: Entry(key: 0, name: nil), count: 64)
        for name in Name.allCases {
            let spelling = name.spelling
            var packed: UInt64 = 0
            for offset in 0..<Swift.min(spelling.utf8CodeUnitCount, 7) {
                packed |= UInt64(spelling.utf8Start[offset]) << (UInt64(offset) * 8)
            }
            let key = UInt64(spelling.utf8CodeUnitCount) << 56 | packed
            let slot = slot(of: key)
            precondition(table[slot].name == nil, "HTMLTagAttributes hash collision")
            table[slot] = Entry(key: key, name: name)
        }
        return table
    }()
}
