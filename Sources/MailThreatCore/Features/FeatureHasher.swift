/// Maps feature names (`"w:free"`, `"url.tld:ru"`, `"bi:click here"`) to buckets of the
/// hashed feature space with a fast seeded 64-bit hash.
///
/// ## The hash
///
/// The core is wyhash (final version 4, single lane). With `mix(a, b)` = high ⊕ low half of
/// the 128-bit product `a·b`, little-endian loads `r8`/`r4` and the wyhash secrets
/// `S0 = 0xa0761d6478bd642f`, `S1 = 0xe7037ed1a0b428db`, `core(bytes, state)` of `n` bytes is:
///
/// ```
/// n ≤ 16:  n ≥ 4: a = r4(0)<<32 | r4(4·(n>>3)),  b = r4(n−4)<<32 | r4(n−4−4·(n>>3))
///          0 < n < 4: a = p[0]<<16 | p[n>>1]<<8 | p[n−1],  b = 0;   n = 0: a = b = 0
/// n > 16:  while more than 16 bytes remain: state = mix(r8(i) ⊕ S1, r8(i+8) ⊕ state), i += 16
///          then a = r8(n−16), b = r8(n−8)
/// (lo, hi) = (a ⊕ S1)·(b ⊕ state) as a 128-bit product
/// core = mix(lo ⊕ S0 ⊕ n, hi ⊕ S1)
/// ```
///
/// A name is hashed by its structure, so that the hot text path never copies bytes:
///
/// ```
/// derive(h)            = h ⊕ mix(h ⊕ S0, S1)
/// base                 = derive(seed)
/// hash("plain")        = core("plain", base)                      (no colon)
/// hash("ns:token")     = core("token", derive(core("ns", base)))   (split at the first colon)
/// hash("bi:one two")   = mix(hash("w:one") ⊕ S1, hash("w:two") ⊕ derive(core("bi", base)))
/// index                = (hash · hashSpace) >> 64                  (high half: no division)
/// ```
///
/// (`bi:` names with exactly one space are word bigrams.) It costs one or two multiplies
/// for a typical name, is the same on every platform and depends on every byte, the
/// length and the seed.
///
/// ```swift
/// let hasher = FeatureHasher(seed: 42, hashSpace: 1 << 18)
/// let bucket = hasher.index(of: "w:free")  // a value in 0..<262_144
/// ```
public struct FeatureHasher: Sendable, Hashable {
    static let s0: UInt64 = 0xA076_1D64_78BD_642F
    static let s1: UInt64 = 0xE703_7ED1_A0B4_28DB

    /// The seed every hash starts from.
    public let seed: UInt64
    /// The number of buckets (`1...2³²`).
    public let hashSpace: Int
    /// `derive(seed)`: the state plain names and namespaces are hashed from.
    let baseState: UInt64
    /// The state of the `w` namespace, which bigrams combine.
    let wordState: UInt64
    /// The state of the `bi` namespace.
    let bigramState: UInt64

    /// Creates a hasher; `hashSpace` is clamped to `1...2³²` (indices are `UInt32`).
    public init(seed: UInt64, hashSpace: Int) {
        self.seed = seed
        self.hashSpace = min(max(1, hashSpace), 1 << 32)
        let base = Self.derive(seed)
        self.baseState = base
        self.wordState = Self.namespaceState("w", base: base)
        self.bigramState = Self.namespaceState("bi", base: base)
    }

    /// Creates the hasher a configuration describes.
    public init(configuration: FeatureConfiguration) {
        self.init(seed: configuration.seed, hashSpace: configuration.hashSpace)
    }

    // MARK: - Names

    /// The 64-bit hash of a feature name (see the type's documentation for the structure).
    public func hash(_ name: String) -> UInt64 {
        let utf8 = Array(name.utf8)
        return utf8.withUnsafeBufferPointer { bytes -> UInt64 in
            guard let colon = bytes.firstIndex(of: 0x3A) else {
                return Self.core(UnsafeRawBufferPointer(bytes), state: baseState)
            }
            let namespace = UnsafeBufferPointer(rebasing: bytes[..<colon])
            let token = UnsafeBufferPointer(rebasing: bytes[(colon + 1)...])
            if namespace.elementsEqual("bi".utf8), let space = token.firstIndex(of: 0x20),
               !token[(space + 1)...].contains(0x20) {
                let first = hash(token: UnsafeBufferPointer(rebasing: token[..<space]), state: wordState)
                let second = hash(token: UnsafeBufferPointer(rebasing: token[(space + 1)...]), state: wordState)
                return bigramHash(first, second)
            }
            return hash(token: token, state: namespaceState(UnsafeRawBufferPointer(namespace)))
        }
    }

