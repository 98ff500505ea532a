import Foundation

/// A decode table for a double-byte code page, generated from CPython's codec of
/// the same name (see `DoubleByteCodePageData`).
///
/// Entry values: a BMP scalar, or one of the markers below (all in the surrogate
/// range, which no codec decodes to).
struct DoubleByteTable: Sendable {
    /// Entry for bytes 0x80...0xFF on their own: a scalar, or ``leadMarker``.
    let singles: [UInt16]
    /// Entry for each byte pair, at index `(lead - 0x80) << 8 | trail`.
    let pairs: [UInt16]

    /// Pair entry: the lead byte is invalid here; replace it and continue after it.
    static let errorOneByte: UInt16 = 0xD801
    /// Single entry: this byte starts a pair.
    static let leadMarker: UInt16 = 0xD8FD
    /// GB18030 pair entry: a second byte 0x30...0x39 starts a four-byte sequence.
    static let fourByteMarker: UInt16 = 0xD8FF
    /// Pair entries from here on index a table of longer sequences (Big5-HKSCS).
    static let sequenceBase: UInt16 = 0xD900

    private static let entryCount = 128 + 128 * 256

    /// Decodes the generated token stream (base64; whitespace ignored).
    ///
    /// Tokens are varints `count << 2 | kind`:
    /// kind 0 = `count` increasing values, followed by the zigzag delta of the first one
    /// from the last value of the previous kind-0 token; kind 1 = one value repeated
    /// `count` times, followed by the value; kind 2 = copy `count` entries from `base`.
    init(stream: String, base: DoubleByteTable? = nil) {
        let data = Data(base64Encoded: stream, options: .ignoreUnknownCharacters) ?? Data()
        let bytes = [UInt8](data)
        var entries = [UInt16]()
        entries.reserveCapacity(Self.entryCount)
        let baseEntries = base.map { $0.singles + $0.pairs } ?? []
        var position = 0
        var previous = 0

        func readVarint() -> Int? {
            var result = 0
            var shift = 0
            while position < bytes.count, shift < 63 {
                let byte = bytes[position]
                position += 1
                result |= Int(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return result }
                shift += 7
            }
            return nil
        }

        decoding: while entries.count < Self.entryCount, let header = readVarint() {
            let count = min(header >> 2, Self.entryCount - entries.count)
            switch header & 3 {
            case 0:
                guard let zigzag = readVarint() else { break decoding }
                let delta = zigzag & 1 == 0 ? zigzag >> 1 : -((zigzag + 1) >> 1)
                let first = previous + delta
                for offset in 0..<count {
                    entries.append(UInt16(truncatingIfNeeded: first + offset))
                }
                previous = first + count - 1
            case 1:
                guard let value = readVarint() else { break decoding }
                entries.append(contentsOf: repeatElement(UInt16(truncatingIfNeeded: value), count: count))
            case 2:
                let start = entries.count
                for index in start..<(start + count) {
                    entries.append(index < baseEntries.count ? baseEntries[index] : Self.errorOneByte)
                }
            default:
                break decoding
            }
        }
        if entries.count < Self.entryCount {
            entries.append(contentsOf: repeatElement(Self.errorOneByte, count: Self.entryCount - entries.count))
        }
        singles = Array(entries[0..<128])
        pairs = Array(entries[128...])
    }

    static let gb18030 = DoubleByteTable(stream: DoubleByteCodePageData.gb18030Stream)
    static let cp950 = DoubleByteTable(stream: DoubleByteCodePageData.cp950Stream)
    static let big5HKSCS = DoubleByteTable(stream: DoubleByteCodePageData.big5HKSCSStream, base: cp950)
    static let cp949 = DoubleByteTable(stream: DoubleByteCodePageData.cp949Stream)
    static let cp932 = DoubleByteTable(stream: DoubleByteCodePageData.cp932Stream)
}
