/// One mailbox of an address field (`From`, `To`, `Cc`, `Reply-To`, …), normalised as the
/// MIME-summary contract defines (README 4.4).
///
/// ```swift
/// let list = AddressList.parse(Array(#""Doe, Jane" <Jane.Doe@Example.COM>"#.utf8))
/// list.mailboxes  // [Mailbox(name: "Doe, Jane", address: "jane.doe@example.com")]
/// ```
public struct Mailbox: Sendable, Hashable {
    /// The display name as line text: quotes removed, encoded words decoded, comments ignored.
    public var name: String
    /// `local@domain` (or the local part alone), unquoted, as line text, lower-cased with the
    /// full Unicode mapping, then NFC.
    public var address: String

    /// Creates a mailbox from already normalised parts.
    public init(name: String, address: String) {
        self.name = name
        self.address = address
    }

    /// The domain: the text after the last `@` of ``address``, or nil when there is none.
    public var domain: Substring? {
        guard let at = address.lastIndex(of: "@") else { return nil }
        return address[address.index(after: at)...]
    }
}
