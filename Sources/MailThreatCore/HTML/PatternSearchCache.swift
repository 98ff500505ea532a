#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Remembers the last "first match at or after a position" answer for the small closing
/// patterns of comments and marked sections (like ``ByteSearchCache`` does for single bytes).
struct PatternSearchCache: Sendable {
    /// A closing pattern of CPython's `_markupbase`/`html.parser`.
    enum Pattern: Sendable {
        /// `--\s*>`
        case commentClose
        /// `]\s*]\s*>`
        case markedSectionClose
        /// `]\s*>`
        case msMarkedSectionClose
    }

    /// Start and end (exclusive) of a match.
    struct Match: Sendable {
        var start: Int
        var end: Int
    }

    private var searchedFrom = Int.max
    private var cached: Match?

    /// The leftmost match of `pattern` starting at or after `start`.
    mutating func search(_ pattern: Pattern, from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Match? {
        if start >= searchedFrom {
            guard let match = cached else { return nil }
            if match.start >= start { return match }
        }
        let match = Self.scan(pattern, from: start, in: bytes)
        searchedFrom = start
        cached = match
        return match
    }

    private static func scan(_ pattern: Pattern, from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Match? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        let lead: UInt8 = pattern == .commentClose ? 0x2D : 0x5D
        var position = start
        while position < count {
            guard let hit = memchr(base + position, Int32(lead), count - position) else { return nil }
            let candidate = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            position = candidate + 1
            var cursor: Int
            switch pattern {
            case .commentClose:
                guard candidate + 1 < count, bytes[candidate + 1] == 0x2D else { continue }
                cursor = PythonWhitespace.skip(from: candidate + 2, in: bytes)
            case .markedSectionClose:
                cursor = PythonWhitespace.skip(from: candidate + 1, in: bytes)
                guard cursor < count, bytes[cursor] == 0x5D else { continue }
                cursor = PythonWhitespace.skip(from: cursor + 1, in: bytes)
            case .msMarkedSectionClose:
                cursor = PythonWhitespace.skip(from: candidate + 1, in: bytes)
            }
            if cursor < count, bytes[cursor] == 0x3E { return Match(start: candidate, end: cursor + 1) }
        }
        return nil
    }
}
