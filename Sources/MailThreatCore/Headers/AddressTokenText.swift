/// The text that CPython derives from an ``AddressToken`` tree: `.value`, `str()` and the
/// `display_name`, `local_part` and `domain` properties, including the places where CPython
/// raises (reported as ``HeaderGrammarFailure/crash``).
extension AddressToken {
    /// Appends CPython's `.value` of this token.
    func appendValue(to out: inout [UInt16]) throws(HeaderGrammarFailure) {
        switch kind {
        case .valueTerminal:
            out.append(contentsOf: text)
        case .whiteSpaceTerminal, .cfwsList, .comment:
            out.append(HeaderUnit.space)
        case .encodedWordWhiteSpaceTerminal:
            break
        case .bareQuotedString:
            for child in children { child.appendString(to: &out) }
        case .defect:
            throw .crash  // 'InvalidHeaderDefect' object has no attribute 'value'
        default:
            for child in children { try child.appendValue(to: &out) }
        }
    }

    /// Appends CPython's `str()` of this token.
    func appendString(to out: inout [UInt16]) {
        switch kind {
        case .valueTerminal, .whiteSpaceTerminal:
            out.append(contentsOf: text)
        case .encodedWordWhiteSpaceTerminal, .defect:
            break
        case .bareQuotedString:
            var inner: [UInt16] = []
            for child in children { child.appendString(to: &inner) }
            out.append(HeaderUnit.quote)
            for unit in inner {
                if unit == HeaderUnit.backslash || unit == HeaderUnit.quote { out.append(HeaderUnit.backslash) }
                out.append(unit)
            }
            out.append(HeaderUnit.quote)
        case .comment:
            out.append(HeaderUnit.openParen)
            for child in children {
                if child.type == .comment {
                    child.appendString(to: &out)
                    continue
                }
                var inner: [UInt16] = []
                child.appendString(to: &inner)
                for unit in inner {
                    if unit == HeaderUnit.backslash || unit == HeaderUnit.openParen || unit == HeaderUnit.closeParen {
                        out.append(HeaderUnit.backslash)
                    }
                    out.append(unit)
                }
            }
            out.append(HeaderUnit.closeParen)
        default:
            for child in children { child.appendString(to: &out) }
        }
    }

    /// `DisplayName.display_name`: the phrase value without leading and trailing CFWS.
    func displayNameValue() throws(HeaderGrammarFailure) -> [UInt16] {
        var parts = children
        var out: [UInt16] = []
        if parts.isEmpty { return out }
        if parts[0].type == .cfws {
            parts.removeFirst()
        } else {
            guard !parts[0].isTerminal, let inner = parts[0].children.first else { throw .crash }
            if inner.type == .cfws {
                parts[0] = AddressToken(.tokenList, .none, children: Array(parts[0].children.dropFirst()))
            }
        }
        guard let last = parts.last else { throw .crash }
        if last.type == .cfws {
            parts.removeLast()
        } else {
            guard !last.isTerminal, let inner = last.children.last else { throw .crash }
            if inner.type == .cfws {
                parts[parts.count - 1] = AddressToken(.tokenList, .none, children: Array(last.children.dropLast()))
            }
        }
        for part in parts { try part.appendValue(to: &out) }
        return out
    }

    /// `LocalPart.local_part`: the local part with whitespace removed around dots.
    func localPartValue() throws(HeaderGrammarFailure) -> [UInt16] {
        guard let inner = children.first, !inner.isTerminal else { throw .crash }
        var result: [AddressToken] = [.dot]
        var last = AddressToken.dot
        var lastIsList = false
        for index in 0...inner.children.count {
            let token = index < inner.children.count ? inner.children[index] : .dot
            if token.type == .cfws { continue }
            if lastIsList, token.type == .dot {
                guard let tail = last.children.last else { throw .crash }
                if tail.type == .cfws {
                    result[result.count - 1] = AddressToken(.tokenList, .none, children: Array(last.children.dropLast()))
                }
            }
            let isList = !token.isTerminal
            if isList, last.type == .dot {
                guard let head = token.children.first else { throw .crash }
                if head.type == .cfws {
                    result.append(AddressToken(.tokenList, .none, children: Array(token.children.dropFirst())))
                } else {
                    result.append(token)
                }
            } else {
                result.append(token)
            }
            last = result[result.count - 1]
            lastIsList = isList
        }
        var out: [UInt16] = []
        for token in result.dropFirst().dropLast() { try token.appendValue(to: &out) }
        return out
    }

    /// `Domain.domain` / `DomainLiteral.domain`: the value with all whitespace removed.
    func domainValue() throws(HeaderGrammarFailure) -> [UInt16] {
        var value: [UInt16] = []
        for child in children { try child.appendValue(to: &value) }
        return value.filter { !HeaderUnit.isPythonSpace($0) }
    }
}
