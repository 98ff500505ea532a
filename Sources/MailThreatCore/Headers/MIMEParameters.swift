/// The value and parameters of a `Content-Type` or `Content-Disposition` field, read as the
/// MIME-summary contract defines (README 4.3 steps 1–8).
///
/// ```swift
/// let ct = MIMEParameters.parse(Array(#"multipart/mixed; boundary="=_a\"b"; name*=utf-8''%C3%A9.txt"#.utf8))
/// ct.value                      // "multipart/mixed"
/// ct.rawParameter("boundary")   // bytes of =_a"b
/// ct.parameter("name")          // "é.txt"
/// ```
public struct MIMEParameters: Sendable, Hashable {
    /// The first `;`-separated piece, trimmed, read as UTF-8 (for Content-Type use
    /// ``ContentType/parse(_:)`` instead, which applies the README 5.2 rule).
    public var value: String
    /// Plain `name=value` parameters, first occurrence per name, in field order.
    public private(set) var plainParameters: [Plain]
    /// Parameters given in RFC 2231 form, already joined and decoded, by lower-case name.
    public private(set) var extendedParameters: [String: String]

    /// One plain parameter: its lower-cased name and the value bytes with quotes and
    /// backslash escapes removed (not decoded).
    public struct Plain: Sendable, Hashable {
        /// The lower-cased parameter name.
        public var name: String
        /// The value bytes, unquoted and unescaped, not decoded.
        public var rawValue: [UInt8]
    }

    /// Creates parameters from parts.
    public init(value: String, plainParameters: [Plain] = [], extendedParameters: [String: String] = [:]) {
        self.value = value
        self.plainParameters = plainParameters
        self.extendedParameters = extendedParameters
    }

    /// The decoded value of parameter `name` (case-insensitive): the RFC 2231 form when
    /// present (sections joined, `charset'lang'` honoured, percent-decoded), otherwise the
    /// plain value read as UTF-8 — for `filename` and `name` a value containing `=?` is decoded
    /// like Subject. Not line-normalised.
    public func parameter(_ name: String) -> String? {
        let key = Self.lowercasedName(name)
        if let extended = extendedParameters[key] { return extended }
        guard let plain = plainParameters.first(where: { $0.name == key }) else { return nil }
        if (key == "filename" || key == "name") && EncodedWords.containsEncodedWordStart(plain.rawValue) {
            return EncodedWords.decodeUnstructured(plain.rawValue)
        }
        return String(decoding: plain.rawValue, as: UTF8.self)
    }

    /// The undecoded bytes of parameter `name` (case-insensitive): quotes and backslash escapes
    /// removed, no charset decoding. An RFC 2231 form, when present, wins and gives the UTF-8
    /// bytes of its decoded value (as the oracle's boundary rule does).
    public func rawParameter(_ name: String) -> [UInt8]? {
        let key = Self.lowercasedName(name)
        if let extended = extendedParameters[key] { return Array(extended.utf8) }
        return plainParameters.first(where: { $0.name == key })?.rawValue
    }

    /// The multipart boundary (README 5.2): the raw `boundary` parameter without trailing
    /// whitespace; nil when missing or empty.
    public var boundary: [UInt8]? {
        guard var bytes = rawParameter("boundary") else { return nil }
        while let last = bytes.last, HeaderUnit.isPythonSpace(UInt16(last)) { bytes.removeLast() }
        return bytes.isEmpty ? nil : bytes
    }

    /// The declared charset label of the `charset` parameter (README 4.3 "declared label").
    public var declaredCharset: String? { CharsetLabel.declared(parameter("charset")) }

    /// Parses the unfolded value of a Content-Type or Content-Disposition field.
    public static func parse(_ value: [UInt8]) -> MIMEParameters {
        let pieces = splitAtSemicolons(value)
        var result = MIMEParameters(value: String(decoding: strip(pieces[0]), as: UTF8.self))
        var seenPlain = Set<String>()
        var sections: [String: [Section]] = [:]
        var sectionOrder: [String] = []
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: 0x3D) else { continue }
            let nameBytes = strip(piece[..<equals]).map(ASCII.lowercase)
            guard !nameBytes.isEmpty else { continue }
            let rawValue = unquote(piece[(equals + 1)...])
            if let section = Section(name: nameBytes, text: rawValue) {
                if sections[section.baseName] == nil { sectionOrder.append(section.baseName) }
                sections[section.baseName, default: []].append(section)
                continue
            }
            let name = String(decoding: nameBytes, as: UTF8.self)
            if seenPlain.insert(name).inserted {
                result.plainParameters.append(Plain(name: name, rawValue: rawValue))
            }
        }
        for name in sectionOrder {
            result.extendedParameters[name] = Section.join(sections[name] ?? [])
        }
        return result
    }

    // MARK: Pieces

    /// README 4.3 step 1 (CPython `_parseparam`): split at `;` unless the count of `"` minus
    /// the count of `\"` before it (in the current piece) is odd.
    static func splitAtSemicolons(_ value: [UInt8]) -> [ArraySlice<UInt8>] {
        var pieces: [ArraySlice<UInt8>] = []
        var start = 0
        var quotes = 0
        var escapedQuotes = 0
        var index = 0
        while index < value.count {
            let byte = value[index]
            if byte == 0x3B, index == start || (quotes - escapedQuotes) % 2 == 0 {
                pieces.append(value[start..<index])
                start = index + 1
                quotes = 0
                escapedQuotes = 0
            } else if byte == 0x22 {
                quotes += 1
                if index > start, value[index - 1] == 0x5C { escapedQuotes += 1 }
            }
            index += 1
        }
        pieces.append(value[start..<value.count])
        return pieces
    }

    /// Python `str.strip()` on raw header bytes.
    static func strip(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, HeaderUnit.isPythonSpace(UInt16(first)) { slice = slice.dropFirst() }
        while let last = slice.last, HeaderUnit.isPythonSpace(UInt16(last)) { slice = slice.dropLast() }
        return slice
    }

    /// README 4.3 step 4: a quoted value up to the next unescaped `"` with `\x` → `x`;
    /// anything else as is (trimmed).
    static func unquote(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        let value = strip(bytes)
        guard value.first == 0x22 else { return Array(value) }
        var out: [UInt8] = []
        var index = value.startIndex + 1
        while index < value.endIndex {
            let byte = value[index]
            if byte == 0x5C, index + 1 < value.endIndex {
                out.append(value[index + 1])
                index += 2
                continue
            }
            if byte == 0x22 { break }
            out.append(byte)
            index += 1
        }
        return out
    }

    private static func lowercasedName(_ name: String) -> String {
        String(decoding: name.utf8.map(ASCII.lowercase), as: UTF8.self)
    }
}
