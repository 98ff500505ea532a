/// Mailboxes, groups and address lists of the CPython address grammar port.
extension AddressGrammar {
    /// `get_display_name`: a phrase, as a display-name token.
    static func displayName(_ value: HeaderText) throws(Failure) -> Step {
        let step = try phrase(value)
        return (AddressToken(.displayName, .displayName, children: step.token.children), step.rest)
    }

    /// `get_name_addr`: `[display-name] angle-addr`.
    static func nameAddr(_ value: HeaderText) throws(Failure) -> Step {
        guard let first = value.first else { throw .crash }
        var nameAddr = AddressToken(.nameAddr, .nameAddr)
        var leader: AddressToken?
        var rest = value
        if HeaderUnit.isCFWSLeader(first) {
            let step = try cfws(rest)
            leader = step.token
            rest = step.rest
            if rest.isEmpty { throw .parse }
        }
        if let unit = rest.first, unit != HeaderUnit.lessThan {
            if HeaderUnit.isPhraseEnd(unit) { throw .parse }
            var name = try displayName(rest)
            rest = name.rest
            if rest.isEmpty { throw .parse }
            if let pending = leader {
                // token[0][:0] = [leader]: fails on an empty name or a leading DOT terminal.
                guard let head = name.token.children.first, !head.isTerminal else { throw .crash }
                name.token.children[0].prepend(pending)
                leader = nil
            }
            nameAddr.append(name.token)
        }
        var angle = try angleAddr(rest)
        if let leader { angle.token.prepend(leader) }
        nameAddr.append(angle.token)
        return (nameAddr, angle.rest)
    }

    /// `get_mailbox`: a name-addr or an addr-spec.
    static func mailbox(_ value: HeaderText) throws(Failure) -> Step {
        var step: Step
        do {
            step = try nameAddr(value)
        } catch where error != .crash {
            do {
                step = try addrSpec(value)
            } catch where error != .crash {
                throw .parse
            }
        }
        // `token.all_defects` walks the tree; a defect child crashes it.
        if step.token.containsDefectNode { throw .crash }
        return (AddressToken(.mailbox, .mailbox, children: [step.token]), step.rest)
    }

    /// `get_invalid_mailbox`: everything up to one of `endChars`, as phrases and stray specials.
    static func invalidMailbox(_ value: HeaderText, endChars: (UInt16) -> Bool) throws(Failure) -> Step {
        var mailbox = AddressToken(.invalidMailbox, .invalidMailbox)
        var rest = value
        while let unit = rest.first, !endChars(unit) {
            if HeaderUnit.isPhraseEnd(unit) {
                mailbox.append(AddressToken(terminal: .valueTerminal, .misplacedSpecial, rest.prefix(1)))
                rest = rest.dropFirst(1)
            } else {
                let step = try phrase(rest)
                mailbox.append(step.token)
                rest = step.rest
            }
        }
        return (mailbox, rest)
    }

    private static func isCommaOrSemicolon(_ unit: UInt16) -> Bool {
        unit == HeaderUnit.comma || unit == HeaderUnit.semicolon
    }

    private static func isComma(_ unit: UInt16) -> Bool { unit == HeaderUnit.comma }

    /// Appends the junk after an entry to `list`'s last entry (or to that entry's first child),
    /// retyping it `invalid-mailbox`, as CPython does for "crap after mailbox/address".
    private static func absorbJunk(_ value: HeaderText, into list: inout AddressToken, nested: Bool,
                                   endChars: (UInt16) -> Bool) throws(Failure) -> HeaderText {
        guard let lastIndex = list.children.indices.last, !list.children[lastIndex].isTerminal else { throw .crash }
        if nested {
            guard let first = list.children[lastIndex].children.first, !first.isTerminal else { throw .crash }
        }
        let junk = try invalidMailbox(value, endChars: endChars)
        if nested {
            list.children[lastIndex].children[0].type = .invalidMailbox
            list.children[lastIndex].children[0].children.append(contentsOf: junk.token.children)
        } else {
            list.children[lastIndex].type = .invalidMailbox
            list.children[lastIndex].children.append(contentsOf: junk.token.children)
        }
        return junk.rest
    }

    /// `get_mailbox_list`: mailboxes up to the end or a `;`, keeping invalid entries.
    static func mailboxList(_ value: HeaderText) throws(Failure) -> Step {
        var list = AddressToken(.mailboxList, .mailboxList)
        var rest = value
        while let unit = rest.first, unit != HeaderUnit.semicolon {
            do {
                let step = try mailbox(rest)
                list.append(step.token)
                rest = step.rest
            } catch where error != .crash {
                if HeaderUnit.isCFWSLeader(unit) {
                    let leader = try cfws(rest)
                    rest = leader.rest
                    if let next = rest.first, !isCommaOrSemicolon(next) {
                        var invalid = try invalidMailbox(rest, endChars: isCommaOrSemicolon)
                        invalid.token.prepend(leader.token)
                        list.append(invalid.token)
                        rest = invalid.rest
                    } else {
                        list.append(leader.token)
                    }
                } else if unit != HeaderUnit.comma {
                    let invalid = try invalidMailbox(rest, endChars: isCommaOrSemicolon)
                    list.append(invalid.token)
                    rest = invalid.rest
                }
            }
            if let next = rest.first, !isCommaOrSemicolon(next) {
                rest = try absorbJunk(rest, into: &list, nested: false, endChars: isCommaOrSemicolon)
            }
            if rest.first == HeaderUnit.comma {
                list.append(AddressToken(mark: HeaderUnit.comma, .listSeparator))
                rest = rest.dropFirst(1)
            }
        }
        return (list, rest)
    }

