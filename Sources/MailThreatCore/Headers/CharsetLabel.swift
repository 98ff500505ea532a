/// The README 4.3 "declared label" rule for the `charset` parameter.
///
/// ```swift
/// CharsetLabel.declared(#" "UTF-8" "#)  // "utf-8"
/// CharsetLabel.declared("''")           // nil
/// ```
public enum CharsetLabel {
    /// The parameter value with spaces, tabs, `"` and `'` trimmed from both ends and
    /// lower-cased; nil when nothing is left (or the parameter is absent).
    public static func declared(_ parameterValue: String?) -> String? {
        guard let value = parameterValue else { return nil }
        if value.utf8.allSatisfy({ $0 < 0x80 }) { return declaredASCII(value) }
        let scalars = Array(value.unicodeScalars)
        func trimmed(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\"" || s == "'" }
        var start = 0
        var end = scalars.count
        while start < end, trimmed(scalars[start]) { start += 1 }
        while end > start, trimmed(scalars[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        return PythonCaseMapping.lowercased(String(String.UnicodeScalarView(scalars[start..<end])))
    }

    /// The same trimming and lower-casing on the bytes of an all-ASCII value.
    private static func declaredASCII(_ value: String) -> String? {
        let bytes = Array(value.utf8)
        func trimmed(_ b: UInt8) -> Bool { b == ASCII.space || b == ASCII.tab || b == 0x22 || b == 0x27 }
        var start = 0
        var end = bytes.count
        while start < end, trimmed(bytes[start]) { start += 1 }
        while end > start, trimmed(bytes[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        return String(decoding: bytes[start..<end].map(ASCII.lowercase), as: UTF8.self)
    }
}
