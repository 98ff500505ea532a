/// A speed requirement of the issues, checked against a measured figure.
///
/// | floor | source |
/// |---|---|
/// | parse (structure + transfer decoding) ≥ 300 MB/s, one core | issue 2 |
/// | parse + content (charset, HTML to text, URLs) ≥ 100 MB/s, one core | issue 2 |
/// | adversarial input ≤ 3 × the parse cost per MB of ordinary mail | issue 2 |
/// | features + inference ≥ 20,000 messages/s, one core | issue 4 |
struct SpeedFloor: Codable, Sendable, Hashable {
    /// What is required, in words: `parse ≥ 300 MB/s (spamassassin, 1 core)`.
    let requirement: String
    /// The measured value, in words.
    let measured: String
    /// Whether the requirement is met.
    let passed: Bool

    /// Issue 2: structure + transfer decoding, MB/s on one core.
    static let parseMegabytesPerSecond = 300.0
    /// Issue 2: with charset decoding, HTML to text and URL extraction, MB/s on one core.
    static let contentMegabytesPerSecond = 100.0
    /// Issue 2: adversarial cost per MB at most this multiple of ordinary mail's.
    static let adversarialCostFactor = 3.0
    /// Issue 4: features + inference, messages/s on one core.
    static let featuresInferenceMessagesPerSecond = 20_000.0

    /// `✓`/`✗` line for the report.
    var line: String { "\(passed ? "ok  " : "MISS") \(requirement): \(measured)" }
}
