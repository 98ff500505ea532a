/// Prepares ISO-2022-JP-2/3/2004 input for glibc's `iconv` so that escape handling
/// follows CPython's ISO-2022 decoder (`iso2022processesc`), which is stricter and
/// different in its error recovery:
///
/// - Designations CPython accepts are rewritten to the standard form glibc reads
///   (`ESC $ ( A` to `ESC $ A`, `ESC & @ ESC $ B` to `ESC $ B`); designations to G1
///   (never invoked: these codecs have no shifts) are dropped.
/// - Escapes CPython rejects (unknown set, set not in the variant) become a
///   placeholder byte that decodes to one U+FFFD.
/// - SO and SI (which glibc drops) and an ESC that starts no ISO-2022 sequence
///   (CPython then copies bytes as ISO-8859-1 up to the next `A`-`Z` or `@`) are
///   marked so that the recovery step writes what CPython writes.
/// - Every byte records whether a double-byte set is in G0, so that an unmappable
///   pair is replaced as a whole, as CPython does.
struct ISO2022JPEscapeRewriter {
    enum Variant {
        case jp2, jp3, jp2004
    }

    /// How the recovery step treats a byte glibc rejects.
    enum ByteRole: UInt8 {
        case singleByteSet, doubleByteSet, latin1Passthrough, shiftOut, shiftIn, replacement
    }

    /// The rewritten input for glibc.
    private(set) var bytes: [UInt8] = []
    /// One role per byte of ``bytes``.
    private(set) var roles: [ByteRole] = []

    /// A byte glibc rejects in every ISO-2022-JP variant.
    static let placeholder: UInt8 = 0xFF

