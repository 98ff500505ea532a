import Foundation

/// The value of one feature in a message: `log(1 + occurrences)` for counted features
/// (words, link hosts…) plus 1 per flag (binary facts such as `hdr.replyto_mismatch`).
///
/// Flags are emitted at most once per message by construction, so a flag's value is 1 and a
/// word seen three times is worth `log 4 ≈ 1.39`. When two names share a bucket their values
/// add up.
enum FeatureValue {
    /// `log(1 + n)` for small `n`, so the common counts cost a table look-up.
    static let smallLogs: [Float] = (0..<64).map { Float(log1p(Double($0))) }

    /// `log(1 + occurrences) + flags`.
    @inline(__always)
    static func value(occurrences: Int, flags: Int) -> Float {
        let counted = occurrences < smallLogs.count
            ? smallLogs[max(0, occurrences)] : Float(log1p(Double(occurrences)))
        return counted + Float(flags)
    }
}
