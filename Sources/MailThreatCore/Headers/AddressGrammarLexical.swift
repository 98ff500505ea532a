/// A port of CPython 3.11's `email._header_value_parser` address grammar (the parser behind
/// `email.headerregistry` address headers), function by function.
///
/// Each rule takes the rest of the value and returns a token plus the new rest, like CPython's
/// `get_*` functions. `HeaderParseError` is ``HeaderGrammarFailure/parse`` (callers catch it to
/// try another rule); every other CPython exception is ``HeaderGrammarFailure/crash``, which
/// nothing catches. The quirks are kept on purpose (README 4.4: "follow CPython's reading").
enum AddressGrammar {
    typealias Failure = HeaderGrammarFailure
    typealias Step = (token: AddressToken, rest: HeaderText)

    /// Comments nested deeper than this give up on the field (CPython hits its recursion limit
    /// much later; the bound keeps the Swift stack small).
    static let maximumCommentDepth = 200

    // MARK: Whitespace, comments, quoted text

    /// `get_fws`: leading whitespace (Python `lstrip()`, so every whitespace character).
    static func fws(_ value: HeaderText) -> Step {
        var end = 0
        while let unit = value.unit(at: end), HeaderUnit.isPythonSpace(unit) { end += 1 }
        return (AddressToken(terminal: .whiteSpaceTerminal, .fws, value.prefix(end)), value.dropFirst(end))
    }

    /// `get_encoded_word` (the decoded word becomes one `vtext` frame).
    static func encodedWord(_ value: HeaderText) throws(Failure) -> Step {
        let word = try EncodedWordScanner.scan(value)
        let vtext = AddressToken(terminal: .valueTerminal, .vtext, word.frame[...])
        return (AddressToken(.encodedWord, .encodedWord, children: [vtext]), word.rest)
    }

    /// `_get_ptext_to_endchars`: the text up to an unescaped end character or whitespace, with
    /// quoted pairs unquoted. An empty first fragment crashes CPython (`pos` unbound).
    static func ptext(_ value: HeaderText, endsAt isEnd: (UInt16) -> Bool)
        throws(Failure) -> (text: ArraySlice<UInt16>, rest: HeaderText) {
        guard let first = value.first, !HeaderUnit.isWSP(first) else { throw .crash }
        var unquoted: [UInt16]?
        var escape = false
        var offset = 0
        while let unit = value.unit(at: offset), !HeaderUnit.isWSP(unit) {
            if unit == HeaderUnit.backslash {
                if escape {
                    escape = false
                } else {
                    escape = true
                    if unquoted == nil { unquoted = Array(value.prefix(offset)) }
                    offset += 1
                    continue
                }
            } else if escape {
                escape = false
            } else if isEnd(unit) {
                break
            }
            unquoted?.append(unit)
            offset += 1
        }
        return (unquoted.map { $0[...] } ?? value.prefix(offset), value.dropFirst(offset))
    }

    /// `get_qp_ctext`: comment text (a whitespace terminal whose value is one space).
    static func quotedPairCommentText(_ value: HeaderText) throws(Failure) -> Step {
        let (text, rest) = try ptext(value) { $0 == HeaderUnit.openParen || $0 == HeaderUnit.closeParen }
        return (AddressToken(terminal: .whiteSpaceTerminal, .ptext, text), rest)
    }

    /// `get_qcontent`: quoted-string text.
    static func quotedContent(_ value: HeaderText) throws(Failure) -> Step {
        let (text, rest) = try ptext(value) { $0 == HeaderUnit.quote }
        return (AddressToken(terminal: .valueTerminal, .ptext, text), rest)
    }

    /// `get_atext`: a run of characters other than specials and WSP.
    static func atext(_ value: HeaderText) throws(Failure) -> Step {
        var end = 0
        while let unit = value.unit(at: end), !HeaderUnit.isAtomEnd(unit) { end += 1 }
        guard end > 0 else { throw .parse }
        return (AddressToken(terminal: .valueTerminal, .atext, value.prefix(end)), value.dropFirst(end))
    }

