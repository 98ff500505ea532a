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

    /// The tensors of a ``FloatWeightsFile`` for `architecture`, in file order: every weight
    /// in float32.
    static func floatTensors(for architecture: ModelArchitecture, hasCalibration: Bool) -> [Tensor] {
        var tensors = [Tensor(name: "embedding", dtype: float32, shape: [architecture.hashSpace, architecture.embeddingDimension])]
        let widths = architecture.layerWidths
        for layer in 0..<(widths.count - 1) {
            let (input, output) = (widths[layer], widths[layer + 1])
            tensors.append(Tensor(name: "dense.\(layer).weights", dtype: float32, shape: [output, input]))
            tensors.append(Tensor(name: "dense.\(layer).bias", dtype: float32, shape: [output]))
        }
        if hasCalibration {
            let classes = architecture.classes.count
            tensors.append(Tensor(name: "calibration.scales", dtype: float32, shape: [classes]))
            tensors.append(Tensor(name: "calibration.biases", dtype: float32, shape: [classes]))
        }
        return tensors
    }

    /// The tensors a model of `architecture` stores, in file order.
    static func expectedTensors(for architecture: ModelArchitecture, hasCalibration: Bool) -> [Tensor] {
        var tensors = [
            Tensor(name: "embedding.codes", dtype: int8, shape: [architecture.hashSpace, architecture.embeddingDimension]),
            Tensor(name: "embedding.scales", dtype: float32, shape: [architecture.hashSpace]),
        ]
        let widths = architecture.layerWidths
        for layer in 0..<(widths.count - 1) {
            let (input, output) = (widths[layer], widths[layer + 1])
            tensors.append(Tensor(name: "dense.\(layer).codes", dtype: int8, shape: [output, input]))
            tensors.append(Tensor(name: "dense.\(layer).scales", dtype: float32, shape: [output]))
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
