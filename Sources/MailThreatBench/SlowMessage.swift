/// One of the slowest messages of a stage: where the per-message time went.
struct SlowMessage: Codable, Sendable, Hashable {
    /// The message (path as in the corpus index).
    let path: String
    /// Its size in bytes.
    let bytes: Int
    /// Its slowest timed latency (µs).
    let microseconds: Double
}
