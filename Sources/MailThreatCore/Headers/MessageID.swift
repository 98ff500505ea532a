/// The `Message-ID` field as the MIME summary reads it (README 4.6).
///
/// ```swift
/// MessageID.parse(Array(" <abc@example.com> (comment)".utf8))  // "abc@example.com"
/// MessageID.parse(Array("   ".utf8))                          // nil
/// ```
public enum MessageID {
    /// The identifier: the value read as UTF-8 and trimmed; if it contains `<`, the text after
    /// the first `<` up to the next `>` (or the end); then every `White_Space` removed. Case is
    /// kept. Nil when nothing is left.
    public static func parse(_ value: [UInt8]) -> String? {
        let scalars = Array(String(decoding: value, as: UTF8.self).unicodeScalars)
        var slice = PythonText.strip(scalars[...])
        if let open = slice.firstIndex(of: "<") {
            let after = slice[(open + 1)...]
            if let close = after.firstIndex(of: ">") {
                slice = slice[(open + 1)..<close]
            } else {
                slice = after
            }
        }
        var out = String.UnicodeScalarView()
        for scalar in slice where !PythonText.isUnicodeWhiteSpace(scalar) { out.append(scalar) }
        return out.isEmpty ? nil : String(out)
    }
}
