/// A growable buffer of plain values with a stable address between growths, for the
/// per-tag and per-chunk scratch space of the HTML scanner.
///
/// Unlike an `Array`, handing out its storage costs no reference counting or uniqueness
/// check, so hot loops can write through ``base`` directly. It is a reference type owned by
/// one scanner value at a time and is never shared between threads.
///
/// ```swift
/// let scratch = HTMLScratchBuffer<UInt8>(capacity: 256)
/// scratch.reserve(input.count)
/// scratch.base[0] = 0x20
/// ```
///
/// `Element` must be a trivial type (no references), whose memory needs no initialisation
/// or clean-up: bytes, ranges, plain structs of those.
final class HTMLScratchBuffer<Element> {
    /// The storage: `capacity` elements of a trivial type (no initialisation needed).
    private(set) var base: UnsafeMutablePointer<Element>
    /// Elements that fit in ``base``.
    private(set) var capacity: Int

    /// An empty buffer with room for `capacity` elements.
    init(capacity: Int) {
        assert(_isPOD(Element.self), "HTMLScratchBuffer holds trivial types only")
        self.capacity = Swift.max(capacity, 1)
        base = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// Makes room for at least `count` elements, keeping the first `keeping` of them.
    @inline(__always)
    func reserve(_ count: Int, keeping: Int = 0) {
        if count > capacity { grow(to: count, keeping: keeping) }
    }

    @inline(never)
    private func grow(to count: Int, keeping: Int) {
        let newCapacity = Swift.max(count, capacity * 2)
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        if keeping > 0 { newBase.initialize(from: base, count: Swift.min(keeping, capacity)) }
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
