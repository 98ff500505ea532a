/// The steps after NFC for text that needed it: the vendor-variant fold, and the
/// Hangul composition Foundation's NFC misses (a precomposed LV syllable followed
/// by a trailing jamo U+11A8...U+11C2 must become one LVT syllable).
enum PostCompositionPass {
    static func apply(_ text: String) -> String {
        let needsWork = text.unicodeScalars.contains { scalar in
            VendorVariantFold.target(of: scalar.value) != nil || (0x11A8...0x11C2).contains(scalar.value)
        }
        guard needsWork else { return text }
        var scalars = String.UnicodeScalarView()
        var pendingSyllable: UInt32?  // an LV syllable not yet written
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if let syllable = pendingSyllable {
                pendingSyllable = nil
                if (0x11A8...0x11C2).contains(value) {
                    append(syllable + (value - 0x11A7), to: &scalars)
                    continue
                }
                append(syllable, to: &scalars)
            }
            if (0xAC00...0xD7A3).contains(value), (value - 0xAC00) % 28 == 0 {
                pendingSyllable = value
                continue
            }
            append(VendorVariantFold.target(of: value) ?? value, to: &scalars)
        }
        if let syllable = pendingSyllable {
            append(syllable, to: &scalars)
        }
        return String(scalars)
    }

    private static func append(_ value: UInt32, to scalars: inout String.UnicodeScalarView) {
        if let scalar = Unicode.Scalar(value) {
            scalars.append(scalar)
        }
    }
}
