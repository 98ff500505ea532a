/// A message parsed into its MIME tree.
///
/// Produced by ``MIMEParser/parse(_:)``. Everything is a value: it can be stored, sent across
/// tasks, and read concurrently. Text, HTML, URLs and attachments are extracted from it by
/// ``MessageContent``.
///
/// ```swift
/// let message = MIMEParser().parse(Array(data))
/// for leaf in message.leaves { print(leaf.mediaType, leaf.body.count) }
/// ```
public struct ParsedMessage: Sendable {
    /// The bytes the message was parsed from (without a leading mbox `From ` line).
    public let bytes: [UInt8]
    /// The leading mbox `From ` line, if the input had one (without its line end).
    public let envelopeLine: ArraySlice<UInt8>?
    /// All entities, depth-first; `parts[0]` is the message itself.
    public let parts: [MIMEPart]
    /// Everything irregular found while parsing, with the part it belongs to.
    public let defects: [MIMEDefect]

    /// The message's own header fields.
    public var headers: HeaderFields { parts[0].headers }

    /// The leaves in depth-first order (the MIME-summary contract's `parts`).
    public var leaves: [MIMEPart] { parts.filter { $0.kind == .leaf } }

    /// Defects recorded on one part.
    public func defects(ofPart index: Int) -> [MIMEDefect] { defects.filter { $0.partIndex == index } }

    /// True when any configured limit cut the parse short; such a message must never be
    /// treated as clean on the strength of what was parsed.
    public var hitLimit: Bool { defects.contains { $0.kind.isLimit } }

    /// The chain of ancestors of a part, nearest first.
    public func ancestors(of index: Int) -> [Int] {
        var out: [Int] = []
        var current = parts[index].parent
        while let p = current {
            out.append(p)
            current = parts[p].parent
        }
        return out
    }
}
