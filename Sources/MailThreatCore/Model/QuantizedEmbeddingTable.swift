/// The embedding table in int8 with one float scale per row (per hashed feature).
///
/// Row `r` reads back as `codes[r·dimension ..< (r+1)·dimension] · scales[r]`. The table stays
/// int8 in memory at inference: ``Classifier`` dequantizes each row while summing the bag,
/// folding `scales[r]` into the feature's weight, so a 2¹⁸ × 32 table costs 8 MiB + 1 MiB.
public struct QuantizedEmbeddingTable: Sendable, Hashable {
    /// Number of rows (the hash space).
    public let rows: Int
    /// Width of a row (the embedding dimension).
    public let dimension: Int
    /// Row-major `rows × dimension` int8 codes in `-127...127`.
    public let codes: [Int8]
    /// One non-negative scale per row; 0 marks a row that is entirely zero.
    public let scales: [Float]

    /// Creates a table after checking sizes and scales.
    ///
    /// - Throws: ``ModelValidationError`` for wrong sizes or a negative/non-finite scale.
    public init(rows: Int, dimension: Int, codes: [Int8], scales: [Float]) throws(ModelValidationError) {
        guard rows > 0, dimension > 0,
            rows.multipliedReportingOverflow(by: dimension) == (codes.count, false)
        else {
            throw .shapeMismatch("embedding codes hold \(codes.count) values, expected \(rows)×\(dimension)")
        }
        guard scales.count == rows else {
            throw .shapeMismatch("embedding has \(scales.count) row scales, expected \(rows)")
        }
        guard scales.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw .invalidValue("embedding row scale is negative or not finite")
        }
        self.init(unchecked: rows, dimension: dimension, codes: codes, scales: scales)
    }

    init(unchecked rows: Int, dimension: Int, codes: [Int8], scales: [Float]) {
        self.rows = rows
        self.dimension = dimension
        self.codes = codes
        self.scales = scales
    }

    /// Quantizes a float table of `rows × dimension` values.
    init(quantizing table: [Float], rows: Int, dimension: Int) {
        let (codes, scales) = Int8RowQuantization.quantize(table, rows: rows, width: dimension)
        self.init(unchecked: rows, dimension: dimension, codes: codes, scales: scales)
    }

    /// The table expanded back to float32.
    public func dequantized() -> [Float] {
        Int8RowQuantization.dequantize(codes, scales: scales, width: dimension)
    }
}
