/// Appends little-endian scalars and tensors to a growing byte array: the model file writer.
struct ModelFileWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func append(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }

    mutating func append(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    mutating func append(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    mutating func append(_ values: [Int8]) {
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ values: [Float]) {
        for value in values { append(value.bitPattern) }
    }

    /// Appends a calibration's scales then biases, when there is one.
    mutating func append(_ calibration: Calibration?) {
        guard let calibration else { return }
        append(calibration.scales)
        append(calibration.biases)
    }
}
