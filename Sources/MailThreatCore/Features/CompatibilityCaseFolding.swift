import Foundation

/// The slow path of text normalisation: NFKC followed by full case folding, for the few
/// words the tokenizer's tables cannot fold scalar by scalar (ligatures `ﬁ`, `ß`, circled
/// letters, half-width Katakana, decomposed accents, mathematical letters `𝐅𝐑𝐄𝐄`…).
///
/// ASCII and the simply folded letters never come here, so the cost of Foundation's
/// normaliser is paid only per unusual word.
enum CompatibilityCaseFolding {
    /// `NFKC(lowercase(NFKC(text)))` with the full case folds that lower-casing lacks
    /// (`ß`/`ẞ` → `ss`, final `ς` → `σ`, `ſ` → `s`), as UTF-8 bytes.
    ///
    /// ```swift
    /// CompatibilityCaseFolding.fold("ﬁnance Straße")  // UTF-8 of "finance strasse"
    /// ```
    static func fold(_ text: String) -> [UInt8] {
        let lowered = text.precomposedStringWithCompatibilityMapping.lowercased()
        var needsSpecial = false
        for scalar in lowered.unicodeScalars where scalar.value == 0xDF || scalar.value == 0x3C2 || scalar.value == 0x17F {
            needsSpecial = true
            break
        }
        guard needsSpecial else {
            return Array(lowered.precomposedStringWithCompatibilityMapping.utf8)
        }
        var folded = String.UnicodeScalarView()
        for scalar in lowered.unicodeScalars {
            switch scalar.value {
            case 0xDF: folded.append(contentsOf: "ss".unicodeScalars)
            case 0x3C2: folded.append("σ")
            case 0x17F: folded.append("s")
            default: folded.append(scalar)
            }
        }
        return Array(String(folded).precomposedStringWithCompatibilityMapping.utf8)
    }

    /// ``fold(_:)`` of UTF-8 bytes (invalid sequences become U+FFFD).
    static func fold(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        fold(String(decoding: bytes, as: UTF8.self))
    }
}
