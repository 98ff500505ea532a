import Crypto
import Foundation

/// The container ``ModelFile`` and ``FloatWeightsFile`` share (all integers little-endian):
///
/// | offset | size | content |
/// | --- | --- | --- |
/// | 0 | 8 | magic (`MTHREAT\0` or `MTFLOAT\0`) |
/// | 8 | 4 | format version (`UInt32`) |
/// | 12 | 8 | total file length `L` in bytes, checksum included (`UInt64`) |
/// | 20 | 4 | header length `H` (`UInt32`) |
/// | 24 | H | UTF-8 JSON header |
/// | 24+H | … | the tensors, packed |
/// | L−32 | 32 | SHA-256 of bytes `0 ..< L−32` |
enum ModelFileContainer {
    /// Bytes before the JSON header: magic, version, total length, header length.
    static let prefixLength = 24
    /// Bytes of the trailing SHA-256.
    static let checksumLength = 32

    /// The prefix and the JSON of `header` (its tensor list sizes the buffer); append the
    /// tensors in that order, then ``sealed(_:)``.
    static func writer(magic: [UInt8], version: UInt32, header: ModelFileHeader) -> ModelFileWriter {
        let json = header.encoded()
        let tensorBytes = header.tensors.reduce(0) { $0 + (ModelFileHeader.byteCount(of: $1) ?? 0) }
        var writer = ModelFileWriter(capacity: prefixLength + json.count + tensorBytes + checksumLength)
        writer.append(magic)
        writer.append(version)
        writer.append(UInt64(0))  // total length, patched by sealed(_:)
        writer.append(UInt32(json.count))
        writer.append(json)
        return writer
    }

    /// Completes a file body (prefix, header and tensors): patches the total length at offset
    /// 12 and appends the SHA-256 of everything before it.
    static func sealed(_ body: [UInt8]) -> [UInt8] {
        var bytes = body
        let total = UInt64(bytes.count + checksumLength)
        if bytes.count >= 20 {
            for index in 0..<8 { bytes[12 + index] = UInt8(truncatingIfNeeded: total >> UInt64(8 * index)) }
        }
        let digest = bytes.withUnsafeBytes { SHA256.hash(data: $0) }
        bytes.append(contentsOf: digest)
        return bytes
    }

    /// An opened container: its JSON header and a reader at the first tensor byte.
    struct Opened {
        /// The header's UTF-8 JSON.
        var header: [UInt8]
        /// Reads the tensors; it ends before the checksum.
        var tensors: ModelFileReader
        /// Bytes left for the tensors.
        var tensorBytes: Int
    }

    /// Checks, in order, the magic, the version, the declared length against the actual length
    /// and the SHA-256, then reads the header.
    ///
    /// - Throws: ``ModelFileError`` naming the first problem.
    static func open(_ buffer: UnsafeRawBufferPointer, magic: [UInt8], version expectedVersion: UInt32)
        throws(ModelFileError) -> Opened
    {
        let actual = buffer.count
        let magicLength = magic.count
        guard zip(buffer.prefix(magicLength), magic).allSatisfy({ $0 == $1 }) else { throw .badMagic }
        guard actual >= magicLength else { throw .truncated(expectedBytes: magicLength, actualBytes: actual) }

        var reader = ModelFileReader(buffer, offset: magicLength)
        let version = try reader.readUInt32()
        guard version == expectedVersion else { throw .unsupportedVersion(version) }
        guard actual >= prefixLength + checksumLength else {
            throw .truncated(expectedBytes: prefixLength + checksumLength, actualBytes: actual)
        }
        let declared = try reader.readUInt64()
        guard declared >= UInt64(prefixLength + checksumLength), declared <= UInt64(Int.max) else {
            throw .malformedHeader("declared file length \(declared) is impossible")
        }
        let total = Int(declared)
        guard total <= actual else { throw .truncated(expectedBytes: total, actualBytes: actual) }
        guard total == actual else { throw .trailingBytes(expectedBytes: total, actualBytes: actual) }

        let content = UnsafeRawBufferPointer(rebasing: buffer[0..<(total - checksumLength)])
        let digest = SHA256.hash(data: content)
        guard digest.elementsEqual(buffer[(total - checksumLength)...]) else { throw .checksumMismatch }

        let headerLength = Int(try reader.readUInt32())
        guard headerLength <= content.count - prefixLength else {
            throw .malformedHeader("header length \(headerLength) exceeds the file")
        }
        let header = try reader.readBytes(headerLength)
        return Opened(header: header, tensors: ModelFileReader(content, offset: reader.offset),
                      tensorBytes: content.count - reader.offset)
    }

    /// Bytes `tensors` need, or a ``ModelFileError/shapeMismatch(_:)`` on overflow.
    static func byteCount(of tensors: [ModelFileHeader.Tensor]) throws(ModelFileError) -> Int {
        var total = 0
        for tensor in tensors {
            guard let size = ModelFileHeader.byteCount(of: tensor) else {
                throw .shapeMismatch("tensor \(tensor.name) is too large")
            }
            let (sum, overflow) = total.addingReportingOverflow(size)
            guard !overflow else { throw .shapeMismatch("tensors are too large") }
            total = sum
        }
        return total
    }

    // MARK: - Files and buffers

    /// Writes `bytes` to `url` atomically.
    ///
    /// - Throws: ``ModelFileError/unreadable(_:)`` with the system's reason.
    static func write(_ bytes: [UInt8], to url: URL) throws(ModelFileError) {
        do {
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw .unreadable("\(url.path): \(error)")
        }
    }

    /// The bytes of the file at `url`.
    ///
    /// - Throws: ``ModelFileError/unreadable(_:)`` with the system's reason.
    static func contents(of url: URL) throws(ModelFileError) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .unreadable("\(url.path): \(error)")
        }
    }

    /// Runs a typed-throwing `parse` over the raw bytes of `bytes` (an array or `Data`).
    static func parse<Value>(
        _ bytes: some ContiguousBytes, _ parse: (UnsafeRawBufferPointer) throws(ModelFileError) -> Value
    ) throws(ModelFileError) -> Value {
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(ModelFileError) -> Value in try parse(buffer) }
        }.get()
    }
}
