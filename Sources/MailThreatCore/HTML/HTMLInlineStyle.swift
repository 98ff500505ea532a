/// The parts of a CSS declaration block (an inline `style` attribute or a style-sheet rule)
/// that decide whether text is visible.
///
/// ```swift
/// let style = HTMLInlineStyle(declarations: Array("display:none; color:#fff".utf8)[...])
/// // style.reasons == [.displayNone], style.color == .white
/// ```
struct HTMLInlineStyle: Sendable, Equatable {
    /// Hiding declared by this block alone (colour contrast is judged by the caller).
    var reasons: HTMLHidingReasons = []
    /// `color`, if declared and understood.
    var color: HTMLColor?
    /// `background-color` or the colour inside `background`, if declared and understood.
    var background: HTMLColor?
    /// `true` when a background image is declared (the background colour is then unknown).
    var hasBackgroundImage = false

    /// `true` when the block declares anything the scanner uses.
    var isRelevant: Bool { !reasons.isEmpty || color != nil || background != nil || hasBackgroundImage }

    /// Parses `declarations` (lower-cased ASCII, entities already decoded).
    init<Bytes: BidirectionalCollection>(declarations: Bytes) where Bytes.Element == UInt8, Bytes.SubSequence == Bytes, Bytes.Index == Int {
        var width: Double?, height: Double?, maxWidth: Double?, maxHeight: Double?
        var clipsOverflow = false
        var start = declarations.startIndex
        while start < declarations.endIndex {
            let end = declarations[start...].firstIndex(of: 0x3B) ?? declarations.endIndex
            defer { start = end + 1 }
            let declaration = declarations[start..<end]
            guard let colon = declaration.firstIndex(of: 0x3A) else { continue }
            let property = Self.trimmed(declaration[declaration.startIndex..<colon])
            guard property.count >= 3, property.count <= 16 else { continue }
            var value = Self.trimmed(declaration[(colon + 1)...])
            if let bang = value.firstIndex(of: 0x21) { value = Self.trimmed(value[value.startIndex..<bang]) }
            let lowered = value
            switch Property(property) {
            case .display:
                if lowered.starts(with: "none".utf8) { reasons.insert(.displayNone) }
            case .msoHide:
                if lowered.starts(with: "all".utf8) { reasons.insert(.displayNone) }
            case .visibility:
                if lowered.starts(with: "hidden".utf8) || lowered.starts(with: "collapse".utf8) {
                    reasons.insert(.visibilityHidden)
                }
            case .opacity:
                if let opacity = Self.number(lowered) {
                    let fraction = lowered.last == 0x25 ? opacity.value / 100 : opacity.value
                    if fraction <= 0.05 { reasons.insert(.transparent) }
                }
            case .fontSize:
                if let size = Self.pixels(lowered), size <= 1.5 { reasons.insert(.tinyFont) }
            case .color:
                color = HTMLColor.parse(lowered)
            case .backgroundColor:
                background = HTMLColor.parse(lowered)
            case .background:
                if Self.containsURL(lowered) { hasBackgroundImage = true }
                for token in lowered.split(separator: 0x20) {
                    if let parsed = HTMLColor.parse(token) { background = parsed; break }
                }
            case .backgroundImage:
                if Self.containsURL(lowered) { hasBackgroundImage = true }
            case .width: width = Self.pixels(lowered)
            case .height: height = Self.pixels(lowered)
            case .maxWidth: maxWidth = Self.pixels(lowered)
            case .maxHeight: maxHeight = Self.pixels(lowered)
            case .overflow:
                if lowered.starts(with: "hidden".utf8) || lowered.starts(with: "clip".utf8) { clipsOverflow = true }
            case .offset:
                if let offset = Self.pixels(lowered), offset <= -500 { reasons.insert(.offscreen) }
            case .other:
                break
            }
        }
        let narrow = (width.map { $0 <= 1 } ?? false) || (maxWidth.map { $0 <= 1 } ?? false)
        let flat = (height.map { $0 <= 1 } ?? false) || (maxHeight.map { $0 <= 1 } ?? false)
        if (narrow || flat) && clipsOverflow || (width.map { $0 <= 0 } ?? false) && (height.map { $0 <= 0 } ?? false) {
            reasons.insert(.zeroSize)
        }
        if color?.isTransparent == true { reasons.insert(.transparent) }
    }

    /// The CSS properties that matter, recognised from their bytes (any case).
    private enum Property {
        case display, msoHide, visibility, opacity, fontSize, color, backgroundColor, background
        case backgroundImage, width, height, maxWidth, maxHeight, overflow, offset, other

