import Foundation
import Testing
@testable import MailThreatCore

@Suite("Float weights file")
struct FloatWeightsFileTests {
    static let model: FloatModel = {
        var model = ModelTestFixture.trained.model
        model.calibration = try? Calibration(scales: [0.9, 1, 1.1, 0.8], biases: [0.1, 0, -0.2, 0.05])
        return model
    }()
    static let bytes = FloatWeightsFile.serialize(model)

    static func loadError(_ bytes: [UInt8]) -> ModelFileError? {
        do {
            _ = try FloatWeightsFile.load(from: bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test("serialize → load gives the same weights, calibration and probabilities")
    func roundTrip() throws {
        let loaded = try FloatWeightsFile.load(from: Self.bytes)
        #expect(loaded.architecture == Self.model.architecture)
        #expect(loaded.embedding == Self.model.embedding)
        #expect(loaded.layers == Self.model.layers)
        #expect(loaded.calibration == Self.model.calibration)
        #expect(FloatWeightsFile.serialize(loaded) == Self.bytes)
        for example in ModelTestFixture.test.prefix(50) {
            #expect(Classifier(model: loaded).probabilities(for: example.features)
                == Classifier(model: Self.model).probabilities(for: example.features))
        }
    }

    @Test("an uncalibrated model round-trips without calibration tensors")
    func uncalibrated() throws {
        let plain = ModelTestFixture.trained.model
        let bytes = FloatWeightsFile.serialize(plain)
        #expect(bytes.count == Self.bytes.count - 2 * 4 * 4 - (Self.headerLength(Self.bytes) - Self.headerLength(bytes)))
        let loaded = try FloatWeightsFile.load(from: bytes)
        #expect(loaded.calibration == nil)
        #expect(loaded.embedding == plain.embedding)
    }

    @Test("magic MTFLOAT, and neither format loads as the other")
    func magicSeparatesFormats() {
        #expect(Array(Self.bytes[0..<8]) == Array("MTFLOAT".utf8) + [0])
        if case .badMagic? = Self.loadError(ModelFileTests.bytes) {} else { Issue.record("an int8 model file loaded as float weights") }
        if case .badMagic? = ModelFileTests.loadError(Self.bytes) {} else { Issue.record("float weights loaded as an int8 model file") }
    }

    @Test("a flipped byte, a cut file and a NaN weight are typed errors")
    func corruption() {
        var flipped = Self.bytes
        flipped[flipped.count / 2] ^= 0x40
        if case .checksumMismatch? = Self.loadError(flipped) {} else { Issue.record("flipped byte accepted") }
        if case .truncated? = Self.loadError(Array(Self.bytes.dropLast(100))) {} else { Issue.record("cut file accepted") }
        // Re-seal a body whose first embedding value is NaN: the checksum holds, the value does not.
        var body = Array(Self.bytes.dropLast(ModelFileContainer.checksumLength))
        let firstTensor = 24 + Self.headerLength(Self.bytes)
        withUnsafeBytes(of: Float.nan.bitPattern.littleEndian) { nan in
            for k in 0..<4 { body[firstTensor + k] = nan[k] }
        }
        if case .invalidValue? = Self.loadError(ModelFileContainer.sealed(body)) {} else { Issue.record("NaN weight accepted") }
    }

    static func headerLength(_ bytes: [UInt8]) -> Int {
        (0..<4).reduce(0) { $0 | Int(bytes[20 + $1]) << (8 * $1) }
    }
}
