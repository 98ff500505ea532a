/// Human-readable signals behind a verdict: the non-lexical features (link, sender, attachment,
/// layout and structure features) that pushed the unwanted score up the most.
///
/// Each candidate feature is removed in turn and the message re-scored (leave-one-out); the
/// features whose removal lowers the unwanted score most are the reasons. This costs one
/// inference per candidate (batched through `sgemm`), so it runs only for flagged messages and
/// looks at no more than ``maxCandidates`` features.
enum VerdictReasons {
    /// Features tried per message at most.
    static let maxCandidates = 32

    static func signals(in content: MessageContent, features: SparseFeatures, model: DetectionModel,
                        baseScore: Double, limit: Int) -> [String] {
        var candidates: [(name: String, index: UInt32)] = []
        var seen = Set<UInt32>()
        for feature in model.extractor.signalFeatures(for: content) where seen.insert(feature.index).inserted {
            candidates.append((feature.name, feature.index))
        }
        let tried = Array(candidates.prefix(maxCandidates))
        let reducedBatch = tried.map { candidate -> SparseFeatures in
            var reduced = features
            var kept = 0
            for i in 0..<reduced.count where reduced.indices[i] != candidate.index {
                reduced.indices[kept] = reduced.indices[i]
                reduced.values[kept] = reduced.values[i]
                kept += 1
            }
            reduced.indices.removeLast(reduced.indices.count - kept)
            reduced.values.removeLast(reduced.values.count - kept)
            return reduced
        }
        var effects: [(name: String, drop: Double)] = []
        for (candidate, p) in zip(tried, model.classifier.probabilities(for: reducedBatch)) {
            let drop = baseScore - Double(max(0, 1 - p[model.hamIndex]))
            if drop > 0 { effects.append((candidate.name, drop)) }
        }
        return effects.sorted { $0.drop > $1.drop || ($0.drop == $1.drop && $0.name < $1.name) }
            .prefix(limit).map { "\($0.name) (+\(MailThreatScanner.format($0.drop)))" }
    }
}
