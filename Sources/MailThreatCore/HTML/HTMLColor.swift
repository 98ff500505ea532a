/// An sRGB colour from CSS (`color: #fff`, `rgb(…)`, a name) or a legacy attribute
/// (`<font color="ffffff">`, `bgcolor`), as far as hidden-text detection needs it.
struct HTMLColor: Sendable, Equatable {
    var red: UInt8
    var green: UInt8
    var blue: UInt8
    /// `true` for `transparent` and an alpha of (almost) zero.
    var isTransparent = false

    static let white = HTMLColor(red: 255, green: 255, blue: 255)
    static let black = HTMLColor(red: 0, green: 0, blue: 0)

    /// `true` when text in this colour is (almost) invisible on `background`.
    func isIndistinguishable(on background: HTMLColor) -> Bool {
        if isTransparent { return true }
        let distance = Swift.max(abs(Int(red) - Int(background.red)), abs(Int(green) - Int(background.green)),
                                 abs(Int(blue) - Int(background.blue)))
        return distance <= 16
    }

    /// Parses a lower-cased CSS colour value or legacy colour attribute; `nil` if unknown.
    static func parse<Bytes: BidirectionalCollection>(_ value: Bytes) -> HTMLColor?
    where Bytes.Element == UInt8, Bytes.SubSequence == Bytes, Bytes.Index == Int {
        var text = value
        while let first = text.first, first == 0x20 || first == 0x09 || first == 0x22 || first == 0x27 { text.removeFirst() }
        while let last = text.last, last == 0x20 || last == 0x09 || last == 0x22 || last == 0x27 { text.removeLast() }
        guard !text.isEmpty else { return nil }
        if text.first == 0x23 {  // '#'
            return parseHex(text.dropFirst())
        }
        if text.starts(with: "rgb".utf8) {
            return parseFunctional(text)
        }
        // Every name is ASCII and at most 13 bytes: look up without building an array.
        if text.count <= maximumNameLength, text.allSatisfy({ $0 < 0x80 }),
           let named = namedColors[String(decoding: text, as: UTF8.self)] {
            return named
        }
        // Legacy attributes accept bare hex digits ("ffffff").
        if text.count == 6 || text.count == 3, text.allSatisfy({ HTMLEntities.hexValue($0) != nil }) {
            return parseHex(text)
        }
        return nil
    }

    private static func parseHex<Bytes: Collection>(_ digits: Bytes) -> HTMLColor? where Bytes.Element == UInt8 {
        let count = digits.count
        guard count == 3 || count == 4 || count == 6 || count == 8 else { return nil }
        // The digits as nibbles of one integer (no array per colour).
        var nibbles: UInt32 = 0
        for byte in digits {
            guard let digit = HTMLEntities.hexValue(byte) else { return nil }
            nibbles = nibbles << 4 | UInt32(digit)
        }
        switch count {
        case 3, 4:
            // #rgb or #rgba: each digit doubled.
            let rgb = count == 4 ? nibbles >> 4 : nibbles
            var color = HTMLColor(red: UInt8(truncatingIfNeeded: rgb >> 8 & 0xF) * 17,
                                  green: UInt8(truncatingIfNeeded: rgb >> 4 & 0xF) * 17,
                                  blue: UInt8(truncatingIfNeeded: rgb & 0xF) * 17)
            if count == 4 { color.isTransparent = nibbles & 0xF == 0 }
            return color
        default:
            // #rrggbb or #rrggbbaa.
            let rgb = count == 8 ? nibbles >> 8 : nibbles
            var color = HTMLColor(red: UInt8(truncatingIfNeeded: rgb >> 16), green: UInt8(truncatingIfNeeded: rgb >> 8),
                                  blue: UInt8(truncatingIfNeeded: rgb))
            if count == 8 { color.isTransparent = nibbles & 0xF0 == 0 && nibbles & 0xF < 8 }
            return color
        }
    }

