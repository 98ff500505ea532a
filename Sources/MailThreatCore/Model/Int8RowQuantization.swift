/// Symmetric int8 quantization of a row-major matrix with one float scale per row.
///
/// Row `r` is stored as `q[r, c] = round(x[r, c] / s[r])` clamped to `-127...127`, with
/// `s[r] = max|x[r, ·]| / 127`; it reads back as `q[r, c] · s[r]`. An all-zero row gets the
/// scale 0. Rounding is to nearest, ties to even, so the result is deterministic. The error
/// of each element is at most `s[r] / 2`, i.e. 0.4 % of the row's largest magnitude.
enum Int8RowQuantization {
    /// Quantizes `rows × width` floats; returns the int8 codes and the per-row scales.
    static func quantize(_ matrix: [Float], rows: Int, width: Int) -> (codes: [Int8], scales: [Float]) {
        precondition(rows * width == matrix.count, "internal: quantize called with a wrong shape")
        var codes = [Int8](repeating: 0, count: matrix.count)
        var scales = [Float](repeating: 0, count: rows)
        matrix.withUnsafeBufferPointer { source in
            codes.withUnsafeMutableBufferPointer { target in
                for row in 0..<rows {
                    let start = row * width
                    var largest: Float = 0
                    for column in 0..<width { largest = max(largest, abs(source[start + column])) }
                    guard largest > 0, largest.isFinite else { continue }
                    let scale = largest / 127
                    scales[row] = scale
                    for column in 0..<width {
                        let code = (source[start + column] / scale).rounded(.toNearestOrEven)
                        target[start + column] = Int8(max(-127, min(127, code)))
                    }
                }
            }
        }
        return (codes, scales)
    }

    /// Expands int8 codes back to floats, `codes[r, c] · scales[r]`.
    static func dequantize(_ codes: [Int8], scales: [Float], width: Int) -> [Float] {
        var result = [Float](repeating: 0, count: codes.count)
        guard width > 0 else { return result }
        for row in 0..<scales.count {
            let scale = scales[row]
            let start = row * width
            for column in 0..<width {
                result[start + column] = Float(codes[start + column]) * scale
            }
        }
        return result
    }
}
