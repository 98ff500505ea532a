/// A map from strings to values for the handful of keys one message has (hosts, link
/// origins): the first few entries are searched linearly, which beats hashing the key, and
/// later ones go into a dictionary. Keys compare with `String` equality either way.
struct SmallStringMap<Key: StringProtocol & Hashable, Value> {
    /// Entries searched linearly, at most ``linearLimit``.
    private var entries: [(key: Key, value: Value)] = []
    /// Entries beyond the linear ones.
    private var overflow: [Key: Value] = [:]
    private static var linearLimit: Int { 8 }

    /// Number of entries.
    var count: Int { entries.count + overflow.count }

    /// The value stored for `key`, if any.
    subscript(key: Key) -> Value? {
        for entry in entries where entry.key == key { return entry.value }
        return overflow.isEmpty ? nil : overflow[key]
    }

    /// Stores `value` for `key`, which must not be stored yet.
    mutating func insert(_ value: Value, for key: Key) {
        if entries.count < Self.linearLimit {
            if entries.isEmpty { entries.reserveCapacity(Self.linearLimit) }
            entries.append((key, value))
        } else {
            overflow[key] = value
        }
    }
}
