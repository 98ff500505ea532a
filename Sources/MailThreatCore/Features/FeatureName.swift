/// A feature's name in parts, as the families produce it: a namespace, an optional token and,
/// for word bigrams, a second token. Hashing sinks ignore it; ``NamedFeatureSink`` spells it
/// out as `namespace`, `namespace:token` or `namespace:token second`.
///
/// The token buffers are only valid during the ``FeatureSink/add(_:hash:isFlag:)`` call.
struct FeatureName {
    var namespace: StaticString
    var token: UnsafeBufferPointer<UInt8>?
    var second: UnsafeBufferPointer<UInt8>?

    /// The full name as text.
    var text: String {
        var bytes: [UInt8] = []
        namespace.withUTF8Buffer { bytes.append(contentsOf: $0) }
        if let token {
            bytes.append(0x3A)
            bytes.append(contentsOf: token)
            if let second {
                bytes.append(0x20)
                bytes.append(contentsOf: second)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
