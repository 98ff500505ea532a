/// The header fields ``MessageContent`` reads, recognised from a field's name bytes in one
/// switch on the name's length (no String, no allocation).
enum ContentHeaderName: Int, CaseIterable {
    case subject, from, replyTo, sender, to, cc, returnPath, date, messageID, xMailer, userAgent
    case received, authenticationResults

    /// The field this name denotes (any ASCII case), or nil for fields the reader ignores.
    static func classify(_ name: ArraySlice<UInt8>) -> ContentHeaderName? {
        @inline(__always) func named(_ lowercase: StaticString) -> Bool {
            lowercase.withUTF8Buffer { ASCII.equalsIgnoringCase(name, lowercase: $0) }
        }
        switch name.count {
        case 2: return named("to") ? .to : named("cc") ? .cc : nil
        case 4: return named("from") ? .from : named("date") ? .date : nil
        case 6: return named("sender") ? .sender : nil
        case 7: return named("subject") ? .subject : nil
        case 8: return named("received") ? .received : named("reply-to") ? .replyTo : named("x-mailer") ? .xMailer : nil
        case 10: return named("message-id") ? .messageID : named("user-agent") ? .userAgent : nil
        case 11: return named("return-path") ? .returnPath : nil
        case 22: return named("authentication-results") ? .authenticationResults : nil
        default: return nil
        }
    }
}
