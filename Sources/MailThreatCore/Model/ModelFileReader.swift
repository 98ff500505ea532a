/// Reads little-endian scalars and tensors from a byte buffer with bounds checks: running
/// past the end throws ``ModelFileError/truncated(expectedBytes:actualBytes:)``, never traps.
struct ModelFileReader {
    let buffer: UnsafeRawBufferPointer
    private(set) var offset: Int

    init(_ buffer: UnsafeRawBufferPointer, offset: Int = 0) {
        self.buffer = buffer
        self.offset = offset
    }

    private mutating func take(_ count: Int) throws(ModelFileError) -> UnsafeRawBufferPointer {
        let (end, overflow) = offset.addingReportingOverflow(count)
        guard count >= 0, !overflow, end <= buffer.count else {
            throw .truncated(expectedBytes: overflow ? Int.max : end, actualBytes: buffer.count)
        }
        defer { offset = end }
        return UnsafeRawBufferPointer(rebasing: buffer[offset..<end])
    }

    mutating func readUInt32() throws(ModelFileError) -> UInt32 {
        let raw = try take(4)
        var value: UInt32 = 0
        for index in 0..<4 { value |= UInt32(raw[index]) << UInt32(8 * index) }
        return value
    }

    mutating func readUInt64() throws(ModelFileError) -> UInt64 {
        let raw = try take(8)
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(raw[index]) << UInt64(8 * index) }
        return value
    }

    mutating func readBytes(_ count: Int) throws(ModelFileError) -> [UInt8] {
        Array(try take(count))
    }

    mutating func readInt8s(_ count: Int) throws(ModelFileError) -> [Int8] {
        let raw = try take(count)
        return [Int8](unsafeUninitializedCapacity: count) { target, initialized in
            if count > 0 { UnsafeMutableRawBufferPointer(target).copyMemory(from: raw) }
            initialized = count
        }
    }

    mutating func readFloats(_ count: Int) throws(ModelFileError) -> [Float] {
        let (byteCount, overflow) = count.multipliedReportingOverflow(by: 4)
        guard !overflow else { throw .truncated(expectedBytes: Int.max, actualBytes: buffer.count) }
        let raw = try take(byteCount)
        return [Float](unsafeUninitializedCapacity: count) { target, initialized in
            for index in 0..<count {
                let base = 4 * index
                let bits = UInt32(raw[base]) | UInt32(raw[base + 1]) << 8
                    | UInt32(raw[base + 2]) << 16 | UInt32(raw[base + 3]) << 24
                target[index] = Float(bitPattern: bits)
            }
            initialized = count
        }
    }

    /// Reads a calibration's scales then biases for `classes` classes, when `present`.
    mutating func readCalibration(classes: Int, present: Bool) throws -> Calibration? {
        guard present else { return nil }
        return try Calibration(scales: try readFloats(classes), biases: try readFloats(classes))
    }
}
