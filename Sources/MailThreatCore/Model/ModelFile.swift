import Foundation

/// A MailThreat model on disk: versioned, self-describing, checksummed.
///
/// ## Layout (format version 1; all integers little-endian; the container is
/// ``ModelFileContainer``)
///
/// | offset | size | content |
/// | --- | --- | --- |
/// | 0 | 8 | magic `MTHREAT\0` |
/// | 8 | 4 | format version (`UInt32`, currently 1) |
/// | 12 | 8 | total file length `L` in bytes, checksum included (`UInt64`) |
/// | 20 | 4 | header length `H` (`UInt32`) |
/// | 24 | H | UTF-8 JSON header, keys sorted: architecture (hash space, embedding dimension, hidden layers, class names, bag normalization), `featureConfiguration`, `trainingMetadata`, `thresholds`, quantization scheme and the tensor list (name, dtype, shape) |
/// | 24+H | … | the tensors in header order, packed: int8 codes as bytes, float32 as IEEE-754 bits |
/// | L−32 | 32 | SHA-256 of bytes `0 ..< L−32` |
///
/// Tensors: `embedding.codes` (int8, hashSpace×dim), `embedding.scales` (float32, per row),
/// then per dense layer `dense.N.codes` (int8, out×in), `dense.N.scales` (float32, per output
/// channel), `dense.N.bias` (float32), and, when calibrated, `calibration.scales` and
/// `calibration.biases` (float32, per class).
///
/// ## Validation
///
/// ``load(from:)-([UInt8])`` checks, in order: magic, version, declared length against the
/// actual length, the SHA-256, the JSON header and architecture limits, the tensor list
/// against the architecture, then every scale and bias. Any failure is a typed
/// ``ModelFileError``; no input makes it crash, and nothing is allocated beyond the input's
/// own size.
///
/// ## Determinism
///
/// ``serialize()`` has no timestamps and writes the JSON with sorted keys, so the same model
/// and metadata always give the same bytes.
///
/// ```swift
/// let file = ModelFile(
///     model: QuantizedModel(quantizing: trained.model),
///     featureConfiguration: ["seed": "42", "hashSpace": "262144"],
///     trainingMetadata: trained.metadata)
/// try file.write(to: URL(fileURLWithPath: "Models/mailthreat.mtm"))
/// let loaded = try ModelFile.load(contentsOf: URL(fileURLWithPath: "Models/mailthreat.mtm"))
/// ```
public struct ModelFile: Sendable {
    /// The eight bytes every model file starts with: `MTHREAT\0`.
    public static let magic: [UInt8] = Array("MTHREAT".utf8) + [0]
    /// The format version this build writes and reads.
    public static let formatVersion: UInt32 = 1
    /// The quantized weights, class list and calibration.
    public var model: QuantizedModel
    /// The feature extractor's settings (hash seed, space size, tokenizer options, …), opaque
    /// to the model and stored verbatim so inference can refuse a mismatched extractor.
    public var featureConfiguration: [String: String]
    /// How the model was trained (options, data sizes, losses); no timestamps, for determinism.
    public var trainingMetadata: [String: String]
    /// Decision thresholds keyed by class name (or any key the caller chooses).
    public var thresholds: [String: Double]

    /// Bundles a model with its metadata for writing.
    public init(
        model: QuantizedModel,
        featureConfiguration: [String: String] = [:],
        trainingMetadata: [String: String] = [:],
        thresholds: [String: Double] = [:]
    ) {
        self.model = model
        self.featureConfiguration = featureConfiguration
        self.trainingMetadata = trainingMetadata
        self.thresholds = thresholds
    }

    // MARK: - Writing

