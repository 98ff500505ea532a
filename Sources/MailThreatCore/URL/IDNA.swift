import Foundation

/// Conversion of host names between their Unicode form and the ASCII (`xn--`) form used in
/// DNS, label by label (IDNA).
///
/// ```swift
/// IDNA.asciiHost("Bücher.Example")            // "xn--bcher-kva.example"
/// IDNA.unicodeHost("xn--pypal-4ve.com")       // "pаypal.com" (with a Cyrillic а)
/// ```
///
/// The mapping before encoding is an approximation of UTS #46: Unicode compatibility
/// normalisation (NFKC) and lower-casing, with the ideographic and full-width full stops
/// taken as label separators. Labels are not validated against IDNA2008's rules, because
/// a mail filter has to describe hostile names, not reject them.
public enum IDNA {
    /// Longest host that is converted (longer ones are left alone).
    public static let maximumHostLength = 1_024

    /// The ASCII form of `host`: ASCII labels lower-cased, other labels mapped and encoded as
    /// `xn--` + Punycode. `nil` when a label cannot be encoded (or the host is too long).
    public static func asciiHost(_ host: String) -> String? {
        guard host.utf8.count <= maximumHostLength else { return nil }
        if host.utf8.allSatisfy({ $0 < 0x80 }) { return host.lowercased() }
        var labels: [String] = []
        for label in splitLabels(host) {
            if label.utf8.allSatisfy({ $0 < 0x80 }) {
                labels.append(label.lowercased())
                continue
            }
            let mapped = label.precomposedStringWithCompatibilityMapping.lowercased()
            if mapped.utf8.allSatisfy({ $0 < 0x80 }) {
                labels.append(mapped)
            } else if let encoded = Punycode.encode(mapped) {
                labels.append("xn--" + encoded)
            } else {
                return nil
            }
        }
        return labels.joined(separator: ".")
    }

    /// The Unicode form of `host`: `xn--` labels decoded (labels that do not decode stay as
    /// they are), other labels mapped like ``asciiHost(_:)`` does before encoding.
    public static func unicodeHost(_ host: String) -> String {
        guard host.utf8.count <= maximumHostLength else { return host }
        var labels: [String] = []
        for label in splitLabels(host) {
            let lowered = label.utf8.allSatisfy({ $0 < 0x80 })
                ? label.lowercased() : label.precomposedStringWithCompatibilityMapping.lowercased()
            if lowered.hasPrefix("xn--"), let decoded = Punycode.decode(String(lowered.dropFirst(4))) {
                labels.append(decoded)
            } else {
                labels.append(lowered)
            }
        }
        return labels.joined(separator: ".")
    }

    /// `true` when some label of `host` is an ASCII-compatible encoding (`xn--`).
    public static func hasPunycodeLabel(_ host: String) -> Bool {
        splitLabels(host).contains { $0.utf8.count >= 4 && $0.lowercased().hasPrefix("xn--") }
    }

    /// Splits at `.`, U+3002, U+FF0E and U+FF61.
    static func splitLabels(_ host: String) -> [Substring] {
        host.split(omittingEmptySubsequences: false) { character in
            character == "." || character == "\u{3002}" || character == "\u{FF0E}" || character == "\u{FF61}"
        }
    }
}
