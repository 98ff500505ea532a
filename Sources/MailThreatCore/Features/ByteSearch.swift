/// Substring search in bytes, linear in practice (first-byte scan, then compare).
enum ByteSearch {
    /// True when `needle` occurs in `haystack`. An empty needle is found.
    static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                let last = hay.count - pin.count
                var position = 0
                while position <= last {
                    if hay[position] == first {
                        var matched = 1
                        while matched < pin.count && hay[position + matched] == pin[matched] { matched += 1 }
                        if matched == pin.count { return true }
                    }
                    position += 1
                }
                return false
            }
        }
    }
}
