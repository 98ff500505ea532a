/// Local parts, domains and angle addresses of the CPython address grammar port.
extension AddressGrammar {
    /// `get_local_part`: a dot-atom, a word, or (re-parsed from the serialised tokens plus the
    /// rest, exactly as CPython does) an obsolete local part.
    static func localPart(_ value: HeaderText) throws(Failure) -> Step {
        guard let first = value.first else { throw .crash }
        var localPart = AddressToken(.localPart, .localPart)
        var leader: AddressToken?
        var rest = value
        if HeaderUnit.isCFWSLeader(first) {
            let step = try cfws(rest)
            leader = step.token
            rest = step.rest
        }
        guard let unit = rest.first else { throw .parse }
        var token: AddressToken
        do {
            let step = try dotAtom(rest)
            (token, rest) = step
        } catch where error != .crash {
            do {
                let step = try word(rest)
                (token, rest) = step
            } catch where error != .crash {
                if unit != HeaderUnit.backslash, HeaderUnit.isPhraseEnd(unit) { throw error }
                token = AddressToken(.tokenList, .none)
            }
        }
        if let leader { token.prepend(leader) }
        localPart.append(token)
        if let next = rest.first, next == HeaderUnit.backslash || !HeaderUnit.isPhraseEnd(next) {
            var serialized: [UInt16] = []
            localPart.appendString(to: &serialized)
            let step = try obsLocalPart(HeaderText(prefix: serialized, followedBy: rest))
            localPart.children[0] = step.token
            rest = step.rest
        }
        return (localPart, rest)
    }

