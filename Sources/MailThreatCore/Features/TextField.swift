/// Which part of a message a text comes from; decides the namespaces its tokens get.
enum TextField: Sendable, Hashable {
    /// The Subject: `s:` and `w:` words, `s.cjk:` and `cjk:` grams, `bi:` bigrams.
    case subject
    /// Plain or HTML-visible body text: `w:`, `cjk:`, `bi:`.
    case body
    /// Display names of From, Sender and Reply-To: `dn:`, `dn.cjk:`.
    case displayName
    /// Attachment file names: `an:`, `an.cjk:`.
    case attachmentName

    /// Word bigrams (`bi:`) are emitted for this field.
    var usesWordBigrams: Bool { self == .subject || self == .body }
}
