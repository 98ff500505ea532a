/// Lists the file names inside a ZIP archive (and whether they are encrypted) from its
/// central directory, falling back to the local file headers, without decompressing
/// anything. Bounded: at most ``maximumEntries`` names of at most 1 KB each.
enum ZipListing {
    /// One archive member.
    struct Entry: Sendable, Hashable {
        /// The stored name (UTF-8 or CP437 read as UTF-8 with replacement).
        var name: String
        /// The general-purpose flag's encryption bit is set.
        var isEncrypted: Bool
    }

    static let maximumEntries = 256

    /// The members of `data`, or `[]` when it is not a readable ZIP.
    static func entries(in data: ArraySlice<UInt8>) -> [Entry] {
        let bytes = Array(data)
        let central = centralDirectoryEntries(bytes)
        return central.isEmpty ? localHeaderEntries(bytes) : central
    }

    private static func u16(_ bytes: [UInt8], _ offset: Int) -> Int? {
        guard offset >= 0, offset + 2 <= bytes.count else { return nil }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    private static func u32(_ bytes: [UInt8], _ offset: Int) -> Int? {
        guard let low = u16(bytes, offset), let high = u16(bytes, offset + 2) else { return nil }
        return low | high << 16
    }

    private static func name(_ bytes: [UInt8], _ start: Int, _ length: Int) -> String? {
        guard length >= 0, length <= 1_024, start >= 0, start + length <= bytes.count else { return nil }
        return String(decoding: bytes[start..<start + length], as: UTF8.self)
    }

    /// Entries from the central directory found through the end-of-central-directory record.
    private static func centralDirectoryEntries(_ bytes: [UInt8]) -> [Entry] {
        guard bytes.count >= 22 else { return [] }
        // The EOCD record is in the last 22 + 65,535 bytes.
        let lowest = max(0, bytes.count - 22 - 65_535)
        var position = bytes.count - 22
        var eocd: Int?
        while position >= lowest {
            if bytes[position] == 0x50 && bytes[position + 1] == 0x4B && bytes[position + 2] == 0x05
                && bytes[position + 3] == 0x06 {
                eocd = position
                break
            }
            position -= 1
        }
        guard let eocd, let count = u16(bytes, eocd + 10), var offset = u32(bytes, eocd + 16) else { return [] }
        var entries: [Entry] = []
        for _ in 0..<min(count, maximumEntries) {
            guard offset + 46 <= bytes.count, bytes[offset] == 0x50, bytes[offset + 1] == 0x4B,
                  bytes[offset + 2] == 0x01, bytes[offset + 3] == 0x02,
                  let flags = u16(bytes, offset + 8), let nameLength = u16(bytes, offset + 28),
                  let extraLength = u16(bytes, offset + 30), let commentLength = u16(bytes, offset + 32),
                  let entryName = name(bytes, offset + 46, nameLength)
            else { break }
            entries.append(Entry(name: entryName, isEncrypted: flags & 1 != 0))
            offset += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }

    /// Entries from consecutive local file headers (stops at one whose size is deferred to a
    /// data descriptor).
    private static func localHeaderEntries(_ bytes: [UInt8]) -> [Entry] {
        var entries: [Entry] = []
        var offset = 0
        while entries.count < maximumEntries, offset + 30 <= bytes.count,
              bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 0x03, bytes[offset + 3] == 0x04,
              let flags = u16(bytes, offset + 6), let compressedSize = u32(bytes, offset + 18),
              let nameLength = u16(bytes, offset + 26), let extraLength = u16(bytes, offset + 28),
              let entryName = name(bytes, offset + 30, nameLength) {
            entries.append(Entry(name: entryName, isEncrypted: flags & 1 != 0))
            if flags & 8 != 0 && compressedSize == 0 { break }
            offset += 30 + nameLength + extraLength + compressedSize
        }
        return entries
    }
}
