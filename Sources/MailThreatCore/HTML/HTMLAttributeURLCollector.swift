/// Collects `href`/`src` values for ``HTMLAttributeURLs``.
struct AttributeURLCollector: HTMLTokenSink {
    let bytes: UnsafeBufferPointer<UInt8>
    var values: [String] = []
    private var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var wantsToStop: Bool { false }

    mutating func characters(_ range: Range<Int>, decodesReferences: Bool) {}
    mutating func rawText(_ range: Range<Int>) {}
    mutating func endTag(name: Range<Int>) {}
    mutating func comment(_ range: Range<Int>) {}

    mutating func startTag(name: Range<Int>, attributes: UnsafeBufferPointer<HTMLRawAttribute>, selfClosing: Bool) {
        for attribute in attributes where attribute.hasValue && !attribute.value.isEmpty && isHrefOrSrc(attribute.name) {
            scratch.removeAll(keepingCapacity: true)
            HTMLEntities.appendDecoded(UnsafeBufferPointer(rebasing: bytes[attribute.value]), to: &scratch)
            guard !scratch.isEmpty else { continue }
            HTMLAttributeURLs.trimAndDeleteTabsAndNewlines(&scratch)
            values.append(String(decoding: scratch, as: UTF8.self))
        }
    }

    private func isHrefOrSrc(_ name: Range<Int>) -> Bool {
        switch name.count {
        case 4:
            let start = name.lowerBound
            return bytes[start] | 0x20 == 0x68 && bytes[start + 1] | 0x20 == 0x72
                && bytes[start + 2] | 0x20 == 0x65 && bytes[start + 3] | 0x20 == 0x66
        case 3:
            let start = name.lowerBound
            return bytes[start] | 0x20 == 0x73 && bytes[start + 1] | 0x20 == 0x72 && bytes[start + 2] | 0x20 == 0x63
        default:
            return false
        }
    }
}
