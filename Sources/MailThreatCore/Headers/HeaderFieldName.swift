/// Case-insensitive comparison of header field names on raw bytes.
///
/// ```swift
/// HeaderFieldName.matches(Array("Content-TYPE".utf8), "content-type")  // true
/// ```
public enum HeaderFieldName {
    /// True when `bytes` equals `name` ignoring ASCII case (`name` may be in any case).
    public static func matches<C: Collection<UInt8>>(_ bytes: C, _ name: String) -> Bool {
        guard bytes.count == name.utf8.count else { return false }
        return zip(bytes, name.utf8).allSatisfy { ASCII.lowercase($0) == ASCII.lowercase($1) }
    }

    /// The name lower-cased (ASCII only), as a map key.
    public static func lowercased<C: Collection<UInt8>>(_ bytes: C) -> String {
        String(decoding: bytes.map(ASCII.lowercase), as: UTF8.self)
    }
}
