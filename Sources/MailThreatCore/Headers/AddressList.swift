import Foundation

/// An address field (`From`, `To`, `Cc`, `Reply-To`, …) parsed as CPython's modern
/// `email.headerregistry` parser reads it, normalised per README 4.4.
///
/// - Groups are flattened (their names are kept in ``groupNames``);
///   `undisclosed-recipients:;` gives no mailboxes.
/// - Comments are ignored, quotes removed, encoded words in display names decoded.
/// - `Smith, John <j@x>` is two mailboxes; a bare phrase becomes the local part
///   (`John Doe` → address `john doe`); a `;` outside a group ends the list.
/// - Entries whose name and address are both empty are dropped.
/// - Where CPython's parser would raise, the legacy `email.utils.getaddresses` reading is used
///   and ``usedFallback`` is set.
///
/// ```swift
/// let to = AddressList.parse(Array("Smith, John <j@x.org>, undisclosed-recipients:;".utf8))
/// to.mailboxes.map(\.address)  // ["smith", "j@x.org"]
/// ```
public struct AddressList: Sendable, Hashable {
    /// The mailboxes in field order, groups flattened.
    public var mailboxes: [Mailbox]
    /// Display names of the groups in the field (line text), in order.
    public var groupNames: [String]
    /// True when CPython's modern parser would have raised and the legacy reading was used.
    public var usedFallback: Bool
    /// Irregularities noticed while parsing.
    public var defects: AddressListDefects

    /// Creates a list from parts.
    public init(mailboxes: [Mailbox] = [], groupNames: [String] = [], usedFallback: Bool = false,
                defects: AddressListDefects = []) {
        self.mailboxes = mailboxes
        self.groupNames = groupNames
        self.usedFallback = usedFallback
        self.defects = defects
    }

    /// Parses the unfolded value of one address field (README 4.1 unfolding, raw bytes allowed).
    public static func parse(_ value: [UInt8]) -> AddressList {
        if let simple = SimpleAddressList.parse(value) {
            var list = AddressList()
            for entry in simple {
                list.append(name: String(decoding: entry.name, as: UTF8.self),
                            address: String(decoding: entry.address, as: UTF8.self))
            }
            return list
        }
        return parseWithGrammar(value)
    }

    /// The full CPython grammar port (and its legacy fallback), without the simple-shape fast path.
    static func parseWithGrammar(_ value: [UInt8]) -> AddressList {
        let units = HeaderUnit.units(value)
        do {
            let tree = try AddressGrammar.addressList(HeaderText(units))
            let parsed = try AddressGrammar.entries(of: tree)
            var list = AddressList()
            list.defects = defects(of: tree)
            for entry in parsed.entries {
                let domain = EncodedWordFrame.resolve(entry.domain)
                var address = EncodedWordFrame.resolve(entry.localPart)
                if !domain.isEmpty {
                    address += "@" + domain
                } else if !entry.localPart.isEmpty {
                    list.defects.insert(.missingDomain)
                }
                list.append(name: EncodedWordFrame.resolve(entry.name), address: address)
            }
            list.groupNames = parsed.groupNames.map { TextNormalization.lineText(EncodedWordFrame.resolve($0)) }
            return list
        } catch {
            return legacyParse(value)
        }
    }

    /// The `getaddresses` fallback: names decoded like Subject, addresses read as UTF-8.
    static func legacyParse(_ value: [UInt8]) -> AddressList {
        var list = AddressList(usedFallback: true)
        for entry in LegacyAddressParser.parse(value) {
            let name = entry.name.isEmpty ? "" : EncodedWords.decodeUnstructured(entry.name)
            list.append(name: name, address: String(decoding: entry.address, as: UTF8.self))
        }
        return list
    }

    /// Normalises and appends one entry unless both parts end up empty.
    private mutating func append(name: String, address: String) {
        let mailbox = Mailbox(name: TextNormalization.lineText(name),
                              address: Self.normalizeAddress(address))
        if mailbox.name.isEmpty && mailbox.address.isEmpty {
            defects.insert(.emptyEntry)
            return
        }
        mailboxes.append(mailbox)
    }

    /// README 4.4 address normalisation: line text, full Unicode lower-case, NFC.
    public static func normalizeAddress(_ address: String) -> String {
        let line = TextNormalization.lineText(address)
        if line.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: line.utf8.map(ASCII.lowercase), as: UTF8.self)
        }
        return PythonCaseMapping.lowercased(line).precomposedStringWithCanonicalMapping
    }

    private static func defects(of tree: AddressToken) -> AddressListDefects {
        var found: AddressListDefects = []
        for address in tree.children where address.type == .address {
            guard let first = address.children.first else { continue }
            if first.type == .invalidMailbox { found.insert(.invalidEntry) }
            if first.kind == .group, first.children.count > 2,
               let inner = first.children[2].children.first, inner.type == .mailboxList,
               inner.children.contains(where: { $0.type == .invalidMailbox }) {
                found.insert(.invalidEntry)
            }
        }
        return found
    }
}

/// Irregularities of an address field (informational; the mailboxes are still reported).
public struct AddressListDefects: OptionSet, Sendable, Hashable {
    /// The bit set.
    public let rawValue: UInt8
    /// Creates a set from its bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// An entry did not parse as a mailbox or group, or had junk after it.
    public static let invalidEntry = AddressListDefects(rawValue: 1 << 0)
    /// A mailbox has a local part but no `@domain`.
    public static let missingDomain = AddressListDefects(rawValue: 1 << 1)
    /// An entry with neither name nor address was dropped.
    public static let emptyEntry = AddressListDefects(rawValue: 1 << 2)
}
