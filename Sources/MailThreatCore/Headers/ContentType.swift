/// The media type of a `Content-Type` field (README 5.2).
///
/// ```swift
/// ContentType.parse(Array("Text/HTML; charset=utf-8".utf8))       // ("text", "html")
/// ContentType.parse(Array("(c) text / plain charset=x".utf8))     // ("text", "plain")
/// ContentType.parse(Array("text".utf8))                           // nil → caller uses text/plain
/// ```
public enum ContentType {
    /// Matches `^[ \t]*(\([^()]*\)[ \t]*)*(T)[ \t]*/[ \t]*(T)` with
    /// T = ``[!#$%&'*+.^_`|~0-9A-Za-z-]+`` on the unfolded value and returns both tokens
    /// lower-cased; trailing text is ignored. Nil when it does not match.
    public static func parse(_ value: [UInt8]) -> (type: String, subtype: String)? {
        var index = skipBlanks(value, from: 0)
        while index < value.count, value[index] == 0x28 {
            var close = index + 1
            while close < value.count, value[close] != 0x29, value[close] != 0x28 { close += 1 }
            guard close < value.count, value[close] == 0x29 else { return nil }
            index = skipBlanks(value, from: close + 1)
        }
        let typeEnd = tokenEnd(value, from: index)
        guard typeEnd > index else { return nil }
        var slash = skipBlanks(value, from: typeEnd)
        guard slash < value.count, value[slash] == 0x2F else { return nil }
        slash = skipBlanks(value, from: slash + 1)
        let subtypeEnd = tokenEnd(value, from: slash)
        guard subtypeEnd > slash else { return nil }
        return (lowercased(value[index..<typeEnd]), lowercased(value[slash..<subtypeEnd]))
    }

    /// `type/subtype` lower-cased, or `text/plain` when the value does not match.
    public static func mediaType(_ value: [UInt8]) -> String {
        guard let parsed = parse(value) else { return "text/plain" }
        return parsed.type + "/" + parsed.subtype
    }

    private static let tokenBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in Array("!#$%&'*+.^_`|~-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8) {
            table[Int(byte)] = true
        }
        return table
    }()

    private static func skipBlanks(_ value: [UInt8], from start: Int) -> Int {
        var index = start
        while index < value.count, value[index] == 0x20 || value[index] == 0x09 { index += 1 }
        return index
    }

    private static func tokenEnd(_ value: [UInt8], from start: Int) -> Int {
        var index = start
        while index < value.count, tokenBytes[Int(value[index])] { index += 1 }
        return index
    }

    private static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map(ASCII.lowercase), as: UTF8.self)
    }
}
