#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Remembers the last "first occurrence of a byte at or after a position" answer, so that
/// the many repeated forward searches of CPython's parser (`rawdata.find('>', i)`, an
/// unclosed quote) cost linear time in total instead of quadratic.
struct ByteSearchCache: Sendable {
    /// The answer below is valid for searches starting anywhere in `searchedFrom...found`.
    private var searchedFrom = Int.max
    /// First occurrence at or after `searchedFrom`, or the buffer length when there is none.
    private var found = 0

    /// Index of the first `byte` at or after `start` in `base[0..<count]`, else `count`.
    mutating func next(_ byte: UInt8, from start: Int, in base: UnsafePointer<UInt8>, count: Int) -> Int {
        guard start < count else { return count }
        if start >= searchedFrom {
            if found >= start { return found }
        } else if searchedFrom != Int.max {
            // Only the gap before the cached range needs looking at.
            let gapEnd = Swift.min(searchedFrom, count)
            if let hit = memchr(base + start, Int32(byte), gapEnd - start) {
                found = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            searchedFrom = start
            return found
        }
        if let hit = memchr(base + start, Int32(byte), count - start) {
            found = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        } else {
            found = count
        }
        searchedFrom = start
        return found
    }
}
