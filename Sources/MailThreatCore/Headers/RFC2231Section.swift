extension MIMEParameters {
    /// One RFC 2231 parameter section: `name*` (whole), `name*N` or `name*N*` (README 4.3 step 6).
    struct Section {
        /// The name before the `*`.
        var baseName: String
        /// The section number without leading zeros (`nil` for the whole-value form `name*`).
        var number: [UInt8]?
        /// True for `name*` and `name*N*`: percent-encoded, possibly with `charset'lang'`.
        var isExtended: Bool
        /// The value bytes (unquoted).
        var text: [UInt8]

        /// Recognises `^([^*]+)\*(?:([0-9]+)(\*)?)?$` in a lower-cased parameter name.
        init?(name: [UInt8], text: [UInt8]) {
            guard let star = name.firstIndex(of: 0x2A), star > 0 else { return nil }
            let suffix = name[(star + 1)...]
            if suffix.isEmpty {
                number = nil
                isExtended = true
            } else {
                var digits = suffix
                isExtended = digits.last == 0x2A
                if isExtended { digits = digits.dropLast() }
                guard !digits.isEmpty, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
                let significant = digits.drop { $0 == 0x30 }
                number = significant.isEmpty ? [0x30] : Array(significant)
            }
            baseName = String(decoding: name[..<star], as: UTF8.self)
            self.text = text
        }

        /// Numeric order of two section numbers given as digit strings without leading zeros.
        static func precedes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
            a.count != b.count ? a.count < b.count : a.lexicographicallyPrecedes(b)
        }

        /// The decoded value of one parameter from its sections: `name*` alone if present, else
        /// the first occurrence of each number in numeric order; extended sections are
        /// percent-decoded; the first chosen section may start with `charset'lang'`; the bytes
        /// are joined and decoded once (UTF-8 when the charset is missing or unknown).
        static func join(_ sections: [Section]) -> String {
            var chosen: [Section]
            if let whole = sections.first(where: { $0.number == nil }) {
                chosen = [whole]
            } else {
                var firstByNumber: [[UInt8]: Section] = [:]
                for section in sections where firstByNumber[section.number ?? []] == nil {
                    firstByNumber[section.number ?? []] = section
                }
                chosen = firstByNumber.values.sorted { precedes($0.number ?? [], $1.number ?? []) }
            }
            var label = ""
            var bytes: [UInt8] = []
            for (index, section) in chosen.enumerated() {
                var raw = section.text[...]
                if section.isExtended {
                    if index == 0, raw.filter({ $0 == 0x27 }).count >= 2, let first = raw.firstIndex(of: 0x27) {
                        label = String(String.UnicodeScalarView(raw[..<first].map { Unicode.Scalar($0) }))
                        let afterCharset = raw[(first + 1)...]
                        if let second = afterCharset.firstIndex(of: 0x27) { raw = afterCharset[(second + 1)...] }
                    }
                    bytes.append(contentsOf: percentDecoded(raw))
                } else {
                    bytes.append(contentsOf: raw)
                }
            }
            return Charset.forLabel(label).decode(bytes)
        }

        /// `urllib.parse.unquote_to_bytes`: `%XX` (hex, either case) becomes that byte.
        static func percentDecoded(_ raw: ArraySlice<UInt8>) -> [UInt8] {
            var out: [UInt8] = []
            out.reserveCapacity(raw.count)
            var index = raw.startIndex
            while index < raw.endIndex {
                let byte = raw[index]
                if byte == 0x25, index + 2 < raw.endIndex,
                   HeaderUnit.isHexDigit(UInt16(raw[index + 1])), HeaderUnit.isHexDigit(UInt16(raw[index + 2])) {
                    out.append(HeaderUnit.hexValue(UInt16(raw[index + 1])) << 4 | HeaderUnit.hexValue(UInt16(raw[index + 2])))
                    index += 3
                } else {
                    out.append(byte)
                    index += 1
                }
            }
            return out
        }
    }
}
