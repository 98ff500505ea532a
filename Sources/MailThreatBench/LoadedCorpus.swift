import MailThreatCore

/// The messages of one corpus split, read into memory before anything is timed.
///
/// ```swift
/// let corpus = try LoadedCorpus.load(folder: ".corpora/spamassassin", split: "test", progress: progress)
/// print(corpus.name, corpus.messages.count, corpus.totalBytes)
/// ```
struct LoadedCorpus: Sendable {
    /// One message with its label.
    struct Message: Sendable {
        /// Full path (folder + index path), as given to the CPython reference.
        let path: String
        /// The path as written in `index.tsv` (`msgs/000123.eml`), for reports.
        let indexPath: String
        /// The label column (`""` for folders without an index).
        let label: String
        /// The raw bytes.
        let bytes: [UInt8]
    }

    /// The corpus name (folder's last component).
    let name: String
    /// The folder as given.
    let folder: String
    /// The split read (`train`, `test` or `all`).
    let split: String
    /// The messages, in index order.
    let messages: [Message]

    /// Raw bytes of every message.
    var totalBytes: Int { messages.reduce(0) { $0 + $1.bytes.count } }
    /// Index path and size of each message, to name the slowest ones.
    var itemNames: [(path: String, bytes: Int)] { messages.map { ($0.indexPath, $0.bytes.count) } }
    /// Just the bytes, for stages.
    var byteArrays: [[UInt8]] { messages.map(\.bytes) }

    /// Reads a corpus folder (with `index.tsv`: the rows of `split`) or any other folder or
    /// file (every message, unlabelled).
    static func load(folder: String, split: String, progress: ProgressReporter) throws -> LoadedCorpus {
        var rows: [(path: String, indexPath: String, label: String)] = []
        let name: String
        if CorpusIndex.isCorpus(folder) {
            let index = try CorpusIndex(folder: folder)
            name = index.name
            let prefix = MessagePaths.join(folder, "")
            for entry in index.entries(split: split) {
                let relative = entry.path.hasPrefix(prefix) ? String(entry.path.dropFirst(prefix.count)) : entry.path
                rows.append((entry.path, relative, entry.label))
            }
        } else {
            name = folder.split(separator: "/").last.map(String.init) ?? folder
            for path in try MessagePaths.expand([folder]) { rows.append((path, path, "")) }
        }
        var messages: [Message] = []
        messages.reserveCapacity(rows.count)
        for (position, row) in rows.enumerated() {
            if position % 256 == 0 { progress.update("reading \(name)", done: position, total: rows.count) }
            messages.append(Message(path: row.path, indexPath: row.indexPath, label: row.label,
                                    bytes: try MessagePaths.readFile(row.path)))
        }
        progress.update("reading \(name)", done: rows.count, total: rows.count)
        progress.finish()
        return LoadedCorpus(name: name, folder: folder, split: split, messages: messages)
    }
}
