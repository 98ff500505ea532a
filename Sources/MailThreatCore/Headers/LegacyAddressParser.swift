/// A port of CPython's legacy `email._parseaddr.AddrlistClass` (what `email.utils.getaddresses`
/// uses), the fallback of README 4.4 for fields on which the modern parser raises.
///
/// It works on raw bytes and returns `(realname, email)` byte pairs exactly as CPython would:
/// names are joined phrase words, or the comments when there is no phrase; addresses are the
/// re-assembled addr-spec. Decoding is left to the caller.
struct LegacyAddressParser {
    private let field: [UInt8]
    private var position = 0
    private var comments: [[UInt8]] = []

    /// Nesting bound for comments and groups (CPython would hit its recursion limit instead).
    private static let maximumDepth = 200

    private init(_ field: [UInt8]) { self.field = field }

    /// `getaddresses([value])`.
    static func parse(_ value: [UInt8]) -> [(name: [UInt8], address: [UInt8])] {
        guard !value.isEmpty else { return [] }
        var parser = LegacyAddressParser(value)
        var result: [(name: [UInt8], address: [UInt8])] = []
        while parser.position < parser.field.count {
            let found = parser.address(depth: 0)
            if found.isEmpty {
                result.append(([], []))
            } else {
                result.append(contentsOf: found)
            }
        }
        return result
    }

