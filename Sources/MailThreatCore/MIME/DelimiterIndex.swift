/// Every line of one byte buffer that could be a multipart delimiter (`--` at a line start),
/// indexed by a hash of its boundary text, built lazily in one pass.
///
/// With it, finding the next delimiter of any boundary is a binary search, so nested multiparts
/// cost one pass over the message in total instead of one pass per nesting level (a
/// 10,000-deep message would otherwise be scanned once per level).
///
/// A line `--KEY` is filed under the hash of KEY with trailing SP/HTAB removed. For boundary B,
/// lines filed under B are part delimiters and lines filed under `B--` close delimiters, exactly
/// the delimiter grammar `--B [--] [ \t]* EOL`; every candidate is re-checked byte for byte, so
/// hash collisions cannot produce a false delimiter.
final class DelimiterIndex {
    /// Boundaries longer than this (RFC 2046 allows 70) are looked up by scanning instead.
    static let maxIndexedBoundaryLength = 1_024

    private let storage: [UInt8]
    /// (key hash, line start), sorted.
    private var entries: [(hash: UInt64, position: Int)]?

    init(storage: [UInt8]) {
        self.storage = storage
    }

    /// The first delimiter line of `boundary` that starts in `[from, end)`. `end` must be the end
    /// of the buffer or a line start.
    func first(boundary: [UInt8], from: Int, end: Int) -> DelimiterScanner.Delimiter? {
        let scanner = DelimiterScanner(boundary: boundary)
        guard boundary.count <= Self.maxIndexedBoundaryLength else {
            return storage.withUnsafeBufferPointer { scanner.firstDelimiter(in: $0, from: from, end: end) }
        }
        let entries = built()
        let close = boundary + [ASCII.hyphen, ASCII.hyphen]
        let hashes = [boundary, close].map { key in key.withUnsafeBufferPointer { Self.hash($0[...]) } }
        var best: DelimiterScanner.Delimiter?
        storage.withUnsafeBufferPointer { p in
            for h in hashes {
                var i = Self.firstEntry(entries, hash: h, position: from)
                while i < entries.count, entries[i].hash == h, entries[i].position < end {
                    if best.map({ entries[i].position >= $0.lineStart }) ?? false { break }
                    if let d = scanner.delimiter(at: entries[i].position, in: p, end: end) {
                        best = d
                        break
                    }
                    i += 1
                }
            }
        }
        return best
    }

    /// FNV-1a, 64 bits.
    private static func hash(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// The index of the first entry not ordered before (hash, position).
    private static func firstEntry(_ entries: [(hash: UInt64, position: Int)], hash: UInt64, position: Int) -> Int {
        var lo = 0
        var hi = entries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let e = entries[mid]
            if e.hash < hash || (e.hash == hash && e.position < position) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private func built() -> [(hash: UInt64, position: Int)] {
        if let entries { return entries }
        var result: [(hash: UInt64, position: Int)] = []
        storage.withUnsafeBufferPointer { p in
            let end = p.count
            var i = 0
            while i < end {
                guard let hit = LineScanning.find(ASCII.hyphen, in: p, from: i, end: end) else { break }
                let lf = LineScanning.find(ASCII.lf, in: p, from: hit, end: end) ?? end
                let lineEnd = LineScanning.find(ASCII.cr, in: p, from: hit, end: lf) ?? lf
                if (hit == 0 || p[hit - 1] == ASCII.lf || p[hit - 1] == ASCII.cr),
                   hit + 1 < lineEnd, p[hit + 1] == ASCII.hyphen {
                    var keyEnd = lineEnd
                    while keyEnd > hit + 2, ASCII.isBlank(p[keyEnd - 1]) { keyEnd -= 1 }
                    if keyEnd - (hit + 2) <= Self.maxIndexedBoundaryLength + 2 {
                        result.append((Self.hash(p[(hit + 2)..<keyEnd]), hit))
                    }
                }
                i = lineEnd + 1
            }
        }
        result.sort { $0.hash < $1.hash || ($0.hash == $1.hash && $0.position < $1.position) }
        entries = result
        return result
    }
}
