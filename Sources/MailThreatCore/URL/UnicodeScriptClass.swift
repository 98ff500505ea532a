/// A coarse Unicode script of a character, enough to spot host-name labels that mix
/// scripts (a homograph signal: `pаypal` with a Cyrillic `а`).
///
/// Ranges cover the scripts seen in domain names; ``common`` holds digits, punctuation and
/// symbols, which go with any script, and ``other`` the rest.
enum UnicodeScriptClass: UInt8, Sendable {
    case common, latin, greek, cyrillic, armenian, hebrew, arabic, devanagari, bengali, thai
    case georgian, hangul, hiragana, katakana, han, bopomofo, cherokee, other

    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case 0x30...0x39, 0x2D, 0x5F: self = .common
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x250...0x2AF,
             0x1D00...0x1D7F, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xAB30...0xAB6F,
             0xFF21...0xFF3A, 0xFF41...0xFF5A:
            self = .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: self = .greek
        case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: self = .cyrillic
        case 0x530...0x58F, 0xFB13...0xFB17: self = .armenian
        case 0x590...0x5FF, 0xFB1D...0xFB4F: self = .hebrew
        case 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: self = .arabic
        case 0x900...0x97F, 0xA8E0...0xA8FF: self = .devanagari
        case 0x980...0x9FF: self = .bengali
        case 0xE00...0xE7F: self = .thai
        case 0x10A0...0x10FF, 0x2D00...0x2D2F, 0x1C90...0x1CBF: self = .georgian
        case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7AF, 0xD7B0...0xD7FF,
             0xFFA0...0xFFDC:
            self = .hangul
        case 0x3040...0x309F: self = .hiragana
        case 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: self = .katakana
        case 0x2E80...0x2FDF, 0x3005, 0x3007, 0x3021...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xF900...0xFAFF, 0x20000...0x3FFFF:
            self = .han
        case 0x3100...0x312F, 0x31A0...0x31BF: self = .bopomofo
        case 0x13A0...0x13FF, 0xAB70...0xABBF: self = .cherokee
        case 0...0x7F, 0x80...0xBF, 0xD7, 0xF7, 0x2000...0x2BFF, 0x3000...0x303F, 0xFE00...0xFE6F,
             0xFF00...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65, 0x1F000...0x1FAFF, 0x2B0...0x36F:
            self = .common
        default: self = .other
        }
    }

    /// `true` when `text` (one label) uses more than one script, apart from the
    /// combinations that are normal in Japanese, Chinese and Korean names with Latin.
    static func isMixed(_ text: Substring) -> Bool {
        var seen: Set<UnicodeScriptClass> = []
        for scalar in text.unicodeScalars {
            let script = UnicodeScriptClass(scalar)
            if script != .common { seen.insert(script) }
        }
        guard seen.count > 1 else { return false }
        let japanese: Set<UnicodeScriptClass> = [.latin, .han, .hiragana, .katakana]
        let korean: Set<UnicodeScriptClass> = [.latin, .han, .hangul]
        let chinese: Set<UnicodeScriptClass> = [.latin, .han, .bopomofo]
        return !(seen.isSubset(of: japanese) || seen.isSubset(of: korean) || seen.isSubset(of: chinese))
    }
}
