import MailThreatCore

/// Runs a classifier over a loaded corpus on every core and returns the evaluation inputs.
///
/// The classifier is any closure from raw bytes to a ``MessageVerdict``, so the accuracy run
/// does not depend on how verdicts are produced (composed pipeline, scanner, rules).
///
/// ```swift
/// let scored = CorpusClassification.run(corpus, progress: progress) { bytes in pipeline.scan(bytes, model: model) }
/// let evaluation = CorpusEvaluation.compute(corpus: corpus.name, messages: scored)
/// ```
enum CorpusClassification {
    /// Messages handed to the workers between two progress updates.
    static let progressBatch = 512

    /// Classifies every message of `corpus`; results are in corpus order.
    static func run(_ corpus: LoadedCorpus, progress: ProgressReporter,
                    classify: @escaping @Sendable ([UInt8]) -> MessageVerdict) -> [ScoredMessage] {
        let messages = corpus.messages
        var scored: [ScoredMessage] = []
        scored.reserveCapacity(messages.count)
        var start = 0
        while start < messages.count {
            progress.update("classifying \(corpus.name)", done: start, total: messages.count)
            let end = min(messages.count, start + progressBatch)
            let tally = SharedTally<ScoredMessage?>(count: end - start, initial: nil)
            let batchStart = start
            ParallelWork.forEachChunk(count: end - start, chunk: 8) { range in
                let results = range.map { offset -> ScoredMessage? in
                    let message = messages[batchStart + offset]
                    return classify(message.bytes).scored(path: message.indexPath, label: message.label)
                }
                tally.store(results, from: range.lowerBound)
            }
            scored += tally.values.compactMap { $0 }
            start = end
        }
        progress.update("classifying \(corpus.name)", done: messages.count, total: messages.count)
        progress.finish()
        return scored
    }
}
