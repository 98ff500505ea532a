/// A node of the parse tree built by ``AddressGrammar``, mirroring CPython's
/// `_header_value_parser` `TokenList` / `Terminal` objects.
///
/// `kind` is the CPython class (which decides how `value`, `str()` and the properties behave);
/// `type` is its `token_type` attribute, which CPython's code compares and sometimes rewrites
/// (a mailbox followed by junk becomes `invalid-mailbox`).
struct AddressToken {
    /// The CPython class of the node.
    enum Kind: UInt8 {
        case valueTerminal, whiteSpaceTerminal, encodedWordWhiteSpaceTerminal
        case tokenList, cfwsList, comment, quotedString, bareQuotedString, atom, encodedWord
        case dotAtom, dotAtomText, phrase, displayName, localPart, obsLocalPart
        case domain, domainLiteral, addrSpec, obsRoute, angleAddr, nameAddr
        case mailbox, invalidMailbox, mailboxList, groupList, group, address, addressList
        /// An `InvalidHeaderDefect` object that CPython appends *as a child* of a domain literal
        /// cut short by the end of input; touching it crashes CPython.
        case defect
    }

    /// The CPython `token_type` values that the port distinguishes.
    enum TokenType: UInt8 {
        case none, fws, ptext, atext, vtext, dot, cfws, comment, quotedString, bareQuotedString
        case atom, encodedWord, dotAtom, dotAtomText, phrase, displayName, localPart
        case obsLocalPart, domain, domainLiteral, addrSpec, obsRoute, angleAddr, nameAddr
        case mailbox, invalidMailbox, mailboxList, groupList, group, address, addressList
        case listSeparator, misplacedSpecial, marker
    }

    var kind: Kind
    var type: TokenType
    /// The text of a terminal (unused for token lists).
    var text: ArraySlice<UInt16>
    var children: [AddressToken]
    /// True when a `defect` node is this token or was added below it through ``append(_:)``,
    /// ``prepend(_:)`` or the initialiser (CPython's `all_defects` would then crash).
    private(set) var containsDefectNode: Bool

    /// A token list of class `kind` with its default token type.
    init(_ kind: Kind, _ type: TokenType, children: [AddressToken] = []) {
        self.kind = kind
        self.type = type
        self.text = []
        self.children = children
        containsDefectNode = kind == .defect || children.contains { $0.containsDefectNode }
    }

    /// A terminal.
    init(terminal kind: Kind, _ type: TokenType, _ text: ArraySlice<UInt16>) {
        self.kind = kind
        self.type = type
        self.text = text
        self.children = []
        containsDefectNode = false
    }

    /// A one-unit `ValueTerminal` such as `DOT` or `ListSeparator`.
    init(mark unit: UInt16, _ type: TokenType) {
        self.init(terminal: .valueTerminal, type, [unit][...])
    }

    /// CPython's shared `DOT` terminal.
    static let dot = AddressToken(mark: HeaderUnit.dot, .dot)

    /// True for `Terminal` subclasses (CPython `str` objects, not lists).
    var isTerminal: Bool {
        kind == .valueTerminal || kind == .whiteSpaceTerminal || kind == .encodedWordWhiteSpaceTerminal
    }

    mutating func append(_ token: AddressToken) {
        children.append(token)
        if token.containsDefectNode { containsDefectNode = true }
    }

    /// `token[:0] = [leader]`.
    mutating func prepend(_ token: AddressToken) {
        children.insert(token, at: 0)
        if token.containsDefectNode { containsDefectNode = true }
    }
}
