/// Escaping of arbitrary text (corpus names, titles) for XML character data and attributes.
enum EvaluationXMLText {
    /// Escapes `& < > " '` and replaces characters XML 1.0 forbids (C0 controls other than
    /// tab/LF/CR, U+FFFE, U+FFFF) with U+FFFD, so any input yields well-formed XML.
    static func escape(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result.unicodeScalars.append("\u{FFFD}")
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