    /// `all_mailboxes` of a mailbox list: its mailbox and invalid-mailbox entries.
    static func allMailboxes(ofMailboxList list: AddressToken) -> [AddressToken] {
        list.children.filter { $0.type == .mailbox || $0.type == .invalidMailbox }
    }

    /// `get_group_list`: a mailbox list, CFWS alone, or empty entries.
    static func groupList(_ value: HeaderText) throws(Failure) -> Step {
        var group = AddressToken(.groupList, .groupList)
        var rest = value
        guard let first = rest.first else { return (group, rest) }
        var leader: AddressToken?
        if HeaderUnit.isCFWSLeader(first) {
            let step = try cfws(rest)
            rest = step.rest
            if rest.isEmpty || rest.first == HeaderUnit.semicolon {
                group.append(step.token)
                return (group, rest)
            }
            leader = step.token
        }
        var list = try mailboxList(rest)
        rest = list.rest
        if allMailboxes(ofMailboxList: list.token).isEmpty {
            if let leader { group.append(leader) }
            group.children.append(contentsOf: list.token.children)
            return (group, rest)
        }
        if let leader { list.token.prepend(leader) }
        group.append(list.token)
        return (group, rest)
    }

    /// `get_group`: `display-name ":" [group-list] ";" [CFWS]` (the `;` may be missing at the end).
    static func group(_ value: HeaderText) throws(Failure) -> Step {
        var group = AddressToken(.group, .group)
        let name = try displayName(value)
        var rest = name.rest
        guard rest.first == HeaderUnit.colon else { throw .parse }
        group.append(name.token)
        group.append(AddressToken(mark: HeaderUnit.colon, .marker))
        rest = rest.dropFirst(1)
        if rest.first == HeaderUnit.semicolon {
            group.append(AddressToken(mark: HeaderUnit.semicolon, .marker))
            return (group, rest.dropFirst(1))
        }
        let list = try groupList(rest)
        group.append(list.token)
        rest = list.rest
        if let unit = rest.first, unit != HeaderUnit.semicolon { throw .parse }
        group.append(AddressToken(mark: HeaderUnit.semicolon, .marker))
        rest = rest.dropFirst(1)
        if let unit = rest.first, HeaderUnit.isCFWSLeader(unit) {
            let step = try cfws(rest)
            group.append(step.token)
            rest = step.rest
        }
        return (group, rest)
    }

    /// `get_address`: a group or a mailbox.
    ///
    /// The group rule is skipped when no `:` follows: it could only raise `HeaderParseError`
    /// then (its display-name phrase cannot fail otherwise before the `:` check, and the
    /// mailbox rule reads that same phrase).
    static func address(_ value: HeaderText) throws(Failure) -> Step {
        var step: Step
        do throws(Failure) {
            guard value.containsColon else { throw .parse }
            step = try group(value)
        } catch where error != .crash {
            do {
                step = try mailbox(value)
            } catch where error != .crash {
                throw .parse
            }
        }
        return (AddressToken(.address, .address, children: [step.token]), step.rest)
    }

    /// `get_address_list`: the whole value as addresses, keeping invalid entries.
    static func addressList(_ value: HeaderText) throws(Failure) -> AddressToken {
        var list = AddressToken(.addressList, .addressList)
        var rest = value
        while let unit = rest.first {
            do {
                let step = try address(rest)
                list.append(step.token)
                rest = step.rest
            } catch where error != .crash {
                if HeaderUnit.isCFWSLeader(unit) {
                    let leader = try cfws(rest)
                    rest = leader.rest
                    if let next = rest.first, next != HeaderUnit.comma {
                        var invalid = try invalidMailbox(rest, endChars: isComma)
                        invalid.token.prepend(leader.token)
                        list.append(AddressToken(.address, .address, children: [invalid.token]))
                        rest = invalid.rest
                    } else {
                        list.append(leader.token)
                    }
                } else if unit != HeaderUnit.comma {
                    let invalid = try invalidMailbox(rest, endChars: isComma)
                    list.append(AddressToken(.address, .address, children: [invalid.token]))
                    rest = invalid.rest
                }
            }
            if let next = rest.first, next != HeaderUnit.comma {
                rest = try absorbJunk(rest, into: &list, nested: true, endChars: isComma)
            }
            if !rest.isEmpty {
                list.append(AddressToken(mark: HeaderUnit.comma, .listSeparator))
                rest = rest.dropFirst(1)
            }
        }
        return list
    }
}
