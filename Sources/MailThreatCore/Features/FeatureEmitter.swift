/// Hashes features by their parts (``FeatureHasher``) and hands them to a ``FeatureSink``.
/// The feature families write through it.
///
/// Counted features (`count`) may be emitted many times and end up as `log(1 + n)`; flags
/// (`flag`) are emitted at most once per message and are worth 1.
struct FeatureEmitter<Sink: FeatureSink> {
    let hasher: FeatureHasher
    var sink: Sink
    /// Hashing states of the namespaces emitted so far.
    private let namespaceStates = StaticNameHashCache()
    /// Hashes of the token-less names emitted so far.
    private let plainHashes = StaticNameHashCache()

    init(hasher: FeatureHasher, sink: Sink) {
        self.hasher = hasher
        self.sink = sink
    }

    /// ``FeatureHasher/namespaceState(_:)-(StaticString)``, remembered per literal.
    @inline(__always)
    private func state(of namespace: StaticString) -> UInt64 {
        namespaceStates.value(for: namespace) { [hasher] in hasher.namespaceState($0) }
    }

    /// The hash of a token-less name, remembered per literal.
    @inline(__always)
    private func plainHash(of featureName: StaticString) -> UInt64 {
        plainHashes.value(for: featureName) { [hasher] in hasher.hash(plain: $0) }
    }

    // MARK: Counted features

    /// Emits one occurrence of `namespace:token`; returns its hash.
    @discardableResult
    mutating func count(_ namespace: StaticString, _ token: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let hash = hasher.hash(token: token, state: state(of: namespace))
        sink.add(FeatureName(namespace: namespace, token: token), hash: hash, isFlag: false)
        return hash
    }

    /// Emits one occurrence of `namespace:token` whose hash the caller computed (the text path
    /// keeps namespace states).
    @inline(__always)
    mutating func count(_ namespace: StaticString, _ token: UnsafeBufferPointer<UInt8>, hash: UInt64) {
        sink.add(FeatureName(namespace: namespace, token: token), hash: hash, isFlag: false)
    }

    /// Emits one occurrence of a feature without a token (`url.ip_host`).
    mutating func count(_ featureName: StaticString) {
        let hash = plainHash(of: featureName)
        sink.add(FeatureName(namespace: featureName), hash: hash, isFlag: false)
    }

    /// Emits one occurrence of `namespace:token`.
    mutating func count(_ namespace: StaticString, _ token: String) {
        var token = token
        _ = token.withUTF8 { count(namespace, $0) }
    }

    // MARK: Flags

    /// Emits the flag `name` (a name without a token, e.g. `hdr.replyto_mismatch`).
    mutating func flag(_ flagName: StaticString) {
        let hash = plainHash(of: flagName)
        sink.add(FeatureName(namespace: flagName), hash: hash, isFlag: true)
    }

    /// Emits the flag `namespace:token`.
    mutating func flag(_ namespace: StaticString, _ token: String) {
        let namespaceState = state(of: namespace)
        var token = token
        token.withUTF8 { bytes in
            let hash = hasher.hash(token: bytes, state: namespaceState)
            sink.add(FeatureName(namespace: namespace, token: bytes), hash: hash, isFlag: true)
        }
    }

    /// Emits the flag `namespace:<log bucket of value>` (``FeatureBucket/log(_:)``).
    mutating func logBucket(_ namespace: StaticString, _ value: Int) {
        flag(namespace, FeatureBucket.log(value))
    }

    /// Emits the flag `namespace:<share bucket>` (``FeatureBucket/share(_:of:)``).
    mutating func share(_ namespace: StaticString, _ part: Int, of whole: Int) {
        flag(namespace, FeatureBucket.share(part, of: whole))
    }
}
