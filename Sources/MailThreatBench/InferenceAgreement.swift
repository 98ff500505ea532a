import MailThreatCore

/// How closely the three inference paths agree on the same messages: the batch BLAS path
/// (`sgemm`), the single-message BLAS path (`sgemv`) and the plain Swift loop.
struct InferenceAgreement: Codable, Sendable, Hashable {
    /// Messages compared.
    let messages: Int
    /// Largest |p_batch − p_loop| over every class of every message.
    let maxBatchVersusLoop: Double
    /// Largest |p_single − p_loop|.
    let maxSingleVersusLoop: Double
    /// Messages whose most probable class differs between the batch path and the loop.
    let classDisagreements: Int

    /// Compares the paths on `features` (`batchSize` messages per `sgemm` call).
    static func measure(_ classifier: Classifier, features: [SparseFeatures]) -> InferenceAgreement {
        let batch = classifier.probabilities(for: features)
        var maxBatch = 0.0
        var maxSingle = 0.0
        var disagreements = 0
        for (index, message) in features.enumerated() {
            let loop = classifier.probabilitiesReference(for: message)
            let single = classifier.probabilities(for: message)
            let batched = index < batch.count ? batch[index] : []
            for k in loop.indices {
                if k < batched.count { maxBatch = max(maxBatch, Double(abs(batched[k] - loop[k]))) }
                if k < single.count { maxSingle = max(maxSingle, Double(abs(single[k] - loop[k]))) }
            }
            if argmax(batched) != argmax(loop) { disagreements += 1 }
        }
        return InferenceAgreement(messages: features.count, maxBatchVersusLoop: maxBatch,
                                  maxSingleVersusLoop: maxSingle, classDisagreements: disagreements)
    }

    private static func argmax(_ values: [Float]) -> Int {
        var best = 0
        for index in values.indices where values[index] > values[best] { best = index }
        return best
    }
}