    init(_ input: UnsafeRawBufferPointer, variant: Variant) {
        bytes.reserveCapacity(input.count)
        roles.reserveCapacity(input.count)
        var g0Role = ByteRole.singleByteSet
        var g0Unmappable = false  // an ISO-8859 set designated to G0: CPython replaces 0x20-0x7F
        var g2IsASCII = true
        var index = 0
        let count = input.count
        while index < count {
            let byte = input[index]
            if byte == 0x0E || byte == 0x0F {
                append(Self.placeholder, byte == 0x0E ? .shiftOut : .shiftIn)
                index += 1
                continue
            }
            guard byte == 0x1B else {
                if g0Unmappable, (0x20...0x7F).contains(byte) {
                    append(Self.placeholder, .replacement)
                } else {
                    append(byte, g0Role)
                }
                index += 1
                continue
            }
            guard index + 1 < count else {  // lone ESC at the end
                append(Self.placeholder, .replacement)
                break
            }
            let next = input[index + 1]
            let introducers: [UInt8] = [UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "$"),
                                        UInt8(ascii: "."), UInt8(ascii: "&")]
            if introducers.contains(next) {
                switch Self.parseEscape(input, at: index, variant: variant) {
                case .incomplete:
                    append(Self.placeholder, .replacement)
                    index = count
                case .invalid(let length):
                    append(Self.placeholder, .replacement)
                    index += length
                case .designation(let length, let plane, let set, let doubleByte):
                    let isISO8859 = !doubleByte && set != UInt8(ascii: "B") && set != UInt8(ascii: "J")
                    if plane == 0 {
                        g0Unmappable = isISO8859
                        if !isISO8859 {
                            let standard = Self.standardEscape(set: set, doubleByte: doubleByte)
                            for escapeByte in standard { append(escapeByte, g0Role) }
                            g0Role = doubleByte ? .doubleByteSet : .singleByteSet
                        }
                    } else if plane == 2 {
                        g2IsASCII = !isISO8859
                        if isISO8859 {
                            for escapeByte in [0x1B, UInt8(ascii: "."), set] { append(escapeByte, g0Role) }
                        }
                    }
                    index += length
                }
            } else if variant == .jp2, next == UInt8(ascii: "N") {
                // Single shift 2. With G2 still ASCII, CPython writes the next byte (< 0x80).
                if g2IsASCII {
                    guard index + 2 < count else {
                        append(Self.placeholder, .replacement)
                        break
                    }
                    let shifted = input[index + 2]
                    append(shifted < 0x80 ? shifted : Self.placeholder, shifted < 0x80 ? .singleByteSet : .replacement)
                    index += 3
                } else {
                    append(byte, g0Role)  // glibc reads ESC N with an ISO-8859 G2
                    index += 1
                }
            } else {
                // ESC throughout: ESC, then bytes as ISO-8859-1 up to an escape end.
                append(byte, .latin1Passthrough)
                index += 1
                while index < count {
                    let passed = input[index]
                    append(passed, .latin1Passthrough)
                    index += 1
                    if Self.isEscapeEnd(passed) { break }
                }
            }
        }
    }

    private mutating func append(_ byte: UInt8, _ role: ByteRole) {
        bytes.append(byte)
        roles.append(role)
    }

    private enum EscapeParse {
        case incomplete
        case invalid(Int)
        case designation(length: Int, plane: Int, set: UInt8, doubleByte: Bool)
    }

    private static func isEscapeEnd(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte == UInt8(ascii: "@")
    }

    /// CPython's `iso2022processesc` with `USE_JISX0208_EXT` (and `USE_G2` for JP-2).
    private static func parseEscape(_ input: UnsafeRawBufferPointer, at start: Int, variant: Variant) -> EscapeParse {
        let available = input.count - start
        var length = 0
        var offset = 1
        while offset < 16 {
            guard offset < available else { return .incomplete }
            let byte = input[start + offset]
            if isEscapeEnd(byte) {
                length = offset + 1
                break
            }
            if offset + 1 < available, byte == UInt8(ascii: "&"), input[start + offset + 1] == UInt8(ascii: "@") {
                offset += 2
            }
            offset += 1
        }
        guard length > 0 else { return .invalid(1) }
        let second = input[start + 1]
        let third = input[start + 2]
        var set: UInt8
        var doubleByte: Bool
        var plane: Int
        switch length {
        case 3:
            set = third
            if second == UInt8(ascii: "$") {
                doubleByte = true
                plane = 0
            } else {
                doubleByte = false
                if second == UInt8(ascii: "(") {
                    plane = 0
                } else if second == UInt8(ascii: ")") {
                    plane = 1
                } else if variant == .jp2, second == UInt8(ascii: ".") {
                    plane = 2
                } else {
                    return .invalid(3)
                }
            }
        case 4:
            guard second == UInt8(ascii: "$") else { return .invalid(4) }
            set = input[start + 3]
            doubleByte = true
            if third == UInt8(ascii: "(") {
                plane = 0
            } else if third == UInt8(ascii: ")") {
                plane = 1
            } else {
                return .invalid(4)
            }
        case 6:
            guard input[start + 3] == 0x1B, input[start + 4] == UInt8(ascii: "$"),
                input[start + 5] == UInt8(ascii: "B") else { return .invalid(6) }
            set = UInt8(ascii: "B")
            doubleByte = true
            plane = 0
        default:
            return .invalid(length)
        }
        let isASCII = !doubleByte && set == UInt8(ascii: "B")
        guard isASCII || isDesignated(set: set, doubleByte: doubleByte, variant: variant) else {
            return .invalid(length)
        }
        return .designation(length: length, plane: plane, set: set, doubleByte: doubleByte)
    }

    /// The character sets of each variant's designation table in CPython.
    private static func isDesignated(set: UInt8, doubleByte: Bool, variant: Variant) -> Bool {
        let sets: String
        switch (variant, doubleByte) {
        case (.jp2, true): sets = "BDCA@"
        case (.jp2, false): sets = "JAF"
        case (.jp3, true): sets = "OBP"
        case (.jp2004, true): sets = "QBP"
        case (_, false): sets = ""
        }
        return sets.utf8.contains(set)
    }

    /// The escape glibc reads for designating `set` to G0.
    private static func standardEscape(set: UInt8, doubleByte: Bool) -> [UInt8] {
        guard doubleByte else { return [0x1B, UInt8(ascii: "("), set] }
        switch set {
        case UInt8(ascii: "@"), UInt8(ascii: "A"), UInt8(ascii: "B"):
            return [0x1B, UInt8(ascii: "$"), set]
        default:
            return [0x1B, UInt8(ascii: "$"), UInt8(ascii: "("), set]
        }
    }

    /// The recovery step for glibc's decoder: what CPython writes at `offset` of
    /// ``bytes``, and how many bytes that covers.
    func recover(at offset: Int, rest: UnsafeRawBufferPointer, into output: inout UTF8Output) -> Int {
        guard offset >= 0, offset < roles.count, let byte = rest.first else {
            output.appendReplacement()
            return 1
        }
        switch roles[offset] {
        case .shiftOut:
            output.appendASCII(0x0E)
        case .shiftIn:
            output.appendASCII(0x0F)
        case .latin1Passthrough:
            output.append(scalar: UInt32(byte))
        case .doubleByteSet where (0x20...0x7F).contains(byte):
            output.appendReplacement()  // CPython replaces the whole unmappable pair
            return min(2, rest.count)
        default:
            output.appendReplacement()
        }
        return 1
    }
}
