/// The reply or forward marker a subject starts with (`Re:`, `AW:`, `Fwd:`, `WG:`, `回复:`,
/// `转发:`), which spam fakes to look like a conversation.
enum SubjectPrefix: Sendable, Hashable {
    case reply, forward

    /// Reply prefixes, lower-case, without the colon.
    private static let replies = ["re", "aw", "sv", "antw", "rif", "回复", "答复", "回覆"]
    /// Forward prefixes, lower-case, without the colon.
    private static let forwards = ["fw", "fwd", "wg", "tr", "rv", "enc", "转发", "轉寄"]

    /// The marker at the start of `subject` (after spaces), if any; `[` tags such as
    /// `[list]` are not skipped.
    ///
    /// ```swift
    /// SubjectPrefix.of("RE: your invoice")  // .reply
    /// ```
    static func of(_ subject: String) -> SubjectPrefix? {
        let trimmed = subject.unicodeScalars.drop { $0 == " " || $0 == "\t" }
        guard let colon = trimmed.prefix(8).firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let head = String(String.UnicodeScalarView(trimmed[..<colon])).lowercased()
        if replies.contains(head) { return .reply }
        if forwards.contains(head) { return .forward }
        return nil
    }
}
