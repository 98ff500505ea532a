/// Finds and decodes uuencoded files inside text (`begin 644 name` … `end`), as old mailers and
/// some malware droppers still send them in plain-text bodies.
public enum UUDecoder {
    /// One uuencoded file.
    public struct Block: Sendable, Hashable {
        /// The name from the `begin` line.
        public var name: String
        /// The decoded bytes.
        public var data: [UInt8]
    }

    /// A fast pre-check: false when `text` has no `begin ` at a line start, so no block.
    public static func mayContainBlock(_ text: ArraySlice<UInt8>) -> Bool {
        text.withUnsafeBufferPointer { bytes in
            let count = bytes.count
            var i = 0
            while i + 6 <= count {
                if bytes[i] == 0x62, i == 0 || bytes[i - 1] == ASCII.lf,
                   bytes[i + 1] == 0x65, bytes[i + 2] == 0x67, bytes[i + 3] == 0x69, bytes[i + 4] == 0x6E,
                   bytes[i + 5] == ASCII.space {
                    return true
                }
                i += 1
            }
            return false
        }
    }

    /// The uuencoded blocks in `text` (at most `maxBlocks`), decoded tolerantly.
    public static func blocks(in text: ArraySlice<UInt8>, maxBlocks: Int = 32) -> [Block] {
        var blocks: [Block] = []
        guard mayContainBlock(text) else { return blocks }
        var lines = text.split(omittingEmptySubsequences: false) { $0 == ASCII.lf }.makeIterator()
        while blocks.count < maxBlocks, let raw = lines.next() {
            let line = raw.last == ASCII.cr ? raw.dropLast() : raw
            guard line.starts(with: Array("begin ".utf8)) else { continue }
            let fields = line.split(separator: ASCII.space, maxSplits: 2)
            guard fields.count == 3, fields[1].count >= 3, fields[1].count <= 4,
                  fields[1].allSatisfy({ $0 >= 0x30 && $0 <= 0x37 }) else { continue }
            var data: [UInt8] = []
            while let raw = lines.next() {
                let l = raw.last == ASCII.cr ? raw.dropLast() : raw
                if l.starts(with: Array("end".utf8)) && l.count <= 4 { break }
                guard let first = l.first else { continue }
                let n = Int((first &- 0x20) & 0x3F)
                if n == 0 { continue }
                var quad: [UInt8] = []
                var produced = 0
                for c in l.dropFirst() {
                    quad.append((c &- 0x20) & 0x3F)
                    if quad.count == 4 {
                        let bytes = [quad[0] << 2 | quad[1] >> 4, quad[1] << 4 | quad[2] >> 2, quad[2] << 6 | quad[3]]
                        for x in bytes where produced < n { data.append(x); produced += 1 }
                        quad.removeAll(keepingCapacity: true)
                    }
                }
            }
            blocks.append(Block(name: String(decoding: fields[2], as: UTF8.self), data: data))
        }
        return blocks
    }
}
