/// Lists the files inside a TNEF stream (`winmail.dat`, `application/ms-tnef`), the container
/// Exchange and Outlook use for rich-text mail. The files are returned with their names and
/// bytes so they can be sniffed and hashed like any attachment; nothing is executed or rendered.
///
/// Format: a 4-byte signature `78 9F 3E 22`, a 2-byte key, then attributes, each
/// `level(1) id(4 LE) length(4 LE) data(length) checksum(2)`. `attAttachRendData` (0x9002)
/// starts an attachment, `attAttachTitle` (0x8010) names it and `attAttachData` (0x800F)
/// holds its bytes.
public enum TNEFReader {
    /// One file found in the stream.
    public struct File: Sendable, Hashable {
        /// The title given by `attAttachTitle` (legacy 8-bit, read as UTF-8 with replacement).
        public var name: String
        /// The file bytes (`attAttachData`).
        public var data: [UInt8]
    }

    /// The files in `bytes`, and whether the stream was well-formed to its end.
    /// At most `maxFiles` files are returned.
    public static func files(in bytes: ArraySlice<UInt8>, maxFiles: Int = 64) -> (files: [File], wellFormed: Bool) {
        let b = Array(bytes)
        guard b.count >= 6, b[0] == 0x78, b[1] == 0x9F, b[2] == 0x3E, b[3] == 0x22 else { return ([], false) }
        func u32(_ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 | Int(b[i + 2]) << 16 | Int(b[i + 3]) << 24 }
        var files: [File] = []
        var current: File?
        var i = 6
        while i + 9 <= b.count {
            let id = u32(i + 1) & 0xFFFF
            let length = u32(i + 5)
            let dataStart = i + 9
            guard length >= 0, dataStart + length + 2 <= b.count else { return (files + (current.map { [$0] } ?? []), false) }
            let data = b[dataStart..<dataStart + length]
            switch id {
            case 0x9002:
                if let c = current { files.append(c) }
                if files.count >= maxFiles { return (files, true) }
                current = File(name: "", data: [])
            case 0x8010:
                var nameBytes = Array(data)
                while nameBytes.last == 0 { nameBytes.removeLast() }
                if current == nil { current = File(name: "", data: []) }
                current?.name = String(decoding: nameBytes, as: UTF8.self)
            case 0x800F:
                if current == nil { current = File(name: "", data: []) }
                current?.data = Array(data)
            default:
                break
            }
            i = dataStart + length + 2
        }
        if let c = current { files.append(c) }
        return (files, i == b.count)
    }
}
