/// Counts features by bucket index for one message: an open-addressing hash table whose slot
/// is a monotonic function of the index (`index · capacity / hashSpace`), so reading the
/// slots in order yields the indices almost sorted and a short insertion sort finishes the
/// job. Linear in the number of features, no comparison sort, no per-feature allocation.
///
/// Each slot is a `UInt64`: bits 32–63 hold `index + 1` (0 = empty), bits 0–23 the
/// occurrences and bits 24–31 the flags, both saturating. An occupancy bitmap lets the final
/// read visit only used slots. The table doubles when half full.
///
/// It owns its memory (freed in `deinit`) and is used by one extraction on one thread.
final class FeatureCountTable {
    /// Extra slots past the last home slot, so probing rarely wraps around.
    private static let overflowSlots = 64
    private static let occurrenceMask: UInt64 = 0xFF_FFFF

    let hashSpace: Int
    private var slots: UnsafeMutablePointer<UInt64>
    /// One bit per slot, set when the slot is used: reading the table visits only these.
    private var occupancy: UnsafeMutablePointer<UInt64>
    private var occupancyWords: Int
    /// Home slots (a power of two); the table has `capacity + overflowSlots` slots.
    private var capacity: Int
    /// `(capacity << 32) / hashSpace`: home slot = `(index · multiplier) >> 32`.
    private var multiplier: UInt64
    /// Distinct indices stored.
    private(set) var count = 0

    /// Creates an empty table. The default start (2,048 home slots, 16 KB) holds the distinct
    /// features of nearly every message (median about 250) without growing, and is half the
    /// memory to clear and keep in cache of a larger start; larger messages double it.
    init(hashSpace: Int, initialCapacity: Int = 2_048) {
        self.hashSpace = max(1, hashSpace)
        var capacity = 16
        while capacity < initialCapacity { capacity <<= 1 }
        self.capacity = capacity
        self.multiplier = (UInt64(capacity) << 32) / UInt64(self.hashSpace)
        let total = capacity + Self.overflowSlots
        slots = UnsafeMutablePointer<UInt64>.allocate(capacity: total)
        slots.initialize(repeating: 0, count: total)
        occupancyWords = (total + 63) / 64
        occupancy = UnsafeMutablePointer<UInt64>.allocate(capacity: occupancyWords)
        occupancy.initialize(repeating: 0, count: occupancyWords)
    }

    deinit {
        slots.deallocate()
        occupancy.deallocate()
    }

    /// Counts one occurrence (or one flag) of `index` (which must be below `hashSpace`).
    ///
    /// Whether a feature is new or seen before is as unpredictable as the text, so the
    /// common case (the home slot is free or holds the index) takes no branch on it: the
    /// entry, the occupancy bit and the count are all updated with selects. Only a home
    /// slot taken by another index walks the probe sequence.
    @inline(__always)
    func add(_ index: UInt32, isFlag: Bool) {
        let key = UInt64(index) &+ 1
        var slot = Int(truncatingIfNeeded: (UInt64(index) &* multiplier) >> 32)
        var entry = slots[slot]
        if entry != 0 && entry >> 32 != key {
            slot = probe(after: slot, key: key)
            entry = slots[slot]
        }
        let isNew = entry == 0
        slots[slot] = Self.incremented(isNew ? key << 32 : entry, isFlag: isFlag)
        occupancy[slot >> 6] |= 1 << UInt64(slot & 63)
        count &+= isNew ? 1 : 0
        if count &* 2 > capacity { grow() }
    }

    /// The slot holding `key`, or the free slot where it goes, searching past `home`.
    private func probe(after home: Int, key: UInt64) -> Int {
        let total = capacity &+ Self.overflowSlots
        var slot = home
        while true {
            slot &+= 1
            if slot == total { slot = 0 }
            let entry = slots[slot]
            if entry == 0 || entry >> 32 == key { return slot }
        }
    }

    /// `entry` with its occurrence (or flag) field raised by one, saturating.
    @inline(__always)
    private static func incremented(_ entry: UInt64, isFlag: Bool) -> UInt64 {
        let field: UInt64 = isFlag ? 0xFF << 24 : occurrenceMask
        let increment: UInt64 = isFlag ? 1 << 24 : 1
        return entry & field == field ? entry : entry &+ increment
    }

    /// Doubles the table and re-inserts every entry.
    private func grow() {
        let oldSlots = slots
        let oldTotal = capacity + Self.overflowSlots
        capacity <<= 1
        multiplier = (UInt64(capacity) << 32) / UInt64(hashSpace)
        let total = capacity + Self.overflowSlots
        slots = UnsafeMutablePointer<UInt64>.allocate(capacity: total)
        slots.initialize(repeating: 0, count: total)
        occupancy.deallocate()
        occupancyWords = (total + 63) / 64
        occupancy = UnsafeMutablePointer<UInt64>.allocate(capacity: occupancyWords)
        occupancy.initialize(repeating: 0, count: occupancyWords)
        for position in 0..<oldTotal where oldSlots[position] != 0 {
            let entry = oldSlots[position]
            let index = (entry >> 32) &- 1
            var slot = Int(truncatingIfNeeded: (index &* multiplier) >> 32)
            while slots[slot] != 0 {
                slot &+= 1
                if slot == total { slot = 0 }
            }
            slots[slot] = entry
            occupancy[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        oldSlots.deallocate()
    }

    /// The distinct indices ascending with their values (``FeatureValue``).
    ///
    /// Slots are read in order and each entry is inserted into the sorted prefix; entries
    /// are rarely out of place (only where probing displaced them), so this is linear in
    /// practice. Should displacement ever cost more than a few moves per entry (a crafted
    /// message), the rest is sorted with a comparison sort instead: never quadratic.
    func sortedFeatures() -> SparseFeatures {
        let smallLogs = FeatureValue.smallLogs
        var sortedPrefix = true
        var found = 0
        // The used slots in slot order through the occupancy bits, each inserted into the
        // sorted prefix.
        var values: [Float] = []
        var indices = [UInt32](unsafeUninitializedCapacity: count) { indices, indexCount in
            values = [Float](unsafeUninitializedCapacity: count) { values, valueCount in
                var moveBudget = 8 * count + 256
                for word in 0..<occupancyWords {
                    var bits = occupancy[word]
                    while bits != 0 && found < count {
                        let entry = slots[word << 6 | bits.trailingZeroBitCount]
                        bits &= bits &- 1
                        let index = UInt32(truncatingIfNeeded: (entry >> 32) &- 1)
                        let occurrences = Int(entry & Self.occurrenceMask)
                        let flags = Int((entry >> 24) & 0xFF)
                        let value = flags == 0 && occurrences < smallLogs.count
                            ? smallLogs[occurrences] : FeatureValue.value(occurrences: occurrences, flags: flags)
                        var hole = found
                        if sortedPrefix {
                            while hole > 0 && indices[hole - 1] > index && moveBudget > 0 {
                                indices[hole] = indices[hole - 1]
                                values[hole] = values[hole - 1]
                                hole -= 1
                                moveBudget -= 1
                            }
                            if moveBudget == 0 { sortedPrefix = false }
                        }
                        indices[hole] = index
                        values[hole] = value
                        found &+= 1
                    }
                }
                valueCount = found
            }
            indexCount = found
        }
        if !sortedPrefix {
            let order = indices.indices.sorted { indices[$0] < indices[$1] }
            indices = order.map { indices[$0] }
            values = order.map { values[$0] }
        }
        return SparseFeatures(indices: indices, values: values)
    }
}
