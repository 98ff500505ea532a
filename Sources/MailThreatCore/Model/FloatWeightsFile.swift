import Foundation

/// The float32 weights of a trained model, kept to measure what int8 quantization changes.
///
/// The shipped ``ModelFile`` holds int8 weights only. `mailthreat train --float-weights FILE`
/// also writes the same model before quantization in this format, and
/// `MailThreatBench quantization --float-weights FILE` scores the test splits with both and
/// counts the verdicts that differ. It is a measuring aid, not a shipping format (32 MB for the
/// default architecture): thresholds and the feature configuration come from the int8 file it
/// is compared with.
///
/// Layout: the ``ModelFileContainer`` with magic `MTFLOAT\0`, version 1, the same JSON header
/// as a model file (quantization `none`), then float32 tensors `embedding`
/// (hashSpace×dim), per dense layer `dense.N.weights` (out×in) and `dense.N.bias`, and, when
/// calibrated, `calibration.scales` and `calibration.biases`. Loading checks it as
/// ``ModelFile/load(from:)-([UInt8])`` does and throws a typed ``ModelFileError``.
///
/// ```swift
/// try FloatWeightsFile.write(trained.model, to: URL(fileURLWithPath: "/tmp/float.mtweights"))
/// let float = try FloatWeightsFile.load(contentsOf: URL(fileURLWithPath: "/tmp/float.mtweights"))
/// let sameClass = Classifier(model: float).probabilities(for: features)
/// ```
public enum FloatWeightsFile {
    /// The eight bytes every float-weights file starts with: `MTFLOAT\0`.
    public static let magic: [UInt8] = Array("MTFLOAT".utf8) + [0]
    /// The format version this build writes and reads.
    public static let formatVersion: UInt32 = 1

    /// The file's bytes. Deterministic: equal models give equal bytes.
    public static func serialize(_ model: FloatModel) -> [UInt8] {
        let tensors = ModelFileHeader.tensors(
            for: model.architecture, hasCalibration: model.calibration != nil, weights: .float32)
        let header = ModelFileHeader(
            architecture: model.architecture, featureConfiguration: [:], trainingMetadata: [:], thresholds: [:],
            quantization: "none", tensors: tensors)
        var writer = ModelFileContainer.writer(magic: magic, version: formatVersion, header: header)
        writer.append(model.embedding)
        for layer in model.layers {
            writer.append(layer.weights)
            writer.append(layer.bias)
        }
        writer.append(model.calibration)
        return ModelFileContainer.sealed(writer.bytes)
    }

    /// Writes ``serialize(_:)`` to `url` atomically.
    ///
    /// - Throws: ``ModelFileError/unreadable(_:)`` with the system's reason.
    public static func write(_ model: FloatModel, to url: URL) throws(ModelFileError) {
        try ModelFileContainer.write(serialize(model), to: url)
    }

    /// Parses and validates float weights held in memory.
    ///
    /// - Throws: ``ModelFileError`` describing the first problem found.
    public static func load(from bytes: [UInt8]) throws(ModelFileError) -> FloatModel {
        try ModelFileContainer.parse(bytes, load(_:))
    }

    /// Reads, parses and validates a float-weights file.
    ///
    /// - Throws: ``ModelFileError/unreadable(_:)`` if the file cannot be read, otherwise as
    ///   ``load(from:)``.
    public static func load(contentsOf url: URL) throws(ModelFileError) -> FloatModel {
        try ModelFileContainer.parse(try ModelFileContainer.contents(of: url), load(_:))
    }

    static func load(_ buffer: UnsafeRawBufferPointer) throws(ModelFileError) -> FloatModel {
        let opened = try ModelFileContainer.open(buffer, magic: magic, version: formatVersion)
        let header = try ModelFileHeader.decoded(from: opened.header)
        let architecture = header.architecture
        let hasCalibration = try header.checkedLayout(weights: .float32, availableBytes: opened.tensorBytes)
        var reader = opened.tensors
        return try ModelFileError.reporting {
            let embedding = try reader.readFloats(architecture.hashSpace * architecture.embeddingDimension)
            let widths = architecture.layerWidths
            var layers: [DenseLayer] = []
            for layer in 0..<(widths.count - 1) {
                let (input, output) = (widths[layer], widths[layer + 1])
                layers.append(try DenseLayer(
                    inputSize: input, outputSize: output,
                    weights: try reader.readFloats(input * output), bias: try reader.readFloats(output)))
            }
            let calibration = try reader.readCalibration(classes: architecture.classes.count, present: hasCalibration)
            return try FloatModel(architecture: architecture, embedding: embedding, layers: layers, calibration: calibration)
        }
    }
}
