/// The attributes of one start tag that ``HTMLScanner`` looks at, found in one pass
/// (the first occurrence of a name wins, as in browsers).
struct HTMLTagAttributes {
    /// Attribute names the scanner understands.
    enum Name: Int, CaseIterable {
        case href, src, style, `class`, hidden, color, bgcolor, text, title, alt, width, height
        case action, method, type, name, id, httpEquiv, content, background

        var spelling: String {
            switch self {
            case .httpEquiv: return "http-equiv"
            case .class: return "class"
            default: return String(describing: self)
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
        for (index, attribute) in attributes.prefix(Int(Int16.max) - 1).enumerated() {
            guard let name = Self.lookup(attribute.name, in: bytes), slots[name.rawValue] == 0 else { continue }
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
        let name: Name
        switch key {
        case 0x400000066657268: name = .href
        case 0x300000000637273: name = .src
        case 0x50000656C797473: name = .style
        case 0x500007373616C63: name = .class
        case 0x6006E6564646968: name = .hidden
        case 0x50000726F6C6F63: name = .color
        case 0x7726F6C6F636762: name = .bgcolor
        case 0x400000074786574: name = .text
        case 0x50000656C746974: name = .title
        case 0x300000000746C61: name = .alt
        case 0x500006874646977: name = .width
        case 0x600746867696568: name = .height
        case 0x6006E6F69746361: name = .action
        case 0x600646F6874656D: name = .method
        case 0x400000065707974: name = .type
        case 0x4000000656D616E: name = .name
        case 0x200000000006469: name = .id
        case 0xA71652D70747468: name = .httpEquiv
        case 0x7746E65746E6F63: name = .content
        case 0xA6F72676B636162: name = .background
        default: return nil
        }
        if range.count > 7 {
            // Longer names ("http-equiv", "background"): compare the rest too.
            for (offset, expected) in name.spelling.utf8.enumerated().dropFirst(7) {
                let byte = bytes[range.lowerBound + offset]
                if (byte &- 0x41 < 26 ? byte | 0x20 : byte) != expected { return nil }
            }
        }
        return name
    }
}
