import Foundation

/// The JSON header of a model file (format version 1). Encoded with sorted keys and no
/// timestamps so that serialization is byte-for-byte deterministic.
struct ModelFileHeader: Codable, Equatable {
    /// One stored tensor: its name, element type and shape, in file order.
    struct Tensor: Codable, Equatable {
        var name: String
        var dtype: String
        var shape: [Int]
    }

    var architecture: ModelArchitecture
    var featureConfiguration: [String: String]
    var trainingMetadata: [String: String]
    var thresholds: [String: Double]
    /// Names the quantization scheme so a later format can change it explicitly.
    var quantization: String
    var tensors: [Tensor]

    static let quantizationScheme = "int8-symmetric, per-row embedding scales, per-output-channel dense scales"
    static let int8 = "int8"
    static let float32 = "float32"

    /// The JSON bytes, keys sorted. Encoding plain strings, integers and finite doubles cannot
    /// fail.
    func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)).map { [UInt8]($0) } ?? []
    }

    /// Decodes a header's JSON.
    ///
    /// - Throws: ``ModelFileError/malformedHeader(_:)`` with the decoder's reason.
    static func decoded(from json: [UInt8]) throws(ModelFileError) -> ModelFileHeader {
        do {
            return try JSONDecoder().decode(ModelFileHeader.self, from: Data(json))
        } catch {
            throw .malformedHeader("JSON header: \(error)")
        }
    }

    /// Checks the architecture, that the tensor list is exactly the one it implies for
    /// `weights`, and that those tensors fill `availableBytes`; returns whether the file holds
    /// a calibration.
    ///
    /// - Throws: ``ModelFileError`` naming the first mismatch.
    func checkedLayout(weights: WeightStorage, availableBytes: Int) throws(ModelFileError) -> Bool {
        do {
            try architecture.validate()
        } catch {
            throw ModelFileError(error)
        }
        let hasCalibration = tensors.contains { $0.name.hasPrefix("calibration.") }
        let expected = Self.tensors(for: architecture, hasCalibration: hasCalibration, weights: weights)
        guard tensors == expected else { throw .shapeMismatch("tensor list does not match the architecture") }
        let tensorBytes = try ModelFileContainer.byteCount(of: expected)
        guard tensorBytes == availableBytes else {
            throw .shapeMismatch("tensors need \(tensorBytes) bytes, file holds \(availableBytes)")
        }
        return hasCalibration
    }

    /// How a file stores the learned weights: int8 codes with float32 scales (``ModelFile``),
    /// or plain float32 (``FloatWeightsFile``). Biases and calibration are float32 in both.
    enum WeightStorage {
        case int8
        case float32
    }

    /// The tensors a file of `architecture` stores, in file order.
    static func tensors(for architecture: ModelArchitecture, hasCalibration: Bool, weights: WeightStorage) -> [Tensor] {
        let (rows, dimension) = (architecture.hashSpace, architecture.embeddingDimension)
        var tensors: [Tensor]
        switch weights {
        case .int8:
            tensors = [Tensor(name: "embedding.codes", dtype: int8, shape: [rows, dimension]),
                       Tensor(name: "embedding.scales", dtype: float32, shape: [rows])]
        case .float32:
            tensors = [Tensor(name: "embedding", dtype: float32, shape: [rows, dimension])]
        }
        let widths = architecture.layerWidths
        for layer in 0..<(widths.count - 1) {
            let (input, output) = (widths[layer], widths[layer + 1])
            switch weights {
            case .int8:
                tensors.append(Tensor(name: "dense.\(layer).codes", dtype: int8, shape: [output, input]))
                tensors.append(Tensor(name: "dense.\(layer).scales", dtype: float32, shape: [output]))
            case .float32:
                tensors.append(Tensor(name: "dense.\(layer).weights", dtype: float32, shape: [output, input]))
            }
            tensors.append(Tensor(name: "dense.\(layer).bias", dtype: float32, shape: [output]))
        }
        if hasCalibration {
            let classes = architecture.classes.count
            tensors.append(Tensor(name: "calibration.scales", dtype: float32, shape: [classes]))
            tensors.append(Tensor(name: "calibration.biases", dtype: float32, shape: [classes]))
        }
        return tensors
    }

    /// Bytes the tensor occupies in the file, or `nil` on overflow or a negative dimension.
    static func byteCount(of tensor: Tensor) -> Int? {
        let elementSize: Int
        switch tensor.dtype {
        case int8: elementSize = 1
        case float32: elementSize = 4
        default: return nil
        }
        var total = elementSize
        for dimension in tensor.shape {
            guard dimension >= 0 else { return nil }
            let (product, overflow) = total.multipliedReportingOverflow(by: dimension)
            guard !overflow else { return nil }
            total = product
        }
        return total
    }
}
