/// Decoded RFC 2047 words inside header units, and their final conversion to text.
///
/// While parsing, a decoded word is kept as an opaque frame
/// `frameOpen, label…, frameMiddle, data…, frameClose` (``HeaderUnit``), just as the MIME-summary
/// oracle keeps it as private-use characters. Only when a value is complete are the frames
/// resolved (README 4.2 "Runs"): frames separated by nothing but SP, HTAB, CR or LF are joined
/// with the whitespace dropped, neighbours whose charsets map to the same codec have their bytes
/// concatenated before decoding, and everything else is read as UTF-8.
enum EncodedWordFrame {
    /// The units of a frame for a word with charset `label` (bytes before any `*lang`) and
    /// transfer-decoded `data`.
    static func make(label: [UInt8], data: [UInt8]) -> [UInt16] {
        var units: [UInt16] = []
        units.reserveCapacity(label.count + data.count + 3)
        units.append(HeaderUnit.frameOpen)
        for byte in label { units.append(HeaderUnit.labelBase + UInt16(byte)) }
        units.append(HeaderUnit.frameMiddle)
        for byte in data { units.append(HeaderUnit.dataBase + UInt16(byte)) }
        units.append(HeaderUnit.frameClose)
        return units
    }

    /// True when `units` holds at least one frame.
    static func containsFrame<C: Collection<UInt16>>(_ units: C) -> Bool {
        units.contains(HeaderUnit.frameOpen)
    }

    /// Turns parsed header units into text: frames are decoded and joined per README 4.2, and
    /// raw bytes are read as UTF-8 (invalid sequences become U+FFFD).
    static func resolve<C: Collection<UInt16>>(_ units: C) -> String
    where C.Index == Int {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count)
        guard containsFrame(units) else {
            for unit in units where unit < 0x100 { bytes.append(UInt8(unit)) }
            return String(decoding: bytes, as: UTF8.self)
        }
        var pending = PendingRun()
        var gapStart = units.startIndex
        var index = units.startIndex
        while index < units.endIndex {
            guard units[index] == HeaderUnit.frameOpen,
                  let frame = parseFrame(units, at: index) else {
                index += 1
                continue
            }
            let gapIsBlank = units[gapStart..<index].allSatisfy {
                $0 == HeaderUnit.space || $0 == HeaderUnit.tab || $0 == 0x0A || $0 == 0x0D
            }
            let charset = Charset.forLabel(String(decoding: frame.label, as: UTF8.self))
            if pending.isActive && gapIsBlank {
                if charset == pending.charset {
                    pending.data.append(contentsOf: frame.data)
                    index = frame.end
                    gapStart = index
                    continue
                }
                pending.flush(into: &bytes)
            } else {
                pending.flush(into: &bytes)
                appendRaw(units[gapStart..<index], to: &bytes)
            }
            pending = PendingRun(charset: charset, data: frame.data)
            index = frame.end
            gapStart = index
        }
        pending.flush(into: &bytes)
        appendRaw(units[gapStart..<units.endIndex], to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Bytes of one run of same-codec words awaiting decoding.
    private struct PendingRun {
        var charset: Charset = .utf8
        var data: [UInt8] = []
        var isActive = false

        init() {}

        init(charset: Charset, data: [UInt8]) {
            self.charset = charset
            self.data = data
            isActive = true
        }

        mutating func flush(into bytes: inout [UInt8]) {
            guard isActive else { return }
            bytes.append(contentsOf: charset.decode(data).utf8)
            isActive = false
            data = []
        }
    }

    private struct ParsedFrame {
        var label: [UInt8]
        var data: [UInt8]
        var end: Int
    }

    private static func parseFrame<C: Collection<UInt16>>(_ units: C, at start: Int) -> ParsedFrame?
    where C.Index == Int {
        var label: [UInt8] = []
        var data: [UInt8] = []
        var index = start + 1
        while index < units.endIndex, units[index] >= HeaderUnit.labelBase,
              units[index] < HeaderUnit.labelBase + 0x100 {
            label.append(UInt8(truncatingIfNeeded: units[index] - HeaderUnit.labelBase))
            index += 1
        }
        guard index < units.endIndex, units[index] == HeaderUnit.frameMiddle else { return nil }
        index += 1
        while index < units.endIndex, units[index] >= HeaderUnit.dataBase,
              units[index] < HeaderUnit.dataBase + 0x100 {
            data.append(UInt8(truncatingIfNeeded: units[index] - HeaderUnit.dataBase))
            index += 1
        }
        guard index < units.endIndex, units[index] == HeaderUnit.frameClose else { return nil }
        return ParsedFrame(label: label, data: data, end: index + 1)
    }

    /// Raw units outside frames: ASCII and raw bytes as themselves; stray frame units dropped.
    private static func appendRaw<C: Collection<UInt16>>(_ units: C, to bytes: inout [UInt8]) {
        for unit in units where unit < 0x100 { bytes.append(UInt8(unit)) }
    }
}
