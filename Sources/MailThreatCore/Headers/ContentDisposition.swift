/// The disposition type of a `Content-Disposition` field, as the MIME summary reports it
/// (README section 3, RFC 2183 §2.8).
///
/// ```swift
/// ContentDisposition.parse(Array("INLINE; filename=a.txt".utf8))  // .inline
/// ContentDisposition.parse(Array("form-data; name=x".utf8))       // .attachment
/// ContentDisposition.parse(Array("  ".utf8))                      // nil
/// ```
public enum ContentDisposition: String, Sendable, Hashable {
    /// `inline`.
    case inline
    /// Any other non-empty type (RFC 2183 §2.8: unknown types are treated as attachment).
    case attachment

    /// The first `;`-separated piece, trimmed and lower-cased: `inline` gives ``inline``, an
    /// empty piece gives nil, anything else ``attachment``.
    public static func parse(_ value: [UInt8]) -> ContentDisposition? {
        let head = MIMEParameters.strip(MIMEParameters.splitAtSemicolons(value)[0])
        let scalars = PythonText.strip(Array(String(decoding: head, as: UTF8.self).unicodeScalars)[...])
        guard !scalars.isEmpty else { return nil }
        return PythonText.equalsLowercased(scalars, "inline") ? .inline : .attachment
    }
}
