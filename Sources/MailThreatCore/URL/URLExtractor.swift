/// Finds URLs in plain text.
///
/// ```swift
/// URLExtractor.plainTextURLs("see http://a.example/x). and HTTPS://b.example!")
/// // ["http://a.example/x", "HTTPS://b.example"]
/// URLExtractor.libraryURLs("visit www.example.com/offer, now")
/// // ["http://www.example.com/offer"]
/// ```
public enum URLExtractor {
    /// The URLs of the MIME-summary contract (tools README, section 6): every match of
    /// `[Hh][Tt][Tt][Pp][Ss]?://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+` (no left boundary,
    /// non-overlapping, left to right), with the characters `. , ; : ! ? ' ) ]` stripped from
    /// the end repeatedly. Not normalised (see ``URLNormalizer/comparisonForm(_:)``).
    public static func plainTextURLs(_ text: String) -> [String] {
        var urls: [String] = []
        forEachHTTPMatch(in: text) { bytes, range in
            urls.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
        }
        return urls
    }

    /// ``plainTextURLs(_:)`` plus bare `www.` host names (`www.example.com/path`, not preceded
    /// by a letter, digit, `.`, `-`, `/`, `@` or `:`), returned with `http://` prepended, all
    /// in order of appearance. For the library's features, not the comparison view.
    public static func libraryURLs(_ text: String) -> [String] {
        var found: [(start: Int, url: String)] = []
        var covered: [Range<Int>] = []
        forEachHTTPMatch(in: text) { bytes, range in
            found.append((range.lowerBound, String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)))
            covered.append(range)
        }
        var copy = text
        copy.withUTF8 { bytes in
            var coveredIndex = 0
            var index = 0
            let count = bytes.count
            while index + 4 <= count {
                guard bytes[index] | 0x20 == 0x77, bytes[index + 1] | 0x20 == 0x77, bytes[index + 2] | 0x20 == 0x77,
                      bytes[index + 3] == 0x2E else {
                    index += 1
                    continue
                }
                while coveredIndex < covered.count, covered[coveredIndex].upperBound <= index { coveredIndex += 1 }
                let insideHTTP = coveredIndex < covered.count && covered[coveredIndex].contains(index)
                let previous: UInt8 = index > 0 ? bytes[index - 1] : 0x20
                let boundaryOK = !(isHostByte(previous) || previous == 0x2E || previous == 0x2D || previous == 0x2F
                    || previous == 0x40 || previous == 0x3A)
                var end = index + 4
                while end < count, isAllowed(bytes[end]) { end += 1 }
                // Stripping trailing punctuation may eat into "www." itself ("www.."): no host then.
                end = Swift.max(strippedEnd(bytes, index, end), index + 4)
                let host = bytes[(index + 4)..<end].prefix { $0 != 0x2F && $0 != 0x3F && $0 != 0x23 && $0 != 0x3A }
                if !insideHTTP, boundaryOK, host.contains(0x2E), host.first.map(isHostByte) == true {
                    found.append((index, "http://" + String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]),
                                                                   as: UTF8.self)))
                }
                index = Swift.max(end, index + 4)
            }
        }
        return found.sorted { $0.start < $1.start }.map(\.url)
    }

    /// Calls `body` with each contract match (already stripped) as a byte range.
    private static func forEachHTTPMatch(in text: String,
                                         _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
        var copy = text
        let allowed = Self.allowed
        func isAllowed(_ byte: UInt8) -> Bool { allowed[Int(byte)] }
        copy.withUTF8 { bytes in
            let count = bytes.count
            var index = 0
            while index + 8 <= count {
                guard bytes[index] | 0x20 == 0x68, bytes[index + 1] | 0x20 == 0x74, bytes[index + 2] | 0x20 == 0x74,
                      bytes[index + 3] | 0x20 == 0x70 else {
                    index += 1
                    continue
                }
                var cursor = index + 4
                if bytes[cursor] | 0x20 == 0x73 { cursor += 1 }
                guard cursor + 3 < count, bytes[cursor] == 0x3A, bytes[cursor + 1] == 0x2F, bytes[cursor + 2] == 0x2F,
                      isAllowed(bytes[cursor + 3]) else {
                    index += 1
                    continue
                }
                var end = cursor + 4
                while end < count, isAllowed(bytes[end]) { end += 1 }
                body(bytes, index..<strippedEnd(bytes, index, end))
                index = end
            }
        }
    }

    /// `end` moved back over trailing `. , ; : ! ? ' ) ]`.
    private static func strippedEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start {
            switch bytes[end - 1] {
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x27, 0x29, 0x5D: end -= 1
            default: return end
            }
        }
        return end
    }

    /// `[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]`
    private static let allowed: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%".utf8 {
            table[Int(byte)] = true
        }
        return table
    }()

    @inline(__always)
    private static func isAllowed(_ byte: UInt8) -> Bool { allowed[Int(byte)] }

    private static func isHostByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }
}
