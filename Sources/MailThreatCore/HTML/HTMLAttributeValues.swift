#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Entity decoding of attribute values of one tokenised buffer, for ``HTMLScanSink``.
struct HTMLAttributeValues {
    /// The tokenised buffer that attribute ranges point into.
    let bytes: UnsafeBufferPointer<UInt8>

    /// The value with character references decoded (UTF-8).
    func decodedBytes(_ attribute: HTMLRawAttribute) -> [UInt8] {
        var output: [UInt8] = []
        HTMLEntities.appendDecoded(UnsafeBufferPointer(rebasing: bytes[attribute.value]), to: &output)
        return output
    }

    /// The decoded value with ASCII letters lower-cased.
    func lowercasedDecoded(_ attribute: HTMLRawAttribute) -> [UInt8] {
        var output = decodedBytes(attribute)
        for index in output.indices where output[index] &- 0x41 < 26 { output[index] |= 0x20 }
        return output
    }

    /// The decoded value as a string.
    func decodedString(_ attribute: HTMLRawAttribute) -> String {
        let raw = UnsafeBufferPointer(rebasing: bytes[attribute.value])
        if !Self.containsAmpersand(raw) { return String(decoding: raw, as: UTF8.self) }
        return String(decoding: decodedBytes(attribute), as: UTF8.self)
    }

    /// An URL attribute as the comparison view cleans it.
    func cleanedURL(_ attribute: HTMLRawAttribute) -> String {
        let raw = UnsafeBufferPointer(rebasing: bytes[attribute.value])
        if !Self.containsAmpersandOrControl(raw) { return String(decoding: raw, as: UTF8.self) }
        var value = decodedBytes(attribute)
        HTMLAttributeURLs.trimAndDeleteTabsAndNewlines(&value)
        return String(decoding: value, as: UTF8.self)
    }

    /// `true` when `raw` holds an `&` or a byte at or below 0x20 (eight bytes at a time).
    static func containsAmpersandOrControl(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = raw.baseAddress else { return false }
        let count = raw.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index + 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            // A flag can only be wrong above a right one, so "any flag" is exact.
            let low = (word &- ones &* 0x21) & ~word
            let ampersands = word ^ (ones &* 0x26)
            if (low | ((ampersands &- ones) & ~ampersands)) & highs != 0 { return true }
            index += 8
        }
        while index < count {
            if base[index] == 0x26 || base[index] <= 0x20 { return true }
            index += 1
        }
        return false
    }

    /// `true` when `raw` holds an `&`.
    @inline(__always)
    static func containsAmpersand(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = raw.baseAddress, !raw.isEmpty else { return false }
        return memchr(base, 0x26, raw.count) != nil
    }

    /// Copies `source` into `scratch` with ASCII letters lower-cased (eight bytes at a time);
    /// returns the number of bytes written.
    static func lowercase(_ source: UnsafeBufferPointer<UInt8>, into scratch: HTMLScratchBuffer<UInt8>) -> Int {
        scratch.reserve(source.count)
        lowercase(source, to: scratch.base)
        return source.count
    }

    /// Writes `source` with ASCII letters lower-cased to `output` (room for `source.count`).
    static func lowercase(_ source: UnsafeBufferPointer<UInt8>, to output: UnsafeMutablePointer<UInt8>) {
        let count = source.count
        guard let input = source.baseAddress, count > 0 else { return }
        var index = 0
        let sevenBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let highs: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(input + index).loadUnaligned(as: UInt64.self))
            // Per byte (no carries: the high bit is cleared first): 'A'...'Z' get 0x20 added.
            let low = word & sevenBits
            let upper = (low &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(low &+ 0x2525_2525_2525_2525) & ~word & highs
            UnsafeMutableRawPointer(output + index).storeBytes(of: (word | upper >> 2).littleEndian, as: UInt64.self)
            index += 8
        }
        while index < count {
            let byte = input[index]
            output[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
            index += 1
        }
    }
}
