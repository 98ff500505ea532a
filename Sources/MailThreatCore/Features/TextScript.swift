/// The writing system of a letter, as far as features care: enough to see script mixing
/// (a Cyrillic `а` inside a Latin word) and which tokenizer path a run takes.
enum TextScript: UInt8, Sendable, Hashable, CaseIterable {
    /// Digits, punctuation and symbols shared by all scripts.
    case common
    case latin, greek, cyrillic, armenian, hebrew, arabic
    /// Devanagari, Bengali, Tamil and the other Indic scripts (U+0900–U+0DFF).
    case indic
    /// Thai, Lao, Tibetan, Myanmar and Khmer (no spaces between words).
    case southeastAsian
    case han, kana, hangul
    /// Any other letter.
    case other

    /// The lower-case name used in feature strings (`txt.script:cyrillic`).
    var name: String {
        switch self {
        case .common: return "common"
        case .latin: return "latin"
        case .greek: return "greek"
        case .cyrillic: return "cyrillic"
        case .armenian: return "armenian"
        case .hebrew: return "hebrew"
        case .arabic: return "arabic"
        case .indic: return "indic"
        case .southeastAsian: return "seasian"
        case .han: return "han"
        case .kana: return "kana"
        case .hangul: return "hangul"
        case .other: return "other"
        }
    }

    /// True for the scripts written without spaces that the tokenizer splits into character
    /// bigrams.
    var isCJK: Bool { self == .han || self == .kana || self == .hangul }

    /// The script of a letter scalar by code point range (`.other` outside the known ranges).
    static func ofLetter(_ value: UInt32) -> TextScript {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x250...0x2AF, 0x1E00...0x1EFF, 0x2C60...0x2C7F,
             0xA720...0xA7FF, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            return .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF:
            return .greek
        case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F:
            return .cyrillic
        case 0x530...0x58F:
            return .armenian
        case 0x590...0x5FF, 0xFB1D...0xFB4F:
            return .hebrew
        case 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
            return .arabic
        case 0x900...0xDFF:
            return .indic
        case 0xE00...0xFFF, 0x1000...0x109F, 0x1780...0x17FF:
            return .southeastAsian
        case 0x2E80...0x2FDF, 0x3005, 0x3007, 0x3021...0x3029, 0x3038...0x303B, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F:
            return .han
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F:
            return .kana
        case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7FF, 0xFFA0...0xFFDC:
            return .hangul
        default:
            return .other
        }
    }
}
