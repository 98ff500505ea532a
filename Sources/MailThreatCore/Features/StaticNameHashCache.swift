/// Remembers, for one extraction, a hash computed from each fixed feature name (a
/// `StaticString` literal such as `"url.host"`), so that a name emitted many times is hashed
/// once: the families emit the same few dozen namespaces and flags over and over.
///
/// Entries are keyed by the literal's address (a literal's bytes never move, and one address
/// always holds the same bytes) in a small direct-mapped table; a name that collides with
/// another is simply hashed again. A name without a pointer representation is never cached.
///
/// ```swift
/// let cache = StaticNameHashCache()
/// let state = cache.value(for: "url.host") { hasher.namespaceState($0) }  // hashed
/// let again = cache.value(for: "url.host") { hasher.namespaceState($0) }  // remembered
/// ```
///
/// It owns its memory (freed in `deinit`) and is used by one extraction on one thread.
final class StaticNameHashCache {
    private static let slotCount = 32
    /// Literal addresses (0 = empty slot), then the value computed for each, one per slot.
    private let storage: UnsafeMutablePointer<UInt64>

    init() {
        storage = .allocate(capacity: 2 * Self.slotCount)
        storage.initialize(repeating: 0, count: 2 * Self.slotCount)
    }

    deinit {
        storage.deallocate()
    }

    /// The value `compute` gives for `name`'s UTF-8 bytes, computed once per literal while it
    /// stays in the table.
    @inline(__always)
    func value(for name: StaticString, compute: (UnsafeRawBufferPointer) -> UInt64) -> UInt64 {
        guard name.hasPointerRepresentation else {
            return name.withUTF8Buffer { compute(UnsafeRawBufferPointer($0)) }
        }
        let address = UInt64(UInt(bitPattern: name.utf8Start))
        // Fibonacci hashing: the top five bits of the address times 2⁶⁴/φ.
        let slot = Int(truncatingIfNeeded: (address &* 0x9E37_79B9_7F4A_7C15) >> 59)
        if storage[slot] == address { return storage[Self.slotCount + slot] }
        let value = compute(UnsafeRawBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        storage[slot] = address
        storage[Self.slotCount + slot] = value
        return value
    }
}
