/// Out-of-fold figures per corpus at the chosen threshold: what cross-validation on the train
/// splits predicts for unseen mail, recorded in the model card.
public struct CrossValidationFigures: Sendable {
    /// One corpus line.
    public struct Row: Sendable {
        public var corpus: String
        public var ham: Int
        public var hamFlagged: Int
        public var unwanted: Int
        public var unwantedFlagged: Int
    }

    /// Rows in corpus order.
    public var rows: [Row] = []

    init(examples: [LabeledExample], scores: [Double], threshold: Double) {
        var order: [String] = []
        var table: [String: Row] = [:]
        for (e, s) in zip(examples, scores) {
            if table[e.corpus] == nil {
                order.append(e.corpus)
                table[e.corpus] = Row(corpus: e.corpus, ham: 0, hamFlagged: 0, unwanted: 0, unwantedFlagged: 0)
            }
            let flagged = s >= threshold
            if e.label == "ham" {
                table[e.corpus]!.ham += 1
                if flagged { table[e.corpus]!.hamFlagged += 1 }
            } else {
                table[e.corpus]!.unwanted += 1
                if flagged { table[e.corpus]!.unwantedFlagged += 1 }
            }
        }
        rows = order.map { table[$0]! }
    }

    /// Unwanted messages flagged over all corpora, as "P % (n/N)".
    public var pooledCatch: String {
        let caught = rows.reduce(0) { $0 + $1.unwantedFlagged }
        let total = rows.reduce(0) { $0 + $1.unwanted }
        return "\(Self.percent(caught, total)) (\(caught)/\(total))"
    }

    /// Human-readable lines, counts next to percentages.
    public var lines: [String] {
        rows.map { r in
            let catchText = r.unwanted > 0 ? "catch \(Self.percent(r.unwantedFlagged, r.unwanted)) (\(r.unwantedFlagged)/\(r.unwanted))" : "catch n/a"
            let fpText = r.ham > 0 ? "ham flagged \(Self.percent(r.hamFlagged, r.ham)) (\(r.hamFlagged)/\(r.ham))" : "ham flagged n/a"
            return "\(r.corpus): \(catchText), \(fpText)"
        }
    }

    static func percent(_ a: Int, _ b: Int) -> String {
        let p = (Double(a) / Double(max(b, 1)) * 10_000).rounded() / 100
        return "\(p) %"
    }
}
