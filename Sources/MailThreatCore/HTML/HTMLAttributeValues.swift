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
        if !raw.contains(0x26) { return String(decoding: raw, as: UTF8.self) }
        return String(decoding: decodedBytes(attribute), as: UTF8.self)
    }

    /// An URL attribute as the comparison view cleans it.
    func cleanedURL(_ attribute: HTMLRawAttribute) -> String {
        let raw = UnsafeBufferPointer(rebasing: bytes[attribute.value])
        if !raw.contains(where: { $0 == 0x26 || $0 <= 0x20 }) { return String(decoding: raw, as: UTF8.self) }
        var value = decodedBytes(attribute)
        HTMLAttributeURLs.trimAndDeleteTabsAndNewlines(&value)
        return String(decoding: value, as: UTF8.self)
    }
}
