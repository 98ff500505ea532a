import Foundation

/// A labelled corpus folder: `index.tsv` (`path<TAB>label<TAB>split`) plus the messages it names,
/// as laid out by `../shared/corpora/unpack`.
///
/// ```swift
/// let corpus = try CorpusIndex(folder: ".corpora/spamassassin")
/// for entry in corpus.entries(split: "test") { let bytes = try entry.read() }
/// ```
public struct CorpusIndex: Sendable {
    /// One row of `index.tsv`.
    public struct Entry: Sendable, Hashable {
        /// The message path as the MIME-summary contract builds it (folder + `/` + first column).
        public var path: String
        /// The label column (`ham`, `spam`, `phish`, `fraud`, `malware`).
        public var label: String
        /// The split column (`train` or `test`).
        public var split: String

        /// Reads the message bytes.
        public func read() throws -> [UInt8] { try MessagePaths.readFile(path) }
    }

    /// Errors reading a corpus folder.
    public enum Failure: Error, CustomStringConvertible, Sendable {
        case unreadable(String)
        case badHeader(String)

        public var description: String {
            switch self {
            case .unreadable(let p): return "cannot read \(p)"
            case .badHeader(let p): return "\(p): first row must be the header path<TAB>label<TAB>split"
            }
        }
    }

    /// The folder, as given.
    public let folder: String
    /// Every row, in file order.
    public let entries: [Entry]

    /// The corpus name: the folder's last path component.
    public var name: String { URL(fileURLWithPath: folder).lastPathComponent }

    /// Reads `folder/index.tsv`.
    public init(folder: String) throws {
        self.folder = folder
        let indexPath = MessagePaths.join(folder, "index.tsv")
        guard let data = FileManager.default.contents(atPath: indexPath) else { throw Failure.unreadable(indexPath) }
        var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        guard let header = lines.first, header.split(separator: "\t").first?.trimmingCharacters(in: .whitespaces) == "path" else {
            throw Failure.badHeader(indexPath)
        }
        var entries: [Entry] = []
        for line in lines.dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            entries.append(Entry(path: MessagePaths.join(folder, cols[0]),
                                 label: cols.count > 1 ? cols[1] : "",
                                 split: cols.count > 2 ? cols[2] : ""))
        }
        self.entries = entries
    }

    /// The rows of one split (`"all"` for every row).
    public func entries(split: String) -> [Entry] {
        split == "all" ? entries : entries.filter { $0.split == split }
    }

    /// True when `folder` holds an `index.tsv`.
    public static func isCorpus(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: MessagePaths.join(folder, "index.tsv"))
    }
}

/// Expands command-line PATH arguments into message paths exactly as the MIME-summary contract
/// (`../shared/tools/README.md` section 2) does: files verbatim; folders with `index.tsv` by
/// their rows; other folders by their entries sorted by name bytes, dot-names skipped, sub-folders
/// recursively (symlinked folders not followed).
public enum MessagePaths {
    /// `base + rel`, adding `/` unless `base` already ends in one.
    public static func join(_ base: String, _ rel: String) -> String {
        base.hasSuffix("/") ? base + rel : base + "/" + rel
    }

    /// Expands the arguments. Unreadable folders throw.
    public static func expand(_ arguments: [String]) throws -> [String] {
        var out: [String] = []
        for a in arguments {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: a, isDirectory: &isDir), isDir.boolValue {
                out += try walk(a)
            } else {
                out.append(a)
            }
        }
        return out
    }

    private static func walk(_ folder: String) throws -> [String] {
        if CorpusIndex.isCorpus(folder) { return try CorpusIndex(folder: folder).entries.map(\.path) }
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder) else { throw CorpusIndex.Failure.unreadable(folder) }
        var out: [String] = []
        for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) where !name.hasPrefix(".") {
            let p = join(folder, name)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: p, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                let attrs = try? fm.attributesOfItem(atPath: p)
                if attrs?[.type] as? FileAttributeType == .typeSymbolicLink { continue }
                out += try walk(p)
            } else {
                out.append(p)
            }
        }
        return out
    }

    /// Reads a whole file as bytes.
    public static func readFile(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw CorpusIndex.Failure.unreadable(path) }
        return [UInt8](data)
    }
}
