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
    public var domain: Substring? { Self.domain(of: address) }

    /// The text after the last `@` of `address`, or nil when there is none.
    ///
    /// ASCII addresses (nearly all) are searched as bytes: there every byte is a `Character`
    /// of its own (CR LF aside, and neither is `@`), so the last `@` byte is the last `@`
    /// character. Others take the `Character` search.
    ///
    /// ```swift
    /// Mailbox.domain(of: "a@b@Example.com")   // "Example.com"
    /// Mailbox.domain(of: "postmaster")        // nil
    /// ```
    public static func domain(of address: String) -> Substring? {
        let utf8 = address.utf8
        var at: String.Index?
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte >= 0x80 {
                guard let at = address.lastIndex(of: "@") else { return nil }
                return address[address.index(after: at)...]
            }
            if byte == 0x40 { at = index }
            utf8.formIndex(after: &index)
        }
        guard let at else { return nil }
        return address[utf8.index(after: at)...]
    }
}