    // MARK: Character classes

    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x28, 0x29, 0x3C, 0x3E, 0x40, 0x2C, 0x3A, 0x3B, 0x2E, 0x22, 0x5B, 0x5D: return true
        default: return false
        }
    }

    private static func isLinearSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    private static func isFoldingSpace(_ byte: UInt8) -> Bool {
        isLinearSpace(byte) || byte == 0x0D || byte == 0x0A
    }

    private static func isAtomEnd(_ byte: UInt8) -> Bool { isSpecial(byte) || isFoldingSpace(byte) }

    private static func isPhraseEnd(_ byte: UInt8) -> Bool { byte != 0x2E && isAtomEnd(byte) }

    /// Python `not s.strip()`.
    private static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { HeaderUnit.isPythonSpace(UInt16($0)) }
    }

    private var current: UInt8? { position < field.count ? field[position] : nil }

    // MARK: Rules

    /// `gotonext`: skips whitespace and collects comments; returns the SP/HTAB seen.
    private mutating func skipSpace() -> [UInt8] {
        var spaces: [UInt8] = []
        while let byte = current {
            if Self.isFoldingSpace(byte) {
                if Self.isLinearSpace(byte) { spaces.append(byte) }
                position += 1
            } else if byte == 0x28 {
                comments.append(comment(depth: 0))
            } else {
                break
            }
        }
        return spaces
    }

    /// `getaddress`: the next address (or the members of a group).
    private mutating func address(depth: Int) -> [(name: [UInt8], address: [UInt8])] {
        comments = []
        _ = skipSpace()
        let start = position
        let phrases = phraseList()
        _ = skipSpace()
        var found: [(name: [UInt8], address: [UInt8])] = []
        if let byte = current {
            if byte == 0x2E || byte == 0x40 {
                position = start
                let spec = addrSpec()
                found = [(joined(comments), spec)]
            } else if byte == 0x3A {
                position += 1
                while position < field.count {
                    _ = skipSpace()
                    if current == 0x3B {
                        position += 1
                        break
                    }
                    guard depth < Self.maximumDepth else { break }
                    found += address(depth: depth + 1)
                }
            } else if byte == 0x3C {
                let route = routeAddr()
                var name = joined(phrases)
                if !comments.isEmpty {
                    name += Array(" (".utf8) + joined(comments) + [0x29]
                }
                found = [(name, route)]
            } else if let first = phrases.first {
                found = [(joined(comments), first)]
            } else if Self.isSpecial(byte) {
                position += 1
            }
        } else if let first = phrases.first {
            found = [(joined(comments), first)]
        }
        _ = skipSpace()
        if current == 0x2C { position += 1 }
        return found
    }

    /// `SPACE.join(parts)`.
    private func joined(_ parts: [[UInt8]]) -> [UInt8] {
        var out: [UInt8] = []
        for (index, part) in parts.enumerated() {
            if index > 0 { out.append(0x20) }
            out.append(contentsOf: part)
        }
        return out
    }

    /// `getrouteaddr`: skips an obsolete route and returns the addr-spec inside `<…>`.
    private mutating func routeAddr() -> [UInt8] {
        guard current == 0x3C else { return [] }
        var expectRoute = false
        position += 1
        _ = skipSpace()
        var spec: [UInt8] = []
        while let byte = current {
            if expectRoute {
                _ = domain()
                expectRoute = false
            } else if byte == 0x3E {
                position += 1
                break
            } else if byte == 0x40 {
                position += 1
                expectRoute = true
            } else if byte == 0x3A {
                position += 1
            } else {
                spec = addrSpec()
                position += 1
                break
            }
            _ = skipSpace()
        }
        return spec
    }

    /// `getaddrspec`: `local-part ["@" domain]`, re-assembled.
    private mutating func addrSpec() -> [UInt8] {
        var parts: [[UInt8]] = []
        _ = skipSpace()
        while let byte = current {
            var preserveSpace = true
            if byte == 0x2E {
                if let last = parts.last, Self.isBlank(last) { parts.removeLast() }
                parts.append([0x2E])
                position += 1
                preserveSpace = false
            } else if byte == 0x22 {
                var quoted: [UInt8] = [0x22]
                for unit in quote() {
                    if unit == 0x5C || unit == 0x22 { quoted.append(0x5C) }
                    quoted.append(unit)
                }
                quoted.append(0x22)
                parts.append(quoted)
            } else if Self.isAtomEnd(byte) {
                if let last = parts.last, Self.isBlank(last) { parts.removeLast() }
                break
            } else {
                parts.append(atom(endsAt: Self.isAtomEnd))
            }
            let spaces = skipSpace()
            if preserveSpace, !spaces.isEmpty { parts.append(spaces) }
        }
        let local = parts.flatMap { $0 }
        guard current == 0x40 else { return local }
        position += 1
        _ = skipSpace()
        let domain = domain()
        guard !domain.isEmpty else { return [] }
        return local + [0x40] + domain
    }

    /// `getdomain`.
    private mutating func domain() -> [UInt8] {
        var parts: [UInt8] = []
        while let byte = current {
            if Self.isLinearSpace(byte) {
                position += 1
            } else if byte == 0x28 {
                comments.append(comment(depth: 0))
            } else if byte == 0x5B {
                parts.append(0x5B)
                parts.append(contentsOf: delimited(begin: 0x5B, end: 0x5D, allowComments: false, depth: 0))
                parts.append(0x5D)
            } else if byte == 0x2E {
                position += 1
                parts.append(0x2E)
            } else if byte == 0x40 {
                return []
            } else if Self.isAtomEnd(byte) {
                break
            } else {
                parts.append(contentsOf: atom(endsAt: Self.isAtomEnd))
            }
        }
        return parts
    }

    /// `getdelimited`: text between `begin` and `end` (or CR), with quoted pairs.
    private mutating func delimited(begin: UInt8, end: UInt8, allowComments: Bool, depth: Int) -> [UInt8] {
        guard current == begin else { return [] }
        var out: [UInt8] = []
        var quoted = false
        position += 1
        while let byte = current {
            if quoted {
                out.append(byte)
                quoted = false
            } else if byte == end || byte == 0x0D {
                position += 1
                break
            } else if allowComments, byte == 0x28, depth < Self.maximumDepth {
                out.append(contentsOf: comment(depth: depth + 1))
                continue
            } else if byte == 0x5C {
                quoted = true
            } else {
                out.append(byte)
            }
            position += 1
        }
        return out
    }

    private mutating func quote() -> [UInt8] {
        delimited(begin: 0x22, end: 0x22, allowComments: false, depth: 0)
    }

    private mutating func comment(depth: Int) -> [UInt8] {
        delimited(begin: 0x28, end: 0x29, allowComments: true, depth: depth)
    }

    /// `getatom`.
    private mutating func atom(endsAt isEnd: (UInt8) -> Bool) -> [UInt8] {
        let start = position
        while let byte = current, !isEnd(byte) { position += 1 }
        return Array(field[start..<position])
    }

    /// `getphraselist`.
    private mutating func phraseList() -> [[UInt8]] {
        var phrases: [[UInt8]] = []
        while let byte = current {
            if Self.isFoldingSpace(byte) {
                position += 1
            } else if byte == 0x22 {
                phrases.append(quote())
            } else if byte == 0x28 {
                comments.append(comment(depth: 0))
            } else if Self.isPhraseEnd(byte) {
                break
            } else {
                phrases.append(atom(endsAt: Self.isPhraseEnd))
            }
        }
        return phrases
    }
}
