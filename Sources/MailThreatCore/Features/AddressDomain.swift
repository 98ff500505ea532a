/// The domain of an e-mail address (the text after its last `@`), found on the bytes when the
/// address is ASCII: ``Mailbox/domain`` searches `Character`s, which costs more than the rest
/// of the sender family.
enum AddressDomain {
    /// The text after the last `@` of `address`, nil when there is none; the same substring
    /// as `address[address.index(after: address.lastIndex(of: "@"))...]`.
    ///
    /// ```swift
    /// AddressDomain.of("a@b@Example.com")   // "Example.com"
    /// AddressDomain.of("postmaster")        // nil
    /// ```
    static func of(_ address: String) -> Substring? {
        let utf8 = address.utf8
        // In ASCII text every byte is a `Character` of its own (CR LF aside, and neither
        // is `@`), so the last `@` byte is the last `@` character.
        var at: String.Index?
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte >= 0x80 { return fallback(address) }
            if byte == 0x40 { at = index }
            utf8.formIndex(after: &index)
        }
        guard let at else { return nil }
        return address[utf8.index(after: at)...]
    }

    /// The `Character`-level search, for addresses with non-ASCII text.
    private static func fallback(_ address: String) -> Substring? {
        guard let at = address.lastIndex(of: "@") else { return nil }
        return address[address.index(after: at)...]
    }

    /// The domain of `mailbox` (``of(_:)`` of its address).
    static func of(_ mailbox: Mailbox) -> Substring? {
        of(mailbox.address)
    }
}
