/// A small, seedable, platform-independent PRNG (xoshiro256**, seeded through SplitMix64).
///
/// Training uses it for initialization, shuffling and dropout so that the same seed and data
/// give the same model bytes on every run. Not for cryptography.
struct ModelRandomGenerator: RandomNumberGenerator {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// Expands `seed` into the 256-bit state with SplitMix64 (never all zero).
    init(seed: UInt64) {
        var splitMix = seed
        func nextSplitMix() -> UInt64 {
            splitMix &+= 0x9E37_79B9_7F4A_7C15
            var z = splitMix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (nextSplitMix(), nextSplitMix(), nextSplitMix(), nextSplitMix())
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        let result = rotateLeft(state.1 &* 5, by: 7) &* 9
        let shifted = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= shifted
        state.3 = rotateLeft(state.3, by: 45)
        return result
    }

    /// A uniform float in `[0, 1)` with 24 random bits.
    mutating func nextUnitFloat() -> Float {
        Float(next() >> 40) * 0x1p-24
    }

    /// A uniform float in `[-limit, limit)`.
    mutating func nextFloat(symmetricLimit limit: Float) -> Float {
        (2 * nextUnitFloat() - 1) * limit
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-shift with rejection; `bound > 0`).
    mutating func nextIndex(below bound: Int) -> Int {
        let limit = UInt64(bound)
        var product = next().multipliedFullWidth(by: limit)
        if product.low < limit {
            let threshold = (0 &- limit) % limit
            while product.low < threshold { product = next().multipliedFullWidth(by: limit) }
        }
        return Int(product.high)
    }

    private func rotateLeft(_ value: UInt64, by amount: UInt64) -> UInt64 {
        (value << amount) | (value >> (64 - amount))
    }
}
