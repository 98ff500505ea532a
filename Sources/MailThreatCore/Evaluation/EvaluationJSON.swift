import Foundation

/// JSON coding for evaluation results (`--json FILE`): every figure, keys sorted, and non-finite
/// scores (a classifier may emit ±∞ or NaN) written as the strings `"inf"`, `"-inf"`, `"nan"`
/// instead of failing the encode.
///
/// ```swift
/// let data = try EvaluationJSON.makeEncoder().encode(evaluations)
/// let back = try EvaluationJSON.makeDecoder().decode([CorpusEvaluation].self, from: data)
/// ```
public enum EvaluationJSON {
    /// A pretty-printing encoder with sorted keys and string-coded non-finite numbers.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    /// The matching decoder.
    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }
}
