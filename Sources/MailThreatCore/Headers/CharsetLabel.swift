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
        let scalars = Array(value.unicodeScalars)
        func trimmed(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\"" || s == "'" }
        var start = 0
        var end = scalars.count
        while start < end, trimmed(scalars[start]) { start += 1 }
        while end > start, trimmed(scalars[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        return PythonCaseMapping.lowercased(String(String.UnicodeScalarView(scalars[start..<end])))
    }
}
