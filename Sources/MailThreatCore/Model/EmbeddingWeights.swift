/// The embedding table as a ``Classifier`` holds it: float32 (a freshly trained model) or
/// int8 with per-row scales (a loaded, quantized model), plus the bag-summing kernel.
///
/// The kernel runs in two steps. First it turns the message's entries into a compact list of
/// (row offset, weight) pairs, doing all the checking there: non-finite values and zero rows
/// are dropped, out-of-range indices reduced modulo the table, and for int8 tables the row
/// scale is folded into the weight; the same pass sums the squares for L2 normalization,
/// whose scale is applied once to the finished bag. Then it sums the rows 32 (or 16) dimensions at a time with
/// the accumulators held in SIMD registers. An int8 row is widened to float by shifting each
/// byte to the top of its 32-bit lane and shifting it back arithmetically (plain SSE2 on
/// x86-64), which yields the dimensions in a 4×4-transposed order that the final store undoes.
enum EmbeddingWeights: Sendable {
    /// Row-major `rows × dimension` float32 values.
    case float([Float])
    /// Row-major int8 codes with one scale per row; rows are dequantized while summing.
    case int8(codes: [Int8], scales: [Float])

    /// Writes the normalized embedding bag of `features` into `bag[0..<dimension]`:
    /// `bag = scale · Σᵢ valuesᵢ · E[indicesᵢ mod rows]`, with `scale` from `normalization`.
    func accumulateBag(
        of features: SparseFeatures, normalization: BagNormalization, rows: Int, dimension: Int,
        into bag: UnsafeMutablePointer<Float>
    ) {
        bag.initialize(repeating: 0, count: dimension)
        let count = features.count
        guard count > 0, rows > 0, dimension > 0 else { return }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { offsets in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: count) { weights in
                let (kept, sumOfSquares) = collectEntries(
                    features, rows: rows, dimension: dimension,
                    offsets: offsets.baseAddress!, weights: weights.baseAddress!)
                let scale = normalization.scale(sumOfSquares: sumOfSquares, count: count)
                guard kept > 0, scale != 0 else { return }
                sumRows(
                    count: kept, offsets: offsets.baseAddress!, weights: weights.baseAddress!,
                    dimension: dimension, into: bag)
                for d in 0..<dimension { bag[d] *= scale }
            }
        }
    }

    /// Fills `offsets` (element offset of each row in the table) and `weights` (the value,
    /// times the row scale for int8); returns how many entries survived the checks and the sum
    /// of squares of all finite values (for ``BagNormalization/l2``).
    private func collectEntries(
        _ features: SparseFeatures, rows: Int, dimension: Int,
        offsets: UnsafeMutablePointer<Int>, weights: UnsafeMutablePointer<Float>
    ) -> (kept: Int, sumOfSquares: Double) {
        let count = features.count
        var kept = 0
        var sumOfSquares: Double = 0
        features.indices.withUnsafeBufferPointer { indices in
            features.values.withUnsafeBufferPointer { values in
                switch self {
                case .float:
                    for entry in 0..<count {
                        let value = values[entry]
                        guard Self.isFiniteNonZero(value) else { continue }
                        sumOfSquares += Double(value) * Double(value)
                        offsets[kept] = Self.row(of: indices[entry], rows: rows) * dimension
                        weights[kept] = value
                        kept += 1
                    }
                case .int8(let codes, let rowScales):
                    // Reading one byte of each row here, in a loop short enough for the CPU to
                    // keep many of these independent loads in flight, brings the rows into cache
                    // before ``sumRows`` needs them (the table is 8 MB: rows are random misses).
                    var touched = 0
                    codes.withUnsafeBufferPointer { codes in
                        rowScales.withUnsafeBufferPointer { rowScales in
                            for entry in 0..<count {
                                let value = values[entry]
                                guard Self.isFiniteNonZero(value) else { continue }
                                sumOfSquares += Double(value) * Double(value)
                                let row = Self.row(of: indices[entry], rows: rows)
                                touched &+= Int(codes[row * dimension])
                                let weight = value * rowScales[row]
                                guard Self.isFiniteNonZero(weight) else { continue }
                                offsets[kept] = row * dimension
                                weights[kept] = weight
                                kept += 1
                            }
                        }
                    }
                    // Never true (|touched| ≤ 127 × count); it keeps the loads above alive.
                    if touched == .min { kept = 0 }
                }
            }
        }
        return (kept, sumOfSquares)
    }

    /// `bag += Σ weights[e] · row(offsets[e])`, in chunks of 32 and 16 dimensions, then the rest.
    private func sumRows(
        count: Int, offsets: UnsafePointer<Int>, weights: UnsafePointer<Float>, dimension: Int,
        into bag: UnsafeMutablePointer<Float>
    ) {
        switch self {
        case .float(let table):
            table.withUnsafeBufferPointer { table in
                let base = table.baseAddress!
                var start = 0
                while start + 32 <= dimension {
                    Self.floatChunk32(count, offsets, weights, UnsafeRawPointer(base + start), bag + start)
                    start += 32
                }
                while start + 16 <= dimension {
                    Self.floatChunk16(count, offsets, weights, UnsafeRawPointer(base + start), bag + start)
                    start += 16
                }
                for d in start..<dimension {
                    var sum: Float = 0
                    for entry in 0..<count { sum += weights[entry] * base[offsets[entry] + d] }
                    bag[d] = sum
                }
            }
        case .int8(let codes, _):
            codes.withUnsafeBufferPointer { codes in
                let base = codes.baseAddress!
                var start = 0
                #if _endian(little)
                    while start + 32 <= dimension {
                        Self.int8Chunk32(count, offsets, weights, UnsafeRawPointer(base + start), bag + start)
                        start += 32
                    }
                    while start + 16 <= dimension {
                        Self.int8Chunk16(count, offsets, weights, UnsafeRawPointer(base + start), bag + start)
                        start += 16
                    }
                #endif
                for d in start..<dimension {
                    var sum: Float = 0
                    for entry in 0..<count { sum += weights[entry] * Float(base[offsets[entry] + d]) }
                    bag[d] = sum
                }
            }
        }
    }

    // MARK: - Kernels

    /// Sign-extends byte `k` (0 = lowest) of each 32-bit lane to an Int32 and converts to Float.
    @inline(__always)
    private static func widen(_ lanes: SIMD4<Int32>, byte k: Int32) -> SIMD4<Float> {
        SIMD4<Float>((lanes &<< (24 - 8 * k)) &>> 24)
    }

    /// Stores four accumulators of one 16-byte group: accumulator `k` lane `j` is dimension `4j + k`.
    @inline(__always)
    private static func storeTransposed(
        _ a0: SIMD4<Float>, _ a1: SIMD4<Float>, _ a2: SIMD4<Float>, _ a3: SIMD4<Float>,
        to bag: UnsafeMutablePointer<Float>
    ) {
        for j in 0..<4 {
            bag[4 * j] = a0[j]
            bag[4 * j + 1] = a1[j]
            bag[4 * j + 2] = a2[j]
            bag[4 * j + 3] = a3[j]
        }
    }

    private static func int8Chunk32(
        _ count: Int, _ offsets: UnsafePointer<Int>, _ weights: UnsafePointer<Float>,
        _ base: UnsafeRawPointer, _ bag: UnsafeMutablePointer<Float>
    ) {
        var a0 = SIMD4<Float>(), a1 = SIMD4<Float>(), a2 = SIMD4<Float>(), a3 = SIMD4<Float>()
        var b0 = SIMD4<Float>(), b1 = SIMD4<Float>(), b2 = SIMD4<Float>(), b3 = SIMD4<Float>()
        for entry in 0..<count {
            let weight = SIMD4<Float>(repeating: weights[entry])
            let row = base + offsets[entry]
            let low = row.loadUnaligned(as: SIMD4<Int32>.self)
            let high = row.loadUnaligned(fromByteOffset: 16, as: SIMD4<Int32>.self)
            a0 += weight * widen(low, byte: 0)
            a1 += weight * widen(low, byte: 1)
            a2 += weight * widen(low, byte: 2)
            a3 += weight * widen(low, byte: 3)
            b0 += weight * widen(high, byte: 0)
            b1 += weight * widen(high, byte: 1)
            b2 += weight * widen(high, byte: 2)
            b3 += weight * widen(high, byte: 3)
        }
        storeTransposed(a0, a1, a2, a3, to: bag)
        storeTransposed(b0, b1, b2, b3, to: bag + 16)
    }

    private static func int8Chunk16(
        _ count: Int, _ offsets: UnsafePointer<Int>, _ weights: UnsafePointer<Float>,
        _ base: UnsafeRawPointer, _ bag: UnsafeMutablePointer<Float>
    ) {
        var a0 = SIMD4<Float>(), a1 = SIMD4<Float>(), a2 = SIMD4<Float>(), a3 = SIMD4<Float>()
        for entry in 0..<count {
            let weight = SIMD4<Float>(repeating: weights[entry])
            let lanes = (base + offsets[entry]).loadUnaligned(as: SIMD4<Int32>.self)
            a0 += weight * widen(lanes, byte: 0)
            a1 += weight * widen(lanes, byte: 1)
            a2 += weight * widen(lanes, byte: 2)
            a3 += weight * widen(lanes, byte: 3)
        }
        storeTransposed(a0, a1, a2, a3, to: bag)
    }

    private static func floatChunk32(
        _ count: Int, _ offsets: UnsafePointer<Int>, _ weights: UnsafePointer<Float>,
        _ base: UnsafeRawPointer, _ bag: UnsafeMutablePointer<Float>
    ) {
        var a0 = SIMD4<Float>(), a1 = SIMD4<Float>(), a2 = SIMD4<Float>(), a3 = SIMD4<Float>()
        var a4 = SIMD4<Float>(), a5 = SIMD4<Float>(), a6 = SIMD4<Float>(), a7 = SIMD4<Float>()
        for entry in 0..<count {
            let weight = SIMD4<Float>(repeating: weights[entry])
            let row = base + 4 * offsets[entry]
            a0 += weight * row.loadUnaligned(fromByteOffset: 0, as: SIMD4<Float>.self)
            a1 += weight * row.loadUnaligned(fromByteOffset: 16, as: SIMD4<Float>.self)
            a2 += weight * row.loadUnaligned(fromByteOffset: 32, as: SIMD4<Float>.self)
            a3 += weight * row.loadUnaligned(fromByteOffset: 48, as: SIMD4<Float>.self)
            a4 += weight * row.loadUnaligned(fromByteOffset: 64, as: SIMD4<Float>.self)
            a5 += weight * row.loadUnaligned(fromByteOffset: 80, as: SIMD4<Float>.self)
            a6 += weight * row.loadUnaligned(fromByteOffset: 96, as: SIMD4<Float>.self)
            a7 += weight * row.loadUnaligned(fromByteOffset: 112, as: SIMD4<Float>.self)
        }
        let target = UnsafeMutableRawPointer(bag)
        target.storeBytes(of: a0, toByteOffset: 0, as: SIMD4<Float>.self)
        target.storeBytes(of: a1, toByteOffset: 16, as: SIMD4<Float>.self)
        target.storeBytes(of: a2, toByteOffset: 32, as: SIMD4<Float>.self)
        target.storeBytes(of: a3, toByteOffset: 48, as: SIMD4<Float>.self)
        target.storeBytes(of: a4, toByteOffset: 64, as: SIMD4<Float>.self)
        target.storeBytes(of: a5, toByteOffset: 80, as: SIMD4<Float>.self)
        target.storeBytes(of: a6, toByteOffset: 96, as: SIMD4<Float>.self)
        target.storeBytes(of: a7, toByteOffset: 112, as: SIMD4<Float>.self)
    }

    private static func floatChunk16(
        _ count: Int, _ offsets: UnsafePointer<Int>, _ weights: UnsafePointer<Float>,
        _ base: UnsafeRawPointer, _ bag: UnsafeMutablePointer<Float>
    ) {
        var a0 = SIMD4<Float>(), a1 = SIMD4<Float>(), a2 = SIMD4<Float>(), a3 = SIMD4<Float>()
        for entry in 0..<count {
            let weight = SIMD4<Float>(repeating: weights[entry])
            let row = base + 4 * offsets[entry]
            a0 += weight * row.loadUnaligned(fromByteOffset: 0, as: SIMD4<Float>.self)
            a1 += weight * row.loadUnaligned(fromByteOffset: 16, as: SIMD4<Float>.self)
            a2 += weight * row.loadUnaligned(fromByteOffset: 32, as: SIMD4<Float>.self)
            a3 += weight * row.loadUnaligned(fromByteOffset: 48, as: SIMD4<Float>.self)
        }
        let target = UnsafeMutableRawPointer(bag)
        target.storeBytes(of: a0, toByteOffset: 0, as: SIMD4<Float>.self)
        target.storeBytes(of: a1, toByteOffset: 16, as: SIMD4<Float>.self)
        target.storeBytes(of: a2, toByteOffset: 32, as: SIMD4<Float>.self)
        target.storeBytes(of: a3, toByteOffset: 48, as: SIMD4<Float>.self)
    }

    /// `value` is neither ±0, ±infinity nor NaN: its magnitude bits lie in
    /// `1...0x7F7F_FFFF` (one unsigned compare instead of three float classifications).
    @inline(__always)
    static func isFiniteNonZero(_ value: Float) -> Bool {
        (value.bitPattern & 0x7FFF_FFFF) &- 1 < 0x7F7F_FFFF
    }

    /// The table row of a feature index: the index itself, or reduced modulo `rows` if the
    /// caller hashed into a larger space (never out of bounds).
    @inline(__always)
    static func row(of index: UInt32, rows: Int) -> Int {
        let row = Int(index)
        return row < rows ? row : row % rows
    }
}
