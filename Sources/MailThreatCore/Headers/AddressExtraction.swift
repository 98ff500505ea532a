/// The step from CPython's address-list parse tree to `(display_name, username, domain)`
/// triples, as `email.headerregistry.AddressHeader.parse` does it: groups are flattened, an
/// invalid mailbox gives three empty strings, and a group that junk turned into an
/// "invalid mailbox" crashes CPython (which then needs the legacy fallback).
extension AddressGrammar {
    /// One mailbox as CPython's `Address` sees it, still as units with frames.
    struct RawEntry {
        var name: [UInt16]
        var localPart: [UInt16]
        var domain: [UInt16]
    }

    /// The mailboxes and group names of a parsed address list.
    static func entries(of list: AddressToken) throws(Failure) -> (entries: [RawEntry], groupNames: [[UInt16]]) {
        var entries: [RawEntry] = []
        var groupNames: [[UInt16]] = []
        for address in list.children where address.type == .address {
            guard let first = address.children.first else { throw .crash }
            if first.type == .group {
                guard let name = first.children.first else { throw .crash }
                groupNames.append(try name.displayNameValue())
            }
            for mailbox in try allMailboxes(ofAddress: first) {
                entries.append(try entry(of: mailbox))
            }
        }
        return (entries, groupNames)
    }

    /// `Address.all_mailboxes`.
    private static func allMailboxes(ofAddress first: AddressToken) throws(Failure) -> [AddressToken] {
        if first.type == .mailbox || first.type == .invalidMailbox { return [first] }
        guard first.children.count > 2 else { throw .crash }
        let groupList = first.children[2]
        guard groupList.type == .groupList, let inner = groupList.children.first,
              inner.type == .mailboxList else { return [] }
        return allMailboxes(ofMailboxList: inner)
    }

    /// `mb.display_name`, `mb.local_part` and `mb.domain` of one mailbox.
    private static func entry(of mailbox: AddressToken) throws(Failure) -> RawEntry {
        switch mailbox.kind {
        case .invalidMailbox:
            return RawEntry(name: [], localPart: [], domain: [])
        case .mailbox:
            guard let inner = mailbox.children.first else { throw .crash }
            var name: [UInt16] = []
            var spec: AddressToken?
            if inner.kind == .nameAddr {
                if inner.type == .nameAddr, inner.children.count > 1 {
                    name = try inner.children[0].displayNameValue()
                }
                spec = inner.children.last?.children.first { $0.type == .addrSpec }
            } else {
                spec = inner
            }
            guard let spec else { return RawEntry(name: name, localPart: [], domain: []) }
            guard let local = spec.children.first else { throw .crash }
            let localPart = try local.localPartValue()
            let domain = spec.children.count < 3 ? [] : try spec.children[spec.children.count - 1].domainValue()
            return RawEntry(name: name, localPart: localPart, domain: domain)
        default:
            throw .crash  // 'Group' object has no attribute 'local_part'
        }
    }
}