    /// `get_bare_quoted_string`: `"…"` (the end quote may be missing). Encoded words inside
    /// are decoded, and whitespace between two of them is dropped.
    static func bareQuotedString(_ value: HeaderText) throws(Failure) -> Step {
        guard let first = value.first else { throw .crash }
        guard first == HeaderUnit.quote else { throw .parse }
        var string = AddressToken(.bareQuotedString, .bareQuotedString)
        var rest = value.dropFirst(1)
        if rest.first == HeaderUnit.quote {
            let step = try quotedContent(rest)
            string.append(step.token)
            rest = step.rest
        }
        while let unit = rest.first, unit != HeaderUnit.quote {
            let step: Step
            if HeaderUnit.isWSP(unit) {
                step = fws(rest)
            } else if rest.hasPrefix(HeaderUnit.equals, HeaderUnit.question) {
                var validWord = false
                do {
                    step = try encodedWord(rest)
                    validWord = true
                } catch {
                    step = try quotedContent(rest)
                }
                let count = string.children.count
                if validWord, count > 1, string.children[count - 1].type == .fws,
                   string.children[count - 2].type == .encodedWord {
                    string.children[count - 1].kind = .encodedWordWhiteSpaceTerminal
                }
            } else {
                step = try quotedContent(rest)
            }
            string.append(step.token)
            rest = step.rest
        }
        return (string, rest.isEmpty ? rest : rest.dropFirst(1))
    }

    /// `get_comment`: `( … )` with nesting and quoted pairs (the close may be missing).
    static func comment(_ value: HeaderText, depth: Int = 0) throws(Failure) -> Step {
        if let first = value.first, first != HeaderUnit.openParen { throw .parse }
        guard depth < maximumCommentDepth else { throw .crash }
        var comment = AddressToken(.comment, .comment)
        var rest = value.dropFirst(1)
        while let unit = rest.first, unit != HeaderUnit.closeParen {
            let step: Step
            if HeaderUnit.isWSP(unit) {
                step = fws(rest)
            } else if unit == HeaderUnit.openParen {
                step = try self.comment(rest, depth: depth + 1)
            } else {
                step = try quotedPairCommentText(rest)
            }
            comment.append(step.token)
            rest = step.rest
        }
        return (comment, rest.isEmpty ? rest : rest.dropFirst(1))
    }

    /// `get_cfws`: any run of whitespace and comments (possibly empty).
    static func cfws(_ value: HeaderText) throws(Failure) -> Step {
        var list = AddressToken(.cfwsList, .cfws)
        var rest = value
        while let unit = rest.first, HeaderUnit.isCFWSLeader(unit) {
            let step = HeaderUnit.isWSP(unit) ? fws(rest) : try comment(rest)
            list.append(step.token)
            rest = step.rest
        }
        return (list, rest)
    }

    /// `get_quoted_string`: `[CFWS] bare-quoted-string [CFWS]`.
    static func quotedString(_ value: HeaderText) throws(Failure) -> Step {
        var string = AddressToken(.quotedString, .quotedString)
        var rest = value
        if let unit = rest.first, HeaderUnit.isCFWSLeader(unit) {
            let step = try cfws(rest)
            string.append(step.token)
            rest = step.rest
        }
        let bare = try bareQuotedString(rest)
        string.append(bare.token)
        rest = bare.rest
        if let unit = rest.first, HeaderUnit.isCFWSLeader(unit) {
            let step = try cfws(rest)
            string.append(step.token)
            rest = step.rest
        }
        return (string, rest)
    }

    // MARK: Atoms, words, phrases

