/// One labelled message of a corpus, reduced to what training needs.
public struct LabeledExample: Sendable {
    /// The message path (as in the corpus index).
    public var path: String
    /// The corpus name (the folder's last component).
    public var corpus: String
    /// The label column (`ham`, `spam`, `phish`, `fraud`, `malware`).
    public var label: String
    /// The hashed features.
    public var features: SparseFeatures
    /// Messages with the same key go to the same cross-validation fold: the subject's letters,
    /// lower-cased, with reply/forward prefixes removed (near-duplicate campaigns share it), or
    /// the path when the subject has fewer than 8 letters.
    public var groupKey: String
    /// The Date field as seconds since 1970 (nil when absent or unparsable). Used only to order
    /// messages for the forward-in-time holdout, never as a feature.
    public var date: Int64?

    /// The grouping key for a subject (see ``groupKey``).
    static func groupKey(subject: String, path: String) -> String {
        var s = subject.lowercased()[...]
        while true {
            let trimmed = s.drop { $0 == " " }
            if let p = ["re:", "fw:", "fwd:", "aw:", "wg:"].first(where: { trimmed.hasPrefix($0) }) {
                s = trimmed.dropFirst(p.count)
            } else { s = trimmed; break }
        }
        let letters = String(s.unicodeScalars.filter { $0.properties.isAlphabetic }.map(Character.init))
        return letters.count >= 8 ? "s:" + letters : "p:" + path
    }
}

/// Reads labelled corpus folders and extracts features from one split, in parallel and in a
/// deterministic order.
public enum LabeledCorpusLoader {
    /// Loads `split` (`train`, `test` or `all`) of every folder, in folder then index order.
    public static func load(folders: [String], split: String, extractor: FeatureExtractor,
                            limits: ParseLimits = ParseLimits(), workers: Int = 2) throws -> [LabeledExample] {
        var rows: [(corpus: String, entry: CorpusIndex.Entry)] = []
        for folder in folders {
            let corpus = try CorpusIndex(folder: folder)
            for entry in corpus.entries(split: split) { rows.append((corpus.name, entry)) }
        }
        let frozen = rows
        let extracted = ParallelMap.map(count: frozen.count, workers: workers) { i -> (SparseFeatures, String, Int64?) in
            let bytes = (try? frozen[i].entry.read()) ?? []
            let content = MessageContent(message: MIMEParser(limits: limits).parse(bytes))
            return (extractor.features(for: content), LabeledExample.groupKey(subject: content.subject, path: frozen[i].entry.path),
                    content.date?.timestamp)
        }
        return zip(frozen, extracted).map {
            LabeledExample(path: $0.entry.path, corpus: $0.corpus, label: $0.entry.label, features: $1.0, groupKey: $1.1,
                           date: $1.2)
        }
    }
}