    /// The file's bytes. Deterministic: equal inputs give equal bytes.
    ///
    /// Non-finite thresholds cannot be represented in JSON and are left out.
    public func serialize() -> [UInt8] {
        let header = ModelFileHeader(
            architecture: model.architecture,
            featureConfiguration: featureConfiguration,
            trainingMetadata: trainingMetadata,
            thresholds: thresholds.filter { $0.value.isFinite },
            quantization: ModelFileHeader.quantizationScheme,
            tensors: ModelFileHeader.tensors(
                for: model.architecture, hasCalibration: model.calibration != nil, weights: .int8))
        var writer = ModelFileContainer.writer(magic: Self.magic, version: Self.formatVersion, header: header)
        writer.append(model.embedding.codes)
        writer.append(model.embedding.scales)
        for layer in model.layers {
            writer.append(layer.codes)
            writer.append(layer.scales)
            writer.append(layer.bias)
        }
        writer.append(model.calibration)
        return Self.sealed(writer.bytes)
    }

    /// Completes a file body (see ``ModelFileContainer/sealed(_:)``).
    static func sealed(_ body: [UInt8]) -> [UInt8] { ModelFileContainer.sealed(body) }

    /// Writes ``serialize()`` to `url` atomically.
    ///
    /// - Throws: ``ModelFileError/unreadable(_:)`` with the system's reason.
    public func write(to url: URL) throws(ModelFileError) {
        try ModelFileContainer.write(serialize(), to: url)
    }

    // MARK: - Loading

    /// Parses and validates a model file held in memory.
    ///
    /// - Throws: ``ModelFileError`` describing the first problem found.
    public static func load(from bytes: [UInt8]) throws(ModelFileError) -> ModelFile {
        try ModelFileContainer.parse(bytes, load(_:))
    }

    /// Parses and validates a model file held in `Data`.
    ///
    /// - Throws: ``ModelFileError`` describing the first problem found.
    public static func load(from data: Data) throws(ModelFileError) -> ModelFile {
        try ModelFileContainer.parse(data, load(_:))
    }

    /// Reads, parses and validates a model file.
    ///
    /// - Throws: ``ModelFileError/unreadable(_:)`` if the file cannot be read, otherwise as
    ///   ``load(from:)-([UInt8])``.
    public static func load(contentsOf url: URL) throws(ModelFileError) -> ModelFile {
        try load(from: try ModelFileContainer.contents(of: url))
    }

    static func load(_ buffer: UnsafeRawBufferPointer) throws(ModelFileError) -> ModelFile {
        let opened = try ModelFileContainer.open(buffer, magic: magic, version: formatVersion)
        let header = try ModelFileHeader.decoded(from: opened.header)

        let architecture = header.architecture
        let hasCalibration = try header.checkedLayout(weights: .int8, availableBytes: opened.tensorBytes)
        var tensors = opened.tensors
        let model = try readModel(architecture: architecture, hasCalibration: hasCalibration, from: &tensors)
        return ModelFile(
            model: model, featureConfiguration: header.featureConfiguration,
            trainingMetadata: header.trainingMetadata, thresholds: header.thresholds)
    }

    private static func readModel(
        architecture: ModelArchitecture, hasCalibration: Bool, from reader: inout ModelFileReader
    ) throws(ModelFileError) -> QuantizedModel {
        let (rows, dimension) = (architecture.hashSpace, architecture.embeddingDimension)
        return try ModelFileError.reporting {
            let embedding = try QuantizedEmbeddingTable(
                rows: rows, dimension: dimension,
                codes: try reader.readInt8s(rows * dimension), scales: try reader.readFloats(rows))
            let widths = architecture.layerWidths
            var layers: [QuantizedDenseLayer] = []
            for layer in 0..<(widths.count - 1) {
                let (input, output) = (widths[layer], widths[layer + 1])
                layers.append(
                    try QuantizedDenseLayer(
                        inputSize: input, outputSize: output,
                        codes: try reader.readInt8s(input * output),
                        scales: try reader.readFloats(output), bias: try reader.readFloats(output)))
            }
            let calibration = try reader.readCalibration(classes: architecture.classes.count, present: hasCalibration)
            return try QuantizedModel(
                architecture: architecture, embedding: embedding, layers: layers, calibration: calibration)
        }
    }
}
