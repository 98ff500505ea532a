/// The declared facts of one MIME part that both the comparison view and the library view read:
/// Content-Type parameters, disposition and file name, each parsed once.
public struct PartDescription: Sendable {
    /// Content-Type parameters, when the field is present.
    public let contentType: MIMEParameters?
    /// The Content-Disposition type (RFC 2183 §2.8: anything but `inline` is an attachment);
    /// `nil` when the field is absent or empty.
    public let disposition: ContentDisposition?
    /// The first non-empty of Content-Disposition `filename` and Content-Type `name`, as line
    /// text; `""` when neither is given.
    public let filename: String

    /// Reads the part's header fields.
    public init(_ part: MIMEPart) {
        contentType = part.headers.value("content-type").map { MIMEParameters.parse($0) }
        let dispositionValue = part.headers.value("content-disposition")
        disposition = dispositionValue.flatMap(ContentDisposition.parse)
        var name = dispositionValue.flatMap { MIMEParameters.parse($0).parameter("filename") }.map(TextNormalization.lineText) ?? ""
        if name.isEmpty { name = contentType?.parameter("name").map(TextNormalization.lineText) ?? "" }
        filename = name
    }

    /// The declared charset label (README 4.3), if any.
    public var declaredCharset: String? { CharsetLabel.declared(contentType?.parameter("charset")) }
}
