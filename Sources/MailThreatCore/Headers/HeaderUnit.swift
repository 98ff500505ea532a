/// The units that the CPython-compatible header grammar in this folder works on.
///
/// CPython's `email` package reads header bytes as ASCII with surrogate escapes, so every byte
/// ≥ 0x80 is one opaque character. The ports here mirror that with `UInt16` units:
///
/// - `0x00–0x7F`: ASCII;
/// - `0x80–0xFF`: a raw byte (read as UTF-8 only when the final text is built);
/// - `0x100` and up: a decoded RFC 2047 word, stored as an opaque *frame*
///   (``EncodedWordFrame``) that the grammar treats like any ordinary character, exactly as the
///   MIME-summary oracle does with its private-use frame characters.
enum HeaderUnit {
    /// Starts a frame: `frameOpen, label units…, frameMiddle, data units…, frameClose`.
    static let frameOpen: UInt16 = 0x100
    /// Separates a frame's charset label from its data.
    static let frameMiddle: UInt16 = 0x101
    /// Ends a frame.
    static let frameClose: UInt16 = 0x102
    /// A charset label byte `b` inside a frame is stored as `labelBase + b`.
    static let labelBase: UInt16 = 0x200
    /// A decoded data byte `b` inside a frame is stored as `dataBase + b`.
    static let dataBase: UInt16 = 0x300

    static let space: UInt16 = 0x20
    static let tab: UInt16 = 0x09
    static let quote: UInt16 = 0x22
    static let openParen: UInt16 = 0x28
    static let closeParen: UInt16 = 0x29
    static let comma: UInt16 = 0x2C
    static let dot: UInt16 = 0x2E
    static let colon: UInt16 = 0x3A
    static let semicolon: UInt16 = 0x3B
    static let lessThan: UInt16 = 0x3C
    static let equals: UInt16 = 0x3D
    static let greaterThan: UInt16 = 0x3E
    static let question: UInt16 = 0x3F
    static let at: UInt16 = 0x40
    static let openBracket: UInt16 = 0x5B
    static let backslash: UInt16 = 0x5C
    static let closeBracket: UInt16 = 0x5D

    private static let wspFlag: UInt8 = 1
    private static let specialFlag: UInt8 = 2
    private static let pythonSpaceFlag: UInt8 = 4
    private static let hexFlag: UInt8 = 8

    /// Character classes of the ASCII units.
    private static let classes: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 128)
        table[0x20] |= wspFlag
        table[0x09] |= wspFlag
        for c in Array(#"()<>@,:;.\"[]"#.utf8) { table[Int(c)] |= specialFlag }
        for c in 9...13 { table[c] |= pythonSpaceFlag }
        for c in 28...32 { table[c] |= pythonSpaceFlag }
        for c in Array("0123456789abcdefABCDEF".utf8) { table[Int(c)] |= hexFlag }
        return table
    }()

    @inline(__always)
    private static func flags(_ unit: UInt16) -> UInt8 { unit < 128 ? classes[Int(unit)] : 0 }

    /// SP or HTAB (CPython's `WSP`).
    @inline(__always)
    static func isWSP(_ unit: UInt16) -> Bool { unit == space || unit == tab }

    /// One of `()<>@,:;.\"[]` (CPython's `SPECIALS`).
    @inline(__always)
    static func isSpecial(_ unit: UInt16) -> Bool { flags(unit) & specialFlag != 0 }

    /// WSP or `(` (CPython's `CFWS_LEADER`).
    @inline(__always)
    static func isCFWSLeader(_ unit: UInt16) -> Bool { isWSP(unit) || unit == openParen }

    /// A special or WSP (CPython's `ATOM_ENDS`).
    @inline(__always)
    static func isAtomEnd(_ unit: UInt16) -> Bool { flags(unit) & (specialFlag | wspFlag) != 0 }

    /// A special other than `.`, `"` and `(` (CPython's `PHRASE_ENDS`).
    @inline(__always)
    static func isPhraseEnd(_ unit: UInt16) -> Bool {
        isSpecial(unit) && unit != dot && unit != quote && unit != openParen
    }

    /// Python's `str.isspace()` on a unit: U+0009–U+000D and U+001C–U+0020. Raw bytes and
    /// frame units are never whitespace (they are surrogates / private characters in CPython).
    @inline(__always)
    static func isPythonSpace(_ unit: UInt16) -> Bool { flags(unit) & pythonSpaceFlag != 0 }

    /// An ASCII hexadecimal digit.
    @inline(__always)
    static func isHexDigit(_ unit: UInt16) -> Bool { flags(unit) & hexFlag != 0 }

    /// The value of an ASCII hexadecimal digit (only meaningful when ``isHexDigit(_:)``).
    @inline(__always)
    static func hexValue(_ unit: UInt16) -> UInt8 {
        let byte = UInt8(truncatingIfNeeded: unit)
        switch byte {
        case 0x30...0x39: return byte &- 0x30
        case 0x41...0x46: return byte &- 0x37
        default: return byte &- 0x57
        }
    }

    /// Units for raw header bytes.
    static func units<C: Collection<UInt8>>(_ bytes: C) -> [UInt16] {
        bytes.map { UInt16($0) }
    }

    /// The bytes CPython's `str.encode("utf-8", "surrogateescape")` gives for one unit, appended
    /// to `out`: raw bytes as themselves and frame units as the UTF-8 form of the oracle's
    /// private-use characters (U+FDD0–U+FDD2, U+F600+b, U+F700+b).
    static func appendPythonUTF8(_ unit: UInt16, to out: inout [UInt8]) {
        if unit < 0x100 {
            out.append(UInt8(unit))
            return
        }
        let scalar: UInt32
        switch unit {
        case frameOpen: scalar = 0xFDD0
        case frameMiddle: scalar = 0xFDD1
        case frameClose: scalar = 0xFDD2
        case labelBase..<(labelBase + 0x100): scalar = 0xF600 + UInt32(unit - labelBase)
        default: scalar = 0xF700 + (UInt32(unit &- dataBase) & 0xFF)
        }
        out.append(0xE0 | UInt8(scalar >> 12))
        out.append(0x80 | UInt8((scalar >> 6) & 0x3F))
        out.append(0x80 | UInt8(scalar & 0x3F))
    }
}