    /// `get_atom`: `[CFWS] (encoded-word / atext) [CFWS]`.
    static func atom(_ value: HeaderText) throws(Failure) -> Step {
        var atom = AddressToken(.atom, .atom)
        var rest = value
        if let unit = rest.first, HeaderUnit.isCFWSLeader(unit) {
            let step = try cfws(rest)
            atom.append(step.token)
            rest = step.rest
        }
        if let unit = rest.first, HeaderUnit.isAtomEnd(unit) { throw .parse }
        let core = try encodedWordOr(rest, otherwise: atext)
        atom.append(core.token)
        rest = core.rest
        if let unit = rest.first, HeaderUnit.isCFWSLeader(unit) {
            let step = try cfws(rest)
            atom.append(step.token)
            rest = step.rest
        }
        return (atom, rest)
    }

    /// An encoded word when the value starts with `=?` and one parses, otherwise `rule`.
    private static func encodedWordOr(_ value: HeaderText, otherwise rule: (HeaderText) throws(Failure) -> Step)
        throws(Failure) -> Step {
        if value.hasPrefix(HeaderUnit.equals, HeaderUnit.question) {
            do {
                return try encodedWord(value)
            } catch {
                return try rule(value)
            }
        }
        return try rule(value)
    }

    /// `get_dot_atom_text`: `atext *("." atext)`.
    static func dotAtomText(_ value: HeaderText) throws(Failure) -> Step {
        guard let first = value.first, !HeaderUnit.isAtomEnd(first) else { throw .parse }
        var text = AddressToken(.dotAtomText, .dotAtomText)
        var rest = value
        while let unit = rest.first, !HeaderUnit.isAtomEnd(unit) {
            let step = try atext(rest)
            text.append(step.token)
            rest = step.rest
            if rest.first == HeaderUnit.dot {
                text.append(.dot)
                rest = rest.dropFirst(1)
            }
        }
        if text.children.last?.type == .dot { throw .parse }
        return (text, rest)
    }

    /// `get_dot_atom`: `[CFWS] (encoded-word / dot-atom-text) [CFWS]`.
    static func dotAtom(_ value: HeaderText) throws(Failure) -> Step {
        guard let first = value.first else { throw .crash }
        var atom = AddressToken(.dotAtom, .dotAtom)
        var rest = value
        if HeaderUnit.isCFWSLeader(first) {
            let step = try cfws(rest)
            atom.append(step.token)
            rest = step.rest
        }
        let core = try encodedWordOr(rest, otherwise: dotAtomText)
        atom.append(core.token)
        rest = core.rest
        if let unit = rest.first, HeaderUnit.isCFWSLeader(unit) {
            let step = try cfws(rest)
            atom.append(step.token)
            rest = step.rest
        }
        return (atom, rest)
    }

    /// `get_word`: an atom or a quoted string, with any leading CFWS spliced in.
    static func word(_ value: HeaderText) throws(Failure) -> Step {
        guard let first = value.first else { throw .crash }
        var leader: AddressToken?
        var rest = value
        if HeaderUnit.isCFWSLeader(first) {
            let step = try cfws(rest)
            leader = step.token
            rest = step.rest
        }
        guard let unit = rest.first else { throw .parse }
        var step: Step
        if unit == HeaderUnit.quote {
            step = try quotedString(rest)
        } else if HeaderUnit.isSpecial(unit) {
            throw .parse
        } else {
            step = try atom(rest)
        }
        if let leader { step.token.prepend(leader) }
        return step
    }

    /// `get_phrase`: words, dots and CFWS in any order.
    static func phrase(_ value: HeaderText) throws(Failure) -> Step {
        var phrase = AddressToken(.phrase, .phrase)
        var rest = value
        do {
            let step = try word(rest)
            phrase.append(step.token)
            rest = step.rest
        } catch where error != .crash {
            // "phrase does not start with word": a defect only.
        }
        while let unit = rest.first, !HeaderUnit.isPhraseEnd(unit) {
            if unit == HeaderUnit.dot {
                phrase.append(.dot)
                rest = rest.dropFirst(1)
                continue
            }
            let step: Step
            do {
                step = try word(rest)
            } catch where error != .crash {
                guard HeaderUnit.isCFWSLeader(unit) else { throw error }
                step = try cfws(rest)
            }
            phrase.append(step.token)
            rest = step.rest
        }
        return (phrase, rest)
    }
}