        /// Recognises a lower-cased property name (its bytes packed into two words and
        /// matched with a `switch`, no table walk).
        init<Bytes: Collection>(_ name: Bytes) where Bytes.Element == UInt8 {
            self = .other
            let length = name.count
            guard length >= 3, length <= 16 else { return }
            var low: UInt64 = 0
            var high: UInt64 = 0
            var shift: UInt64 = 0
            for byte in name {
                if shift < 64 { low |= UInt64(byte) << shift } else { high |= UInt64(byte) << (shift - 64) }
                shift += 8
            }
            switch low {
            case 0x79616C70736964:  // "display"
                if length == 7, high == 0x0 { self = .display }
            case 0x656469682D6F736D:  // "mso-hide"
                if length == 8, high == 0x0 { self = .msoHide }
            case 0x696C696269736976:  // "visibility"
                if length == 10, high == 0x7974 { self = .visibility }
            case 0x7974696361706F:  // "opacity"
                if length == 7, high == 0x0 { self = .opacity }
            case 0x7A69732D746E6F66:  // "font-size"
                if length == 9, high == 0x65 { self = .fontSize }
            case 0x726F6C6F63:  // "color"
                if length == 5, high == 0x0 { self = .color }
            case 0x756F72676B636162:  // "background-color", "background", "background-image"
                if length == 16, high == 0x726F6C6F632D646E { self = .backgroundColor }
                if length == 10, high == 0x646E { self = .background }
                if length == 16, high == 0x6567616D692D646E { self = .backgroundImage }
            case 0x6874646977:  // "width"
                if length == 5, high == 0x0 { self = .width }
            case 0x746867696568:  // "height"
                if length == 6, high == 0x0 { self = .height }
            case 0x746469772D78616D:  // "max-width"
                if length == 9, high == 0x68 { self = .maxWidth }
            case 0x676965682D78616D:  // "max-height"
                if length == 10, high == 0x7468 { self = .maxHeight }
            case 0x776F6C667265766F:  // "overflow", "overflow-x", "overflow-y"
                if length == 8 && high == 0x0 || length == 10 && (high == 0x782D || high == 0x792D) { self = .overflow }
            case 0x646E692D74786574:  // "text-indent"
                if length == 11, high == 0x746E65 { self = .offset }
            case 0x7466656C:  // "left"
                if length == 4, high == 0x0 { self = .offset }
            case 0x706F74:  // "top"
                if length == 3, high == 0x0 { self = .offset }
            case 0x6C2D6E696772616D:  // "margin-left"
                if length == 11, high == 0x746665 { self = .offset }
            case 0x742D6E696772616D:  // "margin-top"
                if length == 10, high == 0x706F { self = .offset }
            default:
                break
            }
        }
    }

    /// This block with `later`'s declarations applied on top (hiding reasons accumulate).
    func overridden(by later: HTMLInlineStyle) -> HTMLInlineStyle {
        var result = self
        result.reasons.formUnion(later.reasons)
        if let color = later.color { result.color = color }
        if later.background != nil || later.hasBackgroundImage {
            result.background = later.background
            result.hasBackgroundImage = later.hasBackgroundImage
        }
        return result
    }

    private static func containsURL<Bytes: Collection>(_ value: Bytes) -> Bool where Bytes.Element == UInt8 {
        var matched = 0
        for byte in value {
            // "url(" has no repeated prefix, so a mismatch restarts at this byte.
            if byte == Array("url(".utf8)[matched] {
                matched += 1
                if matched == 4 { return true }
            } else {
                matched = byte == 0x75 ? 1 : 0
            }
        }
        return false
    }

    static func trimmed<Bytes: BidirectionalCollection>(_ bytes: Bytes) -> Bytes
    where Bytes.Element == UInt8, Bytes.SubSequence == Bytes, Bytes.Index == Int {
        var slice = bytes
        while let first = slice.first, first <= 0x20 { slice.removeFirst() }
        while let last = slice.last, last <= 0x20 { slice.removeLast() }
        return slice
    }

    /// A leading decimal number (`-1.5`, `.5`) and the unit text after it.
    static func number<Bytes: BidirectionalCollection>(_ bytes: Bytes) -> (value: Double, unit: Bytes)?
    where Bytes.Element == UInt8, Bytes.SubSequence == Bytes, Bytes.Index == Int {
        var end = bytes.startIndex
        if end < bytes.endIndex, bytes[end] == 0x2D || bytes[end] == 0x2B { end = bytes.index(after: end) }
        let digitsStart = end
        var length = 0
        while end < bytes.endIndex, HTMLEntities.isDigit(bytes[end]) || bytes[end] == 0x2E {
            end = bytes.index(after: end)
            length += 1
        }
        guard end > digitsStart, length <= 24 else { return nil }
        // Small decimal numbers: parse by hand (no String allocation).
        var value = 0.0, scale = 0.0
        for byte in bytes[digitsStart..<end] {
            if byte == 0x2E {
                guard scale == 0 else { return nil }
                scale = 1
            } else {
                value = value * 10 + Double(byte &- 0x30)
                if scale > 0 { scale *= 10 }
            }
        }
        if scale > 0 { value /= scale }
        if bytes[bytes.startIndex] == 0x2D { value = -value }
        return (value, trimmed(bytes[end...]))
    }

    /// A CSS length in CSS pixels (px, pt, em, rem, %, or a bare number taken as px).
    static func pixels<Bytes: BidirectionalCollection>(_ bytes: Bytes) -> Double?
    where Bytes.Element == UInt8, Bytes.SubSequence == Bytes, Bytes.Index == Int {
        guard let (value, unit) = number(bytes) else { return nil }
        if unit.isEmpty { return value }
        switch String(decoding: unit.prefix(3), as: UTF8.self) {
        case "", "px": return value
        case "pt": return value * 4 / 3
        case "em", "rem": return value * 16
        case "%": return value * 0.16
        case "ex", "ch": return value * 8
        case "pc": return value * 16
        case "mm": return value * 3.78
        case "cm": return value * 37.8
        case "in": return value * 96
        case "vw", "vh": return value * 10
        default: return nil
        }
    }
}