    /// The bucket of a feature name: `(hash(name) · hashSpace) >> 64`.
    ///
    /// ```swift
    /// FeatureHasher(configuration: .default).index(of: "hdr.replyto_mismatch")
    /// ```
    public func index(of name: String) -> UInt32 {
        index(forHash: hash(name))
    }

    /// The bucket of an already computed hash: the high half of `hash · hashSpace`, which maps
    /// the 64-bit hash range evenly onto `0..<hashSpace` with one multiply.
    @inlinable
    public func index(forHash hash: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: hash.multipliedFullWidth(by: UInt64(truncatingIfNeeded: hashSpace)).high)
    }

    // MARK: - Parts (the extractor's hot path)

    /// The state a namespace's tokens are hashed from: `derive(core(namespace, base))`.
    func namespaceState(_ namespace: UnsafeRawBufferPointer) -> UInt64 {
        Self.derive(Self.core(namespace, state: baseState))
    }

    /// ``namespaceState(_:)-(UnsafeRawBufferPointer)`` of a fixed namespace.
    func namespaceState(_ namespace: StaticString) -> UInt64 {
        Self.namespaceState(namespace, base: baseState)
    }

    private static func namespaceState(_ namespace: StaticString, base: UInt64) -> UInt64 {
        namespace.withUTF8Buffer { derive(core(UnsafeRawBufferPointer($0), state: base)) }
    }

    /// The hash of a name without a namespace.
    @inline(__always)
    func hash(plain bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        hash(plain: UnsafeRawBufferPointer(bytes))
    }

    /// The hash of a name without a namespace, from raw bytes.
    @inline(__always)
    func hash(plain bytes: UnsafeRawBufferPointer) -> UInt64 {
        Self.core(bytes, state: baseState)
    }

    /// The hash of `namespace:token` given the namespace's state.
    @inline(__always)
    func hash(token: UnsafeBufferPointer<UInt8>, state: UInt64) -> UInt64 {
        Self.core(UnsafeRawBufferPointer(token), state: state)
    }

    /// The hash of the bigram `bi:first second` from the hashes of `w:first` and `w:second`.
    @inline(__always)
    func bigramHash(_ first: UInt64, _ second: UInt64) -> UInt64 {
        Self.mix(first ^ Self.s1, second ^ bigramState)
    }

    // MARK: - Core

    /// `h ⊕ mix(h ⊕ S0, S1)`: turns a seed or a hash into a hashing state.
    @inline(__always)
    static func derive(_ value: UInt64) -> UInt64 {
        value ^ mix(value ^ s0, s1)
    }

    /// wyhash of `bytes` from `state` (see the type's documentation).
    @inline(__always)
    static func core(_ bytes: UnsafeRawBufferPointer, state: UInt64) -> UInt64 {
        let count = bytes.count
        var state = state
        var a: UInt64 = 0
        var b: UInt64 = 0
        if count <= 16 {
            if count >= 4 {
                let step = (count >> 3) << 2
                a = UInt64(r4(bytes, 0)) << 32 | UInt64(r4(bytes, step))
                b = UInt64(r4(bytes, count - 4)) << 32 | UInt64(r4(bytes, count - 4 - step))
            } else if count > 0 {
                a = UInt64(bytes[0]) << 16 | UInt64(bytes[count >> 1]) << 8 | UInt64(bytes[count - 1])
            }
        } else {
            var offset = 0
            while count - offset > 16 {
                state = mix(r8(bytes, offset) ^ s1, r8(bytes, offset + 8) ^ state)
                offset += 16
            }
            a = r8(bytes, count - 16)
            b = r8(bytes, count - 8)
        }
        let product = (a ^ s1).multipliedFullWidth(by: b ^ state)
        return mix(product.low ^ s0 ^ UInt64(truncatingIfNeeded: count), product.high ^ s1)
    }

    @inline(__always)
    private static func r8(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    @inline(__always)
    private static func r4(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt32 {
        UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    /// The high half XOR the low half of the full 128-bit product.
    @inline(__always)
    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }
}
