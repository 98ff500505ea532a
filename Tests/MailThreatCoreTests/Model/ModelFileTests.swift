import Foundation
import Testing
@testable import MailThreatCore

@Suite("Model file")
struct ModelFileTests {
    static let file: ModelFile = {
        var model = QuantizedModel(quantizing: ModelTestFixture.trained.model)
        model.calibration = try? Calibration(scales: [0.9, 1, 1.1, 0.8], biases: [0.1, 0, -0.2, 0.05])
        return ModelFile(
            model: model,
            featureConfiguration: ["hashSeed": "42", "hashSpace": "4096", "tokenizer": "words+urls"],
            trainingMetadata: ModelTestFixture.trained.metadata,
            thresholds: ["phish": 0.7, "spam": 0.5])
    }()
    static let bytes = file.serialize()

    /// Loads and returns the error, failing the test if loading succeeded.
    static func loadError(_ bytes: [UInt8]) -> ModelFileError? {
        do {
            _ = try ModelFile.load(from: bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test("serialize → load round-trips the model and its metadata exactly")
    func roundTrip() throws {
        let loaded = try ModelFile.load(from: Self.bytes)
        #expect(loaded.model == Self.file.model)
        #expect(loaded.featureConfiguration == Self.file.featureConfiguration)
        #expect(loaded.trainingMetadata == Self.file.trainingMetadata)
        #expect(loaded.thresholds == Self.file.thresholds)
        #expect(loaded.serialize() == Self.bytes)
        let fromData = try ModelFile.load(from: Data(Self.bytes))
        #expect(fromData.model == Self.file.model)
        let message = ModelTestFixture.test[0].features
        #expect(Classifier(file: loaded).probabilities(for: message) == Classifier(file: Self.file).probabilities(for: message))
    }

    @Test("layout: magic, version, declared length, SHA-256 trailer")
    func layout() {
        let bytes = Self.bytes
        #expect(Array(bytes[0..<8]) == [0x4D, 0x54, 0x48, 0x52, 0x45, 0x41, 0x54, 0x00])  // "MTHREAT\0"
        #expect(Array(bytes[8..<12]) == [1, 0, 0, 0])
        let declared = (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[12 + $1]) << UInt64(8 * $1) }
        #expect(declared == UInt64(bytes.count))
        // 4096×16 int8 codes + 4096 scales + dense layers + calibration, plus header and trailer.
        #expect(bytes.count > 4096 * 16 + 4096 * 4)
        let headerLength = (0..<4).reduce(0) { $0 | Int(bytes[20 + $1]) << (8 * $1) }
        let header = String(decoding: bytes[24..<(24 + headerLength)], as: UTF8.self)
        #expect(header.contains("\"classes\":[\"ham\",\"spam\",\"phish\",\"malware\"]"))
        #expect(header.contains("\"hashSeed\":\"42\""))
    }

    @Test("write and read a file on disk")
    func diskRoundTrip() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("model-file-test-\(UInt32.random(in: 0...UInt32.max)).mtm")
        defer { try? FileManager.default.removeItem(at: url) }
        try Self.file.write(to: url)
        #expect(try ModelFile.load(contentsOf: url).model == Self.file.model)
        #expect(throws: ModelFileError.self) {
            try ModelFile.load(contentsOf: url.appendingPathExtension("missing"))
        }
    }

    @Test("every truncation is a typed error")
    func truncations() {
        let bytes = Self.bytes
        var lengths = Array(0..<64) + [bytes.count - 33, bytes.count - 32, bytes.count - 1]
        lengths += stride(from: 64, to: bytes.count, by: 997).map { $0 }
        for length in lengths {
            let error = Self.loadError(Array(bytes.prefix(length)))
            switch error {
            case .truncated?: break
            default: Issue.record("length \(length): \(String(describing: error))")
            }
        }
        // Appended bytes are rejected too.
        #expect(Self.loadError(bytes + [0]) == .trailingBytes(expectedBytes: bytes.count, actualBytes: bytes.count + 1))
    }