    /// `get_obs_local_part`: `word *("." word)` with CFWS, stray dots and backslashes tolerated.
    static func obsLocalPart(_ value: HeaderText) throws(Failure) -> Step {
        var local = AddressToken(.obsLocalPart, .obsLocalPart)
        var rest = value
        while let unit = rest.first, unit == HeaderUnit.backslash || !HeaderUnit.isPhraseEnd(unit) {
            if unit == HeaderUnit.dot {
                local.append(.dot)
                rest = rest.dropFirst(1)
                continue
            }
            if unit == HeaderUnit.backslash {
                local.append(AddressToken(terminal: .valueTerminal, .misplacedSpecial, rest.prefix(1)))
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
            local.append(step.token)
            rest = step.rest
        }
        // CPython's leading/trailing-dot checks index neighbours that may not exist.
        let parts = local.children
        guard let first = parts.first, let last = parts.last else { throw .crash }
        if first.type != .dot, first.type == .cfws, parts.count < 2 { throw .crash }
        if last.type != .dot, last.type == .cfws, parts.count < 2 { throw .crash }
        return (local, rest)
    }

    /// `get_dtext`: domain-literal text.
    static func domainText(_ value: HeaderText) throws(Failure) -> Step {
        let (text, rest) = try ptext(value) { $0 == HeaderUnit.openBracket || $0 == HeaderUnit.closeBracket }
        return (AddressToken(terminal: .valueTerminal, .ptext, text), rest)
    }

    /// `get_domain_literal`: `[CFWS] "[" dtext "]" [CFWS]`; a literal cut short by the end of
    /// input gets CPython's defect child.
    static func domainLiteral(_ value: HeaderText) throws(Failure) -> Step {
        guard let first = value.first else { throw .crash }
        var literal = AddressToken(.domainLiteral, .domainLiteral)
        var rest = value
        if HeaderUnit.isCFWSLeader(first) {
            let step = try cfws(rest)
            literal.append(step.token)
            rest = step.rest
        }
        guard rest.first == HeaderUnit.openBracket else { throw .parse }
        rest = rest.dropFirst(1)
        func endedEarly(_ literal: inout AddressToken) -> Bool {
            guard rest.isEmpty else { return false }
            literal.append(AddressToken(.defect, .none))
            literal.append(AddressToken(mark: HeaderUnit.closeBracket, .marker))
            return true
        }
        if endedEarly(&literal) { return (literal, rest) }
        literal.append(AddressToken(mark: HeaderUnit.openBracket, .marker))
        if let unit = rest.first, HeaderUnit.isWSP(unit) {
            let step = fws(rest)
            literal.append(step.token)
            rest = step.rest
        }
        let text = try domainText(rest)
        literal.append(text.token)
        rest = text.rest
        if endedEarly(&literal) { return (literal, rest) }
        if let unit = rest.first, HeaderUnit.isWSP(unit) {
            let step = fws(rest)
            literal.append(step.token)
            rest = step.rest
        }
        if endedEarly(&literal) { return (literal, rest) }
        guard rest.first == HeaderUnit.closeBracket else { throw .parse }
        literal.append(AddressToken(mark: HeaderUnit.closeBracket, .marker))
        rest = rest.dropFirst(1)
        if let unit = rest.first, HeaderUnit.isCFWSLeader(unit) {
            let step = try cfws(rest)
            literal.append(step.token)
            rest = step.rest
        }
        return (literal, rest)
    }

    /// `get_domain`: a dot-atom, a domain literal or an obsolete `atom *("." atom)`.
    static func domain(_ value: HeaderText) throws(Failure) -> Step {
        guard let first = value.first else { throw .crash }
        var domain = AddressToken(.domain, .domain)
        var leader: AddressToken?
        var rest = value
        if HeaderUnit.isCFWSLeader(first) {
            let step = try cfws(rest)
            leader = step.token
            rest = step.rest
        }
        guard let unit = rest.first else { throw .parse }
        if unit == HeaderUnit.openBracket {
            var step = try domainLiteral(rest)
            if let leader { step.token.prepend(leader) }
            domain.append(step.token)
            return (domain, step.rest)
        }
        var step: Step
        do {
            step = try dotAtom(rest)
        } catch where error != .crash {
            step = try atom(rest)
        }
        rest = step.rest
        if rest.first == HeaderUnit.at { throw .parse }
        if let leader { step.token.prepend(leader) }
        domain.append(step.token)
        if rest.first == HeaderUnit.dot {
            if domain.children[0].type == .dotAtom { domain.children = domain.children[0].children }
            while rest.first == HeaderUnit.dot {
                domain.append(.dot)
                let next = try atom(rest.dropFirst(1))
                domain.append(next.token)
                rest = next.rest
            }
        }
        return (domain, rest)
    }

    /// `get_addr_spec`: `local-part ["@" domain]`.
    static func addrSpec(_ value: HeaderText) throws(Failure) -> Step {
        var spec = AddressToken(.addrSpec, .addrSpec)
        let local = try localPart(value)
        spec.append(local.token)
        var rest = local.rest
        guard rest.first == HeaderUnit.at else { return (spec, rest) }
        spec.append(AddressToken(mark: HeaderUnit.at, .marker))
        let domain = try domain(rest.dropFirst(1))
        spec.append(domain.token)
        rest = domain.rest
        return (spec, rest)
    }

    /// `get_obs_route`: `*(CFWS / ",") "@" domain *("," [CFWS] ["@" domain]) ":"`.
    static func obsRoute(_ value: HeaderText) throws(Failure) -> Step {
        var route = AddressToken(.obsRoute, .obsRoute)
        var rest = value
        while let unit = rest.first, unit == HeaderUnit.comma || HeaderUnit.isCFWSLeader(unit) {
            if unit == HeaderUnit.comma {
                route.append(AddressToken(mark: HeaderUnit.comma, .listSeparator))
                rest = rest.dropFirst(1)
            } else {
                let step = try cfws(rest)
                route.append(step.token)
                rest = step.rest
            }
        }
        guard rest.first == HeaderUnit.at else { throw .parse }
        route.append(AddressToken(mark: HeaderUnit.at, .marker))
        var step = try domain(rest.dropFirst(1))
        route.append(step.token)
        rest = step.rest
        while rest.first == HeaderUnit.comma {
            route.append(AddressToken(mark: HeaderUnit.comma, .listSeparator))
            rest = rest.dropFirst(1)
            guard let unit = rest.first else { break }
            if HeaderUnit.isCFWSLeader(unit) {
                step = try cfws(rest)
                route.append(step.token)
                rest = step.rest
            }
            guard let next = rest.first else { throw .crash }
            if next == HeaderUnit.at {
                route.append(AddressToken(mark: HeaderUnit.at, .marker))
                step = try domain(rest.dropFirst(1))
                route.append(step.token)
                rest = step.rest
            }
        }
        guard rest.first == HeaderUnit.colon else { throw .parse }
        route.append(AddressToken(mark: HeaderUnit.colon, .marker))
        return (route, rest.dropFirst(1))
    }

    /// `get_angle_addr`: `[CFWS] "<" [obs-route] addr-spec ">" [CFWS]`, also `<>`; a missing `>`
    /// is tolerated.
    static func angleAddr(_ value: HeaderText) throws(Failure) -> Step {
        guard let first = value.first else { throw .crash }
        var angle = AddressToken(.angleAddr, .angleAddr)
        var rest = value
        if HeaderUnit.isCFWSLeader(first) {
            let step = try cfws(rest)
            angle.append(step.token)
            rest = step.rest
        }
        guard rest.first == HeaderUnit.lessThan else { throw .parse }
        angle.append(AddressToken(mark: HeaderUnit.lessThan, .marker))
        rest = rest.dropFirst(1)
        guard let next = rest.first else { throw .crash }
        if next == HeaderUnit.greaterThan {
            angle.append(AddressToken(mark: HeaderUnit.greaterThan, .marker))
            return (angle, rest.dropFirst(1))
        }
        var spec: Step
        do {
            spec = try addrSpec(rest)
        } catch where error != .crash {
            let route: Step
            do {
                route = try obsRoute(rest)
            } catch where error != .crash {
                throw .parse
            }
            angle.append(route.token)
            spec = try addrSpec(route.rest)
        }
        angle.append(spec.token)
        rest = spec.rest
        if rest.first == HeaderUnit.greaterThan { rest = rest.dropFirst(1) }
        angle.append(AddressToken(mark: HeaderUnit.greaterThan, .marker))
        if let unit = rest.first, HeaderUnit.isCFWSLeader(unit) {
            let step = try cfws(rest)
            angle.append(step.token)
            rest = step.rest
        }
        return (angle, rest)
    }
}
