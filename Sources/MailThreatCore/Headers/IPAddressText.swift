/// Recognition of IPv4 and IPv6 address literals in header text (`Received` fields).
enum IPAddressText {
    /// A dotted-quad IPv4 address with every part 0–255 and no part longer than 3 digits.
    static func isIPv4<C: Collection<UInt8>>(_ bytes: C) -> Bool {
        var parts = 0
        var digits = 0
        var value = 0
        for byte in bytes {
            if byte == 0x2E {
                guard digits > 0 else { return false }
                parts += 1
                digits = 0
                value = 0
            } else if byte >= 0x30, byte <= 0x39 {
                digits += 1
                value = value * 10 + Int(byte - 0x30)
                guard digits <= 3, value <= 255 else { return false }
            } else {
                return false
            }
        }
        return parts == 3 && digits > 0
    }

    /// An IPv6 address (RFC 4291 text form, optionally ending in an IPv4 address).
    static func isIPv6(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count >= 2, bytes.count <= 45, bytes.contains(0x3A) else { return false }
        let text = Array(bytes)
        var groups = 0
        var sawDoubleColon = false
        var index = 0
        if text.starts(with: [0x3A, 0x3A]) {
            sawDoubleColon = true
            index = 2
            if index == text.count { return true }
        } else if text[0] == 0x3A {
            return false
        }
        while index < text.count {
            var end = index
            while end < text.count, text[end] != 0x3A { end += 1 }
            let group = text[index..<end]
            if end == text.count, group.contains(0x2E) {
                guard isIPv4(group) else { return false }
                groups += 2
            } else {
                guard !group.isEmpty, group.count <= 4, group.allSatisfy({ HeaderUnit.isHexDigit(UInt16($0)) }) else {
                    return false
                }
                groups += 1
            }
            if end == text.count { break }
            if end + 1 < text.count, text[end + 1] == 0x3A {
                guard !sawDoubleColon else { return false }
                sawDoubleColon = true
                index = end + 2
                if index == text.count { break }
            } else {
                index = end + 1
                if index == text.count { return false }
            }
        }
        return sawDoubleColon ? groups < 8 : groups == 8
    }

    /// The address inside a literal such as `[192.0.2.1]`, `[IPv6:2001:db8::1]`, `192.0.2.1`
    /// or `user@192.0.2.1`, lower-cased; nil when there is none.
    static func address(in literal: ArraySlice<UInt8>) -> String? {
        var body = literal
        if body.first == 0x5B { body = body.dropFirst() }
        if let close = body.firstIndex(of: 0x5D) { body = body[..<close] }
        if let at = body.lastIndex(of: 0x40) { body = body[(at + 1)...] }
        if body.count > 5, StructuredFieldTokenizer.hasPrefixIgnoringCase(body, "ipv6:") {
            body = body.dropFirst(5)
        }
        // A trailing ":port" on an IPv4 address (`[192.0.2.1]:25` is split earlier; `1.2.3.4:25` here).
        if let colon = body.firstIndex(of: 0x3A), isIPv4(body[..<colon]) { body = body[..<colon] }
        if isIPv4(body) || isIPv6(body) {
            return StructuredFieldTokenizer.text(body.map(ASCII.lowercase))
        }
        return nil
    }
}