    @Test("every bit flip is caught, and by the right check")
    func bitFlips() {
        let bytes = Self.bytes
        var random = ModelRandomGenerator(seed: 99)
        var positions = Array(0..<64) + Array((bytes.count - 40)..<bytes.count)
        positions += (0..<400).map { _ in random.nextIndex(below: bytes.count) }
        for position in positions {
            var corrupted = bytes
            corrupted[position] ^= UInt8(1) << UInt8(random.nextIndex(below: 8))
            let error = Self.loadError(corrupted)
            switch position {
            case 0..<8: #expect(error == .badMagic, "byte \(position)")
            case 8..<12:
                if case .unsupportedVersion? = error {} else { Issue.record("byte \(position): \(String(describing: error))") }
            case 12..<20:
                switch error {
                case .truncated?, .trailingBytes?, .malformedHeader?: break
                default: Issue.record("byte \(position): \(String(describing: error))")
                }
            default: #expect(error == .checksumMismatch, "byte \(position)")
            }
        }
    }

    @Test("random and foreign inputs never load")
    func garbage() {
        var random = ModelRandomGenerator(seed: 5)
        for length in [0, 1, 7, 8, 23, 56, 100, 5000] {
            let noise = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            #expect(Self.loadError(noise) != nil)
            // Valid magic and version followed by noise.
            let prefixed = ModelFile.magic + [1, 0, 0, 0] + noise
            #expect(Self.loadError(prefixed) != nil)
        }
        #expect(Self.loadError(Array("not a model".utf8)) == .badMagic)
        #expect(Self.loadError(Array("MTHR".utf8)) == .truncated(expectedBytes: 8, actualBytes: 4))
        var future = Self.bytes
        future[8] = 2
        #expect(Self.loadError(future) == .unsupportedVersion(2))
    }

    /// Rebuilds a file with a replaced JSON header (and the same tensors), correctly sealed, so
    /// that the checks behind the checksum can be reached.
    static func withHeader(_ edit: (String) -> String) -> [UInt8] {
        let bytes = Self.bytes
        let headerLength = (0..<4).reduce(0) { $0 | Int(bytes[20 + $1]) << (8 * $1) }
        let header = String(decoding: bytes[24..<(24 + headerLength)], as: UTF8.self)
        let newHeader = Array(edit(header).utf8)
        var body = Array(bytes[0..<20])
        let length = UInt32(newHeader.count)
        body += (0..<4).map { UInt8(truncatingIfNeeded: length >> UInt32(8 * $0)) }
        body += newHeader
        body += bytes[(24 + headerLength)..<(bytes.count - 32)]
        return ModelFile.sealed(body)
    }

    @Test("sealed files with a broken header or tensors give the matching typed error")
    func semanticErrors() {
        #expect(Self.loadError(Self.withHeader { $0 }) == nil)  // the helper itself is faithful

        let notJSON = Self.withHeader { _ in "{not json" }
        if case .malformedHeader? = Self.loadError(notJSON) {} else { Issue.record("bad JSON accepted") }

        let missingKey = Self.withHeader { $0.replacingOccurrences(of: "\"featureConfiguration\"", with: "\"x\"") }
        if case .malformedHeader? = Self.loadError(missingKey) {} else { Issue.record("missing key accepted") }

        let badArchitecture = Self.withHeader { $0.replacingOccurrences(of: "\"hashSpace\":4096", with: "\"hashSpace\":0") }
        if case .malformedHeader? = Self.loadError(badArchitecture) {} else { Issue.record("hash space 0 accepted") }

        let wrongShape = Self.withHeader { $0.replacingOccurrences(of: "\"hiddenLayers\":[16]", with: "\"hiddenLayers\":[17]") }
        if case .shapeMismatch? = Self.loadError(wrongShape) {} else { Issue.record("wrong shape accepted") }

        let duplicateClass = Self.withHeader { $0.replacingOccurrences(of: "\"malware\"]", with: "\"ham\"]") }
        if case .malformedHeader? = Self.loadError(duplicateClass) {} else { Issue.record("duplicate class accepted") }

        // A NaN embedding scale behind a valid checksum.
        var body = Array(Self.bytes.dropLast(32))
        let headerLength = (0..<4).reduce(0) { $0 | Int(body[20 + $1]) << (8 * $1) }
        let firstScale = 24 + headerLength + 4096 * 16
        body.replaceSubrange(firstScale..<(firstScale + 4), with: [0x00, 0x00, 0xC0, 0x7F])  // NaN
        if case .invalidValue? = Self.loadError(ModelFile.sealed(body)) {} else { Issue.record("NaN scale accepted") }
    }

    @Test("serialization is deterministic and carries no timestamp")
    func deterministicSerialization() {
        let again = ModelFile(
            model: Self.file.model, featureConfiguration: Self.file.featureConfiguration,
            trainingMetadata: Self.file.trainingMetadata, thresholds: Self.file.thresholds)
        #expect(again.serialize() == Self.bytes)
    }
}
