/// Splits a header block into fields, following CPython's feedparser (README 5.2).
///
/// The block ends at the first empty line (which is consumed) or at the first line that is
/// neither a field (`name:` with a name of printable ASCII other than `:`) nor a continuation
/// (starting with SP/HTAB, blank lines of whitespace included); that line becomes the first body
/// line. `From ` lines inside the block are skipped.
struct HeaderBlockScanner {
    /// Field positions found in one header block.
    struct Block {
        /// (name start, name end, value start, value end) per field; value end excludes the last
        /// line end.
        var fields: [(nameStart: Int, nameEnd: Int, valueStart: Int, valueEnd: Int)] = []
        /// Where the body starts.
        var bodyStart: Int = 0
        /// Defects found (kind and short detail).
        var defects: [(MIMEDefect.Kind, String)] = []
    }

    let limits: ParseLimits

    /// True when the line at `start` (ending at `contentEnd`) opens a field: returns the colon
    /// position. Field names are `[\x21-\x39\x3b-\x7e]*` followed by `:`.
    @inline(__always)
    private func colonPosition(_ p: UnsafeBufferPointer<UInt8>, start: Int, contentEnd: Int) -> Int? {
        var i = start
        while i < contentEnd {
            let byte = p[i]
            if byte == ASCII.colon { return i }
            if byte < 0x21 || byte > 0x7E { return nil }
            i &+= 1
        }
        return nil
    }

    @inline(__always)
    private func isEnvelopeLine(_ p: UnsafeBufferPointer<UInt8>, start: Int, contentEnd: Int) -> Bool {
        contentEnd &- start >= 5 && p[start] == 0x46 && p[start &+ 1] == 0x72 && p[start &+ 2] == 0x6F
            && p[start &+ 3] == 0x6D && p[start &+ 4] == ASCII.space
    }

    /// Scans the header block that starts at `start`.
    func scan(_ p: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Block {
        var block = Block()
        var pos = start
        var lineNumber = 0
        var open: (nameStart: Int, nameEnd: Int, valueStart: Int, valueEnd: Int)?
        var recording = true
        var sawEightBit = false

        func close() {
            if let field = open, recording {
                if block.fields.count >= limits.maxHeaderFields || field.valueEnd &- start > limits.maxHeaderBlockBytes {
                    recording = false
                    block.defects.append((.headerLimitExceeded, "header block over \(limits.maxHeaderFields) fields or \(limits.maxHeaderBlockBytes) bytes"))
                } else {
                    block.fields.append(field)
                }
            }
            open = nil
        }

        while pos < end {
            let (contentEnd, next, lineHasEightBit) = LineScanning.lineNotingEightBit(in: p, from: pos, end: end)
            if contentEnd == pos {
                // Empty line: the separator. (An empty line without terminator cannot occur.)
                close()
                block.bodyStart = next
                finish(&block, sawEightBit: sawEightBit)
                return block
            }
            let first = p[pos]
            if first == ASCII.space || first == ASCII.tab {
                if open != nil {
                    open!.valueEnd = contentEnd
                } else {
                    block.defects.append((.malformedHeaderLine, "continuation line before any field"))
                }
            } else if isEnvelopeLine(p, start: pos, contentEnd: contentEnd) {
                close()
                if lineNumber != 0 {
                    // The last line of the block goes back to the body, as CPython does.
                    let (_, afterNext) = LineScanning.line(in: p, from: next, end: end)
                    if next >= end || !isHeaderLine(p, start: next, end: end, nextLineEnd: afterNext) {
                        block.bodyStart = pos
                        finish(&block, sawEightBit: sawEightBit)
                        return block
                    }
                    block.defects.append((.misplacedEnvelopeLine, ""))
                }
            } else if let colon = colonPosition(p, start: pos, contentEnd: contentEnd) {
                close()
                if colon == pos {
                    block.defects.append((.malformedHeaderLine, "field without a name"))
                } else {
                    open = (pos, colon, colon &+ 1, contentEnd)
                }
            } else {
                close()
                block.defects.append((.missingHeaderBodySeparator, ""))
                block.bodyStart = pos
                finish(&block, sawEightBit: sawEightBit)
                return block
            }
            if lineHasEightBit && recording { sawEightBit = true }
            pos = next
            lineNumber &+= 1
        }
        close()
        block.bodyStart = end
        finish(&block, sawEightBit: sawEightBit)
        return block
    }

    private func isHeaderLine(_ p: UnsafeBufferPointer<UInt8>, start: Int, end: Int, nextLineEnd: Int) -> Bool {
        let (contentEnd, _) = LineScanning.line(in: p, from: start, end: end)
        if contentEnd == start { return false }
        let first = p[start]
        return first == ASCII.space || first == ASCII.tab || isEnvelopeLine(p, start: start, contentEnd: contentEnd)
            || colonPosition(p, start: start, contentEnd: contentEnd) != nil
    }

    private func finish(_ block: inout Block, sawEightBit: Bool) {
        if sawEightBit { block.defects.append((.eightBitHeader, "")) }
    }
}
