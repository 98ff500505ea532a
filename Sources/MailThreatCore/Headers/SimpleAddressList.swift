/// A fast path for the address fields that make up most real mail: comma-separated
/// `local@domain`, `local@domain (Comment)`, `<local@domain>`, `Name Words <local@domain>` and
/// `"Quoted Name" <local@domain>` entries.
///
/// The accepted shapes are chosen so that CPython's grammar can only read them one way (no
/// nested or escaped comments, dots in names, encoded words, escapes, empty entries or junk), so
/// the result equals the full port's; anything else returns nil and goes through
/// ``AddressGrammar``. A trailing comment is ignored, as CPython ignores it.
enum SimpleAddressList {
    /// The mailboxes of `value`, or nil when it is not entirely of the simple shapes.
    static func parse(_ value: [UInt8]) -> [(name: ArraySlice<UInt8>, address: ArraySlice<UInt8>)]? {
        var entries: [(name: ArraySlice<UInt8>, address: ArraySlice<UInt8>)] = []
        var index = skipBlanks(value, 0)
        guard index < value.count else { return nil }
        while true {
            guard let entry = parseEntry(value, &index) else { return nil }
            entries.append(entry)
            index = skipBlanks(value, index)
            if index == value.count { return entries }
            guard value[index] == 0x2C else { return nil }
            index = skipBlanks(value, index + 1)
            guard index < value.count else { return nil }
        }
    }

    private static func skipBlanks(_ value: [UInt8], _ start: Int) -> Int {
        var index = start
        while index < value.count, value[index] == 0x20 || value[index] == 0x09 { index += 1 }
        return index
    }

    /// Letters, digits and the RFC 5322 `atext` specials except `'` (local-part atoms).
    private static func isLocalByte(_ byte: UInt8) -> Bool {
        isDomainByte(byte) || isAtextSpecial(byte)
    }

    /// `! # $ % & * + / = ? ^ _ ` { | } ~`: atom bytes besides letters, digits, `-` and `'`.
    private static func isAtextSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21, 0x23, 0x24, 0x25, 0x26, 0x2A, 0x2B, 0x2F, 0x3D, 0x3F, 0x5E, 0x5F, 0x60, 0x7B, 0x7C, 0x7D, 0x7E:
            return true
        default:
            return false
        }
    }

    /// True when `=?` (a possible encoded word) occurs in `value[range]`.
    private static func mayHoldEncodedWord(_ value: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index + 1 < range.upperBound {
            if value[index] == 0x3D && value[index + 1] == 0x3F { return true }
            index += 1
        }
        return false
    }

    /// Letters, digits, `-` (domain labels).
    private static func isDomainByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
    }

    /// Letters, digits, `-`, `'`, the `atext` specials and raw 8-bit bytes (display-name words).
    private static func isNameByte(_ byte: UInt8) -> Bool {
        isDomainByte(byte) || isAtextSpecial(byte) || byte == 0x27 || byte >= 0x80
    }

    /// `atom *("." atom) "@" label *("." label)` starting at `index`.
    private static func parseAddrSpec(_ value: [UInt8], _ index: inout Int) -> ArraySlice<UInt8>? {
        let start = index
        guard dotted(value, &index, isLocalByte), index < value.count, value[index] == 0x40,
              !mayHoldEncodedWord(value, start..<index) else { return nil }
        index += 1
        guard dotted(value, &index, isDomainByte) else { return nil }
        return value[start..<index]
    }

    /// Skips blanks and one `(comment)` of plain ASCII text (no parentheses, backslashes, `=?`
    /// or 8-bit bytes) starting at `index`; nil when what follows is not such a comment.
    private static func skipSimpleComment(_ value: [UInt8], _ index: Int) -> Int? {
        var index = skipBlanks(value, index)
        guard index < value.count, value[index] == 0x28 else { return nil }
        let open = index + 1
        index = open
        while index < value.count, value[index] != 0x29 {
            let byte = value[index]
            if byte == 0x28 || byte == 0x5C || byte >= 0x80 || byte < 0x20 && byte != 0x09 { return nil }
            index += 1
        }
        guard index < value.count, !mayHoldEncodedWord(value, open..<index) else { return nil }
        return skipBlanks(value, index + 1)
    }

    /// One or more runs of `isPart` bytes separated by single dots.
    private static func dotted(_ value: [UInt8], _ index: inout Int, _ isPart: (UInt8) -> Bool) -> Bool {
        while true {
            let start = index
            while index < value.count, isPart(value[index]) { index += 1 }
            guard index > start else { return false }
            guard index < value.count, value[index] == 0x2E else { return true }
            index += 1
        }
    }

    private static func parseEntry(_ value: [UInt8], _ index: inout Int)
        -> (name: ArraySlice<UInt8>, address: ArraySlice<UInt8>)? {
        let start = index
        if let spec = parseAddrSpec(value, &index) {
            var after = skipBlanks(value, index)
            if after < value.count, value[after] == 0x28, let afterComment = skipSimpleComment(value, after) {
                after = afterComment
                index = after
            }
            if after == value.count || value[after] == 0x2C { return (value[start..<start], spec) }
        }
        index = start
        var name: ArraySlice<UInt8>
        if value[index] == 0x3C {
            name = value[start..<start]
        } else if value[index] == 0x22 {
            let open = index + 1
            index = open
            while index < value.count, value[index] != 0x22 {
                let byte = value[index]
                if byte == 0x5C { return nil }
                if byte == 0x3D, index + 1 < value.count, value[index + 1] == 0x3F { return nil }
                index += 1
            }
            guard index < value.count else { return nil }
            name = value[open..<index]
            index += 1
        } else {
            while index < value.count, isNameByte(value[index]) {
                while index < value.count, isNameByte(value[index]) { index += 1 }
                let afterWord = skipBlanks(value, index)
                guard afterWord < value.count, afterWord > index, isNameByte(value[afterWord]) else { break }
                index = afterWord
            }
            guard index > start, !mayHoldEncodedWord(value, start..<index) else { return nil }
            name = value[start..<index]
        }
        index = skipBlanks(value, index)
        guard index < value.count, value[index] == 0x3C else { return nil }
        index += 1
        guard let spec = parseAddrSpec(value, &index), index < value.count, value[index] == 0x3E else { return nil }
        index += 1
        return (name, spec)
    }
}
