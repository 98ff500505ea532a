/// CPython's `get_unstructured` (the Subject rule of README 4.2), ported to header units.
///
/// The value is cut into whitespace, encoded words and `vtext` runs exactly as CPython does:
/// an encoded word is tried wherever a token starts with `=?`, and a whitespace-free run that
/// contains something shaped like an encoded word (`=?cs?q?…?=`) is split in front of its first
/// `=?` so the word is tried next, even when glued to other text (`Re:=?utf-8?q?x?=`).
/// Whitespace between two encoded words is dropped. The result is the serialised token list
/// (`str()` of CPython's tree) with decoded words as frames.
struct UnstructuredGrammar {
    private let text: HeaderText
    private let count: Int
    /// Memo of the whitespace-free run that the last token started in.
    private var runStart = 0
    private var runEnd = -1
    /// Memo of the encoded-word-shaped match search within the current run.
    private var matchRunEnd = -1
    private var matchCheckedUpTo = 0
    private var matchFound: Int?
    /// Memo of the last "next `?`" search.
    private var questionFrom = Int.max
    private var questionFound = 0

    private init(_ text: HeaderText) {
        self.text = text
        count = text.count
    }

    private enum Piece { case whitespace, encodedWord, vtext }

    /// `str(get_unstructured(value))` with frames for decoded words.
    static func serialize(_ text: HeaderText) -> [UInt16] {
        var grammar = UnstructuredGrammar(text)
        return grammar.run()
    }

    private mutating func run() -> [UInt16] {
        var out: [UInt16] = []
        out.reserveCapacity(count)
        var last: Piece?
        var beforeLast: Piece?
        var lastWhitespaceStart = 0
        var offset = 0
        while offset < count {
            let unit = text[offset]
            if HeaderUnit.isWSP(unit) {
                // get_fws: Python's lstrip() removes every whitespace character.
                var end = offset
                while end < count, HeaderUnit.isPythonSpace(text[end]) { end += 1 }
                lastWhitespaceStart = out.count
                out.append(contentsOf: text.slice(offset..<end))
                (beforeLast, last) = (last, .whitespace)
                offset = end
                continue
            }
            var validWord = true
            if unit == HeaderUnit.equals, text.unit(at: offset + 1) == HeaderUnit.question {
                do {
                    let word = try EncodedWordScanner.scan(text.dropFirst(offset))
                    // Whitespace between two encoded words becomes an EWWhiteSpaceTerminal ('').
                    if last == .whitespace, beforeLast == .encodedWord {
                        out.removeSubrange(lastWhitespaceStart...)
                    }
                    out.append(contentsOf: word.frame)
                    (beforeLast, last) = (last, .encodedWord)
                    offset = count - word.rest.count
                    continue
                } catch .invalidEncodedWord {
                    validWord = false
                } catch {
                    // A plain HeaderParseError: CPython carries on with the vtext rule.
                }
            }
            let end = wordRunEnd(from: offset)
            var tokenEnd = end
            if validWord, containsEncodedWordShape(from: offset, runEnd: end),
               let split = firstEqualsQuestion(from: offset, before: end), split > offset {
                tokenEnd = split
            }
            out.append(contentsOf: text.slice(offset..<tokenEnd))
            (beforeLast, last) = (last, .vtext)
            offset = tokenEnd
        }
        return out
    }

    /// End of the SP/HTAB-free run starting at `offset` (`_wsp_splitter(value, 1)[0]`).
    private mutating func wordRunEnd(from offset: Int) -> Int {
        if offset >= runStart, offset < runEnd { return runEnd }
        var end = offset
        while end < count, !HeaderUnit.isWSP(text[end]) { end += 1 }
        runStart = offset
        runEnd = end
        return end
    }

    /// First `=?` in `offset..<end`.
    private func firstEqualsQuestion(from offset: Int, before end: Int) -> Int? {
        var index = offset
        while index + 1 < end {
            if text[index] == HeaderUnit.equals, text[index + 1] == HeaderUnit.question { return index }
            index += 1
        }
        return nil
    }

    /// `rfc2047_matcher.search(value[offset:end])`: is there `=?[^?]*?[qQbB]?.*??=` inside?
    private mutating func containsEncodedWordShape(from offset: Int, runEnd end: Int) -> Bool {
        if matchRunEnd != end {
            matchRunEnd = end
            matchCheckedUpTo = offset
            matchFound = nil
        }
        if let found = matchFound {
            if found >= offset { return true }
            matchCheckedUpTo = found + 1
            matchFound = nil
        }
        var index = max(offset, matchCheckedUpTo)
        while index + 1 < end {
            if text[index] == HeaderUnit.equals, text[index + 1] == HeaderUnit.question,
               isEncodedWordShape(at: index, runEnd: end) {
                matchFound = index
                matchCheckedUpTo = index
                return true
            }
            index += 1
        }
        matchCheckedUpTo = index
        return false
    }

    /// Whether the regex matches starting at the `=?` at `start` and ending before `end`.
    private mutating func isEncodedWordShape(at start: Int, runEnd end: Int) -> Bool {
        guard let question = nextQuestion(from: start + 2), question + 2 < end else { return false }
        let encoding = text[question + 1]
        guard encoding == 0x51 || encoding == 0x71 || encoding == 0x42 || encoding == 0x62,
              text[question + 2] == HeaderUnit.question,
              let close = text.firstEncodedWordEnd(from: question + 3) else { return false }
        return close + 1 < end
    }

    /// First `?` at or after `offset` (memoised; queries only move forward in practice).
    private mutating func nextQuestion(from offset: Int) -> Int? {
        if offset >= questionFrom, questionFound >= offset {
            return questionFound < count ? questionFound : nil
        }
        var index = offset
        while index < count, text[index] != HeaderUnit.question { index += 1 }
        questionFrom = offset
        questionFound = index
        return index < count ? index : nil
    }
}
