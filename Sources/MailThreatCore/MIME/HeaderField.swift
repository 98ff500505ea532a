/// One header field as it appears in the message: its name and raw value bytes.
///
/// Storage is zero-copy: both slices share the message's byte buffer. The raw value starts right
/// after the colon and runs to the end of the field's last continuation line (its line end
/// excluded), so folding line breaks are still inside. Use ``unfoldedValue`` for the value the
/// RFCs mean, and the parsers in `Headers/` for structured fields.
public struct HeaderField: Sendable {
    /// The field name bytes as written (case kept, no colon).
    public let nameBytes: ArraySlice<UInt8>
    /// The raw value bytes after the colon, folding included.
    public let rawValue: ArraySlice<UInt8>

    /// Creates a field from name and raw value bytes.
    public init(nameBytes: ArraySlice<UInt8>, rawValue: ArraySlice<UInt8>) {
        self.nameBytes = nameBytes
        self.rawValue = rawValue
    }

    /// The field name as text (ASCII by construction of the header grammar).
    public var name: String { String(decoding: nameBytes, as: UTF8.self) }

    /// The name lower-cased, for comparisons and map keys.
    public var lowercasedName: String { String(decoding: nameBytes.map(ASCII.lowercase), as: UTF8.self) }

    /// True when the field's name equals `lowercaseName` ignoring ASCII case.
    /// `lowercaseName` must already be lower-case ASCII.
    @inlinable
    public func hasName(_ lowercaseName: StaticString) -> Bool {
        lowercaseName.withUTF8Buffer { ASCII.equalsIgnoringCase(nameBytes, lowercase: $0) }
    }

    /// True when the field's name equals `lowercaseName` (lower-case ASCII) ignoring case.
    public func hasName(_ lowercaseName: String) -> Bool {
        guard nameBytes.count == lowercaseName.utf8.count else { return false }
        if let result = lowercaseName.utf8.withContiguousStorageIfAvailable({ ASCII.equalsIgnoringCase(nameBytes, lowercase: $0) }) {
            return result
        }
        var name = lowercaseName
        return name.withUTF8 { ASCII.equalsIgnoringCase(nameBytes, lowercase: $0) }
    }

    /// The unfolded value: leading SP/HTAB removed and every CR and LF deleted
    /// (`../shared/tools/README.md` 4.1). Trailing whitespace is kept.
    public var unfoldedValue: [UInt8] {
        var start = rawValue.startIndex
        while start < rawValue.endIndex, rawValue[start] == ASCII.space || rawValue[start] == ASCII.tab {
            start += 1
        }
        let body = rawValue[start...]
        if !body.contains(where: { $0 == ASCII.cr || $0 == ASCII.lf }) {
            return Array(body)
        }
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        for byte in body where byte != ASCII.cr && byte != ASCII.lf {
            out.append(byte)
        }
        // Only the first line's leading blanks are removed (as CPython's source parser does);
        // blanks after an initial fold are part of the value.
        return out
    }

    /// True when the raw value holds bytes ≥ 0x80 (not RFC 2047 encoded).
    public var hasEightBitBytes: Bool { rawValue.contains { $0 >= 0x80 } }
}

/// The header fields of one entity, in order, with case-insensitive lookup.
///
/// The first occurrence of a field is the one the structured accessors use (as CPython's
/// `email` package and the MIME-summary contract do); ``all(_:)`` returns every occurrence,
/// which matters for `Received` chains.
public struct HeaderFields: Sendable, RandomAccessCollection {
    /// Every field in message order.
    public private(set) var fields: [HeaderField]

    /// Creates a collection from fields in message order.
    public init(_ fields: [HeaderField] = []) { self.fields = fields }

    public var startIndex: Int { fields.startIndex }
    public var endIndex: Int { fields.endIndex }
    public subscript(position: Int) -> HeaderField { fields[position] }

    mutating func append(_ field: HeaderField) { fields.append(field) }

    /// The first field named `lowercaseName` (lower-case ASCII), if any.
    public func first(_ lowercaseName: String) -> HeaderField? {
        fields.first { $0.hasName(lowercaseName) }
    }

    /// Every field named `lowercaseName` (lower-case ASCII), in message order.
    public func all(_ lowercaseName: String) -> [HeaderField] {
        fields.filter { $0.hasName(lowercaseName) }
    }

    /// The unfolded value of the first field named `lowercaseName`, if any.
    public func value(_ lowercaseName: String) -> [UInt8]? {
        first(lowercaseName)?.unfoldedValue
    }

    /// True when a field named `lowercaseName` is present.
    public func contains(_ lowercaseName: String) -> Bool { first(lowercaseName) != nil }
}
