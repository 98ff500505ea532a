/// The vendor-variant fold of README 4.1 step 4: CJK codec table variants of the
/// same character mapped to one form (for example cp932's FULLWIDTH TILDE and
/// JIS's WAVE DASH).
enum VendorVariantFold {
    /// The folded form of `scalar`, or nil when it is not folded.
    @inline(__always)
    static func target(of scalar: UInt32) -> UInt32? {
        switch scalar {
        case 0xFF5E: 0x301C  // FULLWIDTH TILDE -> WAVE DASH
        case 0x2225: 0x2016  // PARALLEL TO -> DOUBLE VERTICAL LINE
        case 0xFF0D: 0x2212  // FULLWIDTH HYPHEN-MINUS -> MINUS SIGN
        case 0xFFE0: 0x00A2  // FULLWIDTH CENT SIGN -> CENT SIGN
        case 0xFFE1: 0x00A3  // FULLWIDTH POUND SIGN -> POUND SIGN
        case 0xFFE2: 0x00AC  // FULLWIDTH NOT SIGN -> NOT SIGN
        case 0x2015: 0x2014  // HORIZONTAL BAR -> EM DASH
        case 0x30FB: 0x00B7  // KATAKANA MIDDLE DOT -> MIDDLE DOT
        default: nil
        }
    }
}
