@testable import MailThreatCore

/// A byte string, its declared label, and the text CPython's oracle
/// (`mime-oracle.py` `decode_bytes`) gives for it, with runs of U+FFFD collapsed.
struct DecodingVector: Sendable, CustomStringConvertible {
    let label: String
    let bytes: [UInt8]
    let expected: String
    let note: String

    init(_ label: String, _ bytes: [UInt8], _ expected: String, _ note: String) {
        self.label = label
        self.bytes = bytes
        self.expected = expected
        self.note = note
    }

    var description: String { "\(label): \(note)" }

    /// Our decoding, with U+FFFD runs collapsed (replacement granularity is not part
    /// of the contract: README 4.1 collapses the runs).
    var decoded: [Unicode.Scalar] {
        TextTestSupport.collapsingReplacements(Charset.forLabel(label).decode(bytes))
    }

    var expectedScalars: [Unicode.Scalar] {
        Array(expected.unicodeScalars)
    }
}

enum TextTestSupport {
    /// The scalars of `text`, each run of U+FFFD reduced to one. (Scalars, not
    /// `String` equality: `==` on strings ignores NFC differences.)
    static func collapsingReplacements(_ text: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if scalar == "\u{FFFD}", result.last == "\u{FFFD}" { continue }
            result.append(scalar)
        }
        return result
    }
}
