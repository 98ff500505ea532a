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
        if let decided = ofASCIIHead(subject) { return decided }
        let trimmed = subject.unicodeScalars.drop { $0 == " " || $0 == "\t" }
        guard let colon = trimmed.prefix(8).firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let head = String(String.UnicodeScalarView(trimmed[..<colon])).lowercased()
        if replies.contains(head) { return .reply }
        if forwards.contains(head) { return .forward }
        return nil
    }

    /// ``of(_:)`` read on the bytes when the subject's first characters (up to the colon, or
    /// the first eight) are ASCII: `.some(result)`; `nil` when they are not and the Unicode
    /// path must decide.
    private static func ofASCIIHead(_ subject: String) -> SubjectPrefix?? {
        var subject = subject
        return subject.withUTF8 { bytes -> SubjectPrefix?? in
            var start = 0
            while start < bytes.count && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
            var position = start
            while position < bytes.count && position - start < 8 {
                let byte = bytes[position]
                if byte >= 0x80 { return nil }
                if byte == 0x3A {
                    let head = UnsafeBufferPointer(rebasing: bytes[start..<position])
                    func matches(_ entry: [UInt8]) -> Bool {
                        entry.withUnsafeBufferPointer { ASCII.equalsIgnoringCase(head, lowercase: $0) }
                    }
                    if asciiReplies.contains(where: matches) { return .some(.reply) }
                    if asciiForwards.contains(where: matches) { return .some(.forward) }
                    return .some(nil)
                }
                position += 1
            }
            return .some(nil)
        }
    }

    /// The ASCII entries of ``replies`` and ``forwards`` as bytes.
    private static let asciiReplies = asciiEntries(of: replies)
    private static let asciiForwards = asciiEntries(of: forwards)

    private static func asciiEntries(of prefixes: [String]) -> [[UInt8]] {
        prefixes.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }
    }
}
