/// Every line of one byte buffer that could be a multipart delimiter (`--` at a line start),
/// indexed by its boundary text, built lazily in one pass.
///
/// With it, finding the next delimiter of any boundary is a dictionary lookup and a binary
/// search, so nested multiparts cost one pass over the message in total instead of one pass per
/// nesting level (a 10,000-deep message would otherwise be scanned once per level).
///
/// A line `--KEY` is filed under KEY with trailing SP/HTAB removed. For boundary B, lines filed
/// under B are part delimiters and lines filed under `B--` close delimiters — exactly the
/// delimiter grammar `--B [--] [ \t]* EOL`.
final class DelimiterIndex {
    /// Boundaries longer than this (RFC 2046 allows 70) are looked up by scanning instead.
    static let maxIndexedBoundaryLength = 1_024

    private let storage: [UInt8]
    private var table: [ArraySlice<UInt8>: [Int]]?

    init(storage: [UInt8]) {
        self.storage = storage
    }

    /// The first delimiter line of `boundary` that starts in `[from, end)`. `end` must be the end
    /// of the buffer or a line start.
    func first(boundary: [UInt8], from: Int, end: Int) -> DelimiterScanner.Delimiter? {
        guard boundary.count <= Self.maxIndexedBoundaryLength else {
            return storage.withUnsafeBufferPointer { DelimiterScanner(boundary: boundary).firstDelimiter(in: $0, from: from, end: end) }
        }
        let table = built()
        var best: (position: Int, isClose: Bool)?
        if let list = table[boundary[...]], let p = Self.firstAtOrAfter(list, from), p < end {
            best = (p, false)
        }
        if let list = table[(boundary + [ASCII.hyphen, ASCII.hyphen])[...]], let p = Self.firstAtOrAfter(list, from), p < end,
           best.map({ p < $0.position }) ?? true {
            best = (p, true)
        }
        guard let best else { return nil }
        let next = storage.withUnsafeBufferPointer { LineScanning.line(in: $0, from: best.position, end: end).next }
        return DelimiterScanner.Delimiter(lineStart: best.position, next: next, isClose: best.isClose)
    }

    private static func firstAtOrAfter(_ sorted: [Int], _ value: Int) -> Int? {
        var lo = 0
        var hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count ? sorted[lo] : nil
    }

    private func built() -> [ArraySlice<UInt8>: [Int]] {
        if let table { return table }
        var result: [ArraySlice<UInt8>: [Int]] = [:]
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
                        result[storage[(hit + 2)..<keyEnd], default: []].append(hit)
                    }
                }
                i = lineEnd + 1
            }
        }
        table = result
        return result
    }
}
