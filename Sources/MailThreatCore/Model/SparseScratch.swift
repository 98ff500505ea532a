/// Reusable buffers for the sparse half of a minibatch: each message's (row, weight)
/// entries, and the embedding rows the minibatch touched with their gradients.
struct SparseScratch {
    /// Embedding row of every kept entry of the batch, message after message.
    var entryRows: [Int32] = []
    /// Normalized weight of every kept entry.
    var entryWeights: [Float] = []
    /// `entryStarts[s] ..< entryStarts[s + 1]` are message `s`'s entries.
    var entryStarts: [Int] = []
    /// Rows touched by the batch, in first-seen order.
    var touchedRows: [Int32] = []
    /// `touchedRows.count × dimension` gradients, one row per touched row.
    var rowGradients: [Float] = []
    /// For each embedding row, its slot in `touchedRows`, or -1 (reset after every batch).
    var slotOfRow: [Int32]

    init(rows: Int) {
        slotOfRow = [Int32](repeating: -1, count: rows)
    }
}
