/// Builds readable text from HTML character data: runs of whitespace become one space,
/// block boundaries and `<br>` become line breaks, no space or break at either end, and
/// nothing past a byte limit (``isTruncated`` tells).
struct HTMLTextAccumulator: Sendable {
    /// The UTF-8 text so far.
    private(set) var bytes: [UInt8] = []
    /// Set once text had to be dropped because of ``limit``.
    private(set) var isTruncated = false
    /// Most bytes kept.
    let limit: Int
    private var pendingSpace = false
    private var pendingNewlines = 0

    init(limit: Int) {
        self.limit = limit
    }

    /// Empties the text (keeping the buffer) to start again.
    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        isTruncated = false
        pendingSpace = false
        pendingNewlines = 0
    }

    /// The accumulated text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends cleaned text: 0x20 stands for collapsible whitespace, 0x0A for a hard line
    /// break (only when `mayHaveLineBreaks`, i.e. preformatted text); everything else is
    /// literal UTF-8.
    mutating func append(cleaned chunk: UnsafeBufferPointer<UInt8>, mayHaveLineBreaks: Bool = true) {
        guard !chunk.isEmpty, !isTruncated else { return }
        // Fast path: no hard line break inside, so at most one space at each end and
        // single spaces inside (the cleaner collapsed them).
        var lower = 0
        var upper = chunk.count
        let leadingSpace = chunk[0] == 0x20
        if leadingSpace { lower = 1 }
        let trailingSpace = upper > lower && chunk[upper - 1] == 0x20
        if trailingSpace { upper -= 1 }
        let body = UnsafeBufferPointer(rebasing: chunk[lower..<upper])
        if !mayHaveLineBreaks || !body.contains(0x0A) {
            if leadingSpace { pendingSpace = true }
            if !body.isEmpty { appendLiteral(body) }
            if trailingSpace { pendingSpace = true }
            return
        }
        var runStart = -1
        for index in 0..<chunk.count {
            let byte = chunk[index]
            if byte == 0x20 || byte == 0x0A {
                if runStart >= 0 {
                    appendLiteral(UnsafeBufferPointer(rebasing: chunk[runStart..<index]))
                    runStart = -1
                }
                if byte == 0x20 { pendingSpace = true } else { breakLine() }
            } else if runStart < 0 {
                runStart = index
            }
        }
        if runStart >= 0 { appendLiteral(UnsafeBufferPointer(rebasing: chunk[runStart..<chunk.count])) }
    }

    /// A collapsible space (between table cells, around inline images).
    mutating func space() {
        pendingSpace = true
    }

    /// `<br>`: one more line break (at most one empty line in a row).
    mutating func breakLine() {
        guard !bytes.isEmpty else { return }
        pendingNewlines = Swift.min(pendingNewlines + 1, 2)
    }

    /// The start or end of a block: text continues on a new line.
    mutating func endBlock() {
        guard !bytes.isEmpty else { return }
        pendingNewlines = Swift.max(pendingNewlines, 1)
    }

    private mutating func appendLiteral(_ run: UnsafeBufferPointer<UInt8>) {
        guard !run.isEmpty, !isTruncated else { return }
        let separator: UInt8? = !bytes.isEmpty && (pendingNewlines > 0 || pendingSpace)
            ? (pendingNewlines > 0 ? 0x0A : 0x20) : nil
        let separatorCount = separator == nil ? 0 : (separator == 0x0A ? pendingNewlines : 1)
        guard bytes.count + separatorCount + run.count <= limit else {
            // Keep whole characters only.
            var room = limit - bytes.count - separatorCount
            if room > 0 {
                while room > 0, room < run.count, run[room] & 0xC0 == 0x80 { room -= 1 }
                if let separator { bytes.append(contentsOf: repeatElement(separator, count: separatorCount)) }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: run[0..<room]))
            }
            isTruncated = true
            return
        }
        if let separator {
            bytes.append(separator)
            if separatorCount == 2 { bytes.append(separator) }
        }
        bytes.append(contentsOf: run)
        pendingSpace = false
        pendingNewlines = 0
    }
}