    /// `rgb(r, g, b)`, `rgba(r, g, b, a)`, percentages and space-separated forms.
    private static func parseFunctional<Bytes: Collection>(_ text: Bytes) -> HTMLColor? where Bytes.Element == UInt8 {
        guard let open = text.firstIndex(of: 0x28) else { return nil }
        let close = text.firstIndex(of: 0x29) ?? text.endIndex
        guard open < close else { return nil }
        var components: [Double] = []
        var current: [UInt8] = []
        var percent = [Bool]()
        func flush() {
            guard !current.isEmpty else { return }
            let isPercent = current.last == 0x25
            if isPercent { current.removeLast() }
            if let number = Double(String(decoding: current, as: UTF8.self)) {
                components.append(number)
                percent.append(isPercent)
            }
            current.removeAll()
        }
        for byte in text[text.index(after: open)..<close] {
            if byte == 0x2C || byte == 0x20 || byte == 0x2F || byte == 0x09 { flush() } else { current.append(byte) }
        }
        flush()
        guard components.count >= 3 else { return nil }
        func channel(_ index: Int) -> UInt8 {
            let value = percent[index] ? components[index] * 2.55 : components[index]
            return UInt8(Swift.max(0, Swift.min(255, value.isFinite ? value.rounded() : 0)))
        }
        var color = HTMLColor(red: channel(0), green: channel(1), blue: channel(2))
        if components.count >= 4 {
            let alpha = percent[3] ? components[3] / 100 : components[3]
            color.isTransparent = alpha <= 0.05
        }
        return color
    }

    /// The longest key of `namedColors` ("lavenderblush").
    private static let maximumNameLength = 13

    private static let namedColors: [String: HTMLColor] = {
        let table: [(String, UInt32)] = [
            ("white", 0xFFFFFF), ("black", 0x000000), ("red", 0xFF0000), ("green", 0x008000),
            ("blue", 0x0000FF), ("yellow", 0xFFFF00), ("gray", 0x808080), ("grey", 0x808080),
            ("silver", 0xC0C0C0), ("maroon", 0x800000), ("purple", 0x800080), ("fuchsia", 0xFF00FF),
            ("magenta", 0xFF00FF), ("lime", 0x00FF00), ("olive", 0x808000), ("navy", 0x000080),
            ("teal", 0x008080), ("aqua", 0x00FFFF), ("cyan", 0x00FFFF), ("orange", 0xFFA500),
            ("snow", 0xFFFAFA), ("ivory", 0xFFFFF0), ("ghostwhite", 0xF8F8FF), ("whitesmoke", 0xF5F5F5),
            ("floralwhite", 0xFFFAF0), ("azure", 0xF0FFFF), ("mintcream", 0xF5FFFA), ("honeydew", 0xF0FFF0),
            ("seashell", 0xFFF5EE), ("linen", 0xFAF0E6), ("oldlace", 0xFDF5E6), ("aliceblue", 0xF0F8FF),
            ("lavenderblush", 0xFFF0F5), ("beige", 0xF5F5DC), ("cornsilk", 0xFFF8DC),
            ("lightyellow", 0xFFFFE0), ("lightgray", 0xD3D3D3), ("lightgrey", 0xD3D3D3),
            ("gainsboro", 0xDCDCDC), ("darkgray", 0xA9A9A9), ("darkgrey", 0xA9A9A9), ("dimgray", 0x696969),
            ("dimgrey", 0x696969), ("pink", 0xFFC0CB), ("brown", 0xA52A2A), ("gold", 0xFFD700),
            ("darkblue", 0x00008B), ("darkred", 0x8B0000), ("darkgreen", 0x006400), ("lightblue", 0xADD8E6),
        ]
        var colors: [String: HTMLColor] = [:]
        for (name, rgb) in table {
            colors[name] = HTMLColor(red: UInt8(rgb >> 16), green: UInt8((rgb >> 8) & 0xFF),
                                                 blue: UInt8(rgb & 0xFF))
        }
        colors["transparent"] = HTMLColor(red: 0, green: 0, blue: 0, isTransparent: true)
        return colors
    }()
}
