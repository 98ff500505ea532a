#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-pass port of CPython 3.11's `html.parser.HTMLParser` (with `convert_charrefs=True`,
/// fed the whole document and closed) to UTF-8 bytes.
///
/// It reproduces where CPython sees tags, attributes, comments, declarations, processing
/// instructions and the raw text of `<script>`/`<style>`, including the regular-expression
/// backtracking of `locatestarttagend_tolerant` and `attrfind_tolerant` and the recovery
/// rules for unterminated constructs at the end of data. Searches that CPython repeats
/// (for `>`, quotes, `-->`, `]]>`) are cached so the whole pass stays linear; a work
/// budget stops tokenising on inputs constructed to defeat the caches.
struct HTMLTokenizer<Sink: HTMLTokenSink> {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let base: UnsafePointer<UInt8>
    private let count: Int
    private let mode: HTMLTokenizerMode
    var sink: Sink

    /// Set when CPython would have raised (``HTMLTokenizerMode/pythonCompatible`` only).
    private(set) var abortedLikePython = false
    /// Set when the work budget ran out before the end of the input.
    private(set) var exceededWorkBudget = false

    /// The pure byte-level searches (a small value, so calling them never copies the tokenizer).
    private let scanner: HTMLByteScanner
    /// Attribute storage reused from tag to tag; the current tag's are the first `attributeCount`.
    private let attributes = HTMLScratchBuffer<HTMLRawAttribute>(capacity: 16)
    private var attributeCount = 0
    private var afterAttributes = 0
    /// The end of the current start tag's name (set by `locateStartTagEnd`).
    private var tagNameEnd = 0
    private var rawTextElement: RawTextElement?
    private var greaterThan = ByteSearchCache()
    private var singleQuote = ByteSearchCache()
    private var doubleQuote = ByteSearchCache()
    private var commentClose = PatternSearchCache()
    private var markedSectionClose = PatternSearchCache()
    private var msMarkedSectionClose = PatternSearchCache()
    private var work = 0
    private let workBudget: Int
    /// For sinks that only want start tags: a start tag is only reported when a '>' follows it,
    /// so tokenising can stop at the last '>' (this also keeps tag-soup without '>' linear).
    private let stopsWhenNoStartTagCanFollow: Bool

    private enum RawTextElement {
        case script, style
        var name: StaticString { self == .script ? "script" : "style" }
    }

    /// Tokenises `bytes` into `sink`. `bytes` must stay valid for the life of the tokenizer.
    init(bytes: UnsafeBufferPointer<UInt8>, mode: HTMLTokenizerMode, sink: Sink,
         stopsWhenNoStartTagCanFollow: Bool = false) {
        self.stopsWhenNoStartTagCanFollow = stopsWhenNoStartTagCanFollow
        self.bytes = bytes
        self.base = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
        self.scanner = HTMLByteScanner(bytes: bytes)
        self.count = bytes.count
        self.mode = mode
        self.sink = sink
        self.workBudget = 16 &* bytes.count &+ 1 << 16
    }

    // MARK: - Main loop (`goahead`)

    /// Runs over the whole input.
    mutating func run() {
        var index = 0
        while index < count {
            if sink.wantsToStop || abortedLikePython || exceededWorkBudget { return }
            if let element = rawTextElement {
                guard let end = scanner.findRawTextEnd(element.name, from: index) else {
                    // CPython waits for more data and finally drops the rest.
                    sink.rawText(index..<count)
                    return
                }
                if index < end.start { sink.rawText(index..<end.start) }
                sink.endTag(name: end.name)
                rawTextElement = nil
                index = end.end
                continue
            }
            var lessThan = scanner.findNearby(0x3C, from: index)
            if lessThan < 0 { lessThan = scanner.find(0x3C, from: index) }
            if index < lessThan { emitCharacters(index..<lessThan, decodesReferences: true) }
            index = lessThan
            guard index < count, !abortedLikePython else { return }
            guard index + 1 < count else {
                emitCharacters(index..<count, decodesReferences: true)
                return
            }
            let next = bytes[index + 1]
            var end: Int
            if Self.isASCIILetter(next) {
                if stopsWhenNoStartTagCanFollow,
                   greaterThan.next(0x3E, from: index + 2, in: base, count: count) == count {
                    return
                }
                end = parseStartTag(at: index)
            } else if next == 0x2F {  // "</"
                end = parseEndTag(at: index)
            } else if next == 0x21 {  // "<!"
                if index + 3 < count, bytes[index + 2] == 0x2D, bytes[index + 3] == 0x2D {
                    end = parseComment(at: index)
                } else {
                    end = parseDeclaration(at: index)
                }
            } else if next == 0x3F {  // "<?"
                end = parseProcessingInstruction(at: index)
            } else {
                emitCharacters(index..<(index + 1), decodesReferences: false)
                end = index + 1
            }
            if abortedLikePython || exceededWorkBudget { return }
            if end < 0 {
                // Unterminated construct at the end of data: CPython passes it on as text up to
                // the next '>' (inclusive), else up to the next '<', else just the '<'.
                let greater = greaterThan.next(0x3E, from: index + 1, in: base, count: count)
                if greater < count {
                    end = greater + 1
                } else {
                    let lessThan = scanner.find(0x3C, from: index + 1)
                    end = lessThan < count ? lessThan : index + 1
                }
                emitCharacters(index..<end, decodesReferences: true)
            }
            index = end
        }
    }

    private mutating func emitCharacters(_ range: Range<Int>, decodesReferences: Bool) {
        if decodesReferences, mode == .pythonCompatible,
           HTMLEntities.exceedsPythonIntegerDigitLimit(UnsafeBufferPointer(rebasing: bytes[range])) {
            abortedLikePython = true
            return
        }
        sink.characters(range, decodesReferences: decodesReferences)
    }

    // MARK: - Start tags (`parse_starttag`, `check_for_whole_start_tag`)

    private mutating func parseStartTag(at start: Int) -> Int {
        // check_for_whole_start_tag also records the attributes: attrfind_tolerant, run by
        // parse_starttag from the end of tagfind_tolerant, matches exactly the attribute
        // iterations of locatestarttagend_tolerant (they differ only on a '/' right before
        // '>', where neither can start an attribute).
        let endPosition = wholeStartTagEnd(at: start)
        if endPosition < 0 { return endPosition }
        if mode == .pythonCompatible {
            for attribute in UnsafeBufferPointer(start: attributes.base, count: attributeCount) where attribute.hasValue && !attribute.value.isEmpty {
                if HTMLEntities.exceedsPythonIntegerDigitLimit(UnsafeBufferPointer(rebasing: bytes[attribute.value])) {
                    abortedLikePython = true
                    return endPosition
                }
            }
        }
        let nameEnd = tagNameEnd
        let position = attributeCount == 0 ? scanner.skipWhitespaceOrLoneSlash(from: nameEnd) : afterAttributes
        var isPlainEnd = false
        var isSelfClosingEnd = false
        if position + 1 == endPosition, bytes[position] == 0x3E {
            isPlainEnd = true  // the usual case: nothing to strip
        } else if position < endPosition {
            let rest = PythonWhitespace.strip(position..<endPosition, in: bytes)
            isPlainEnd = rest.count == 1 && bytes[rest.lowerBound] == 0x3E
            isSelfClosingEnd = rest.count == 2 && bytes[rest.lowerBound] == 0x2F && bytes[rest.lowerBound + 1] == 0x3E
        }
        guard isPlainEnd || isSelfClosingEnd else {
            emitCharacters(start..<endPosition, decodesReferences: false)
            return endPosition
        }
        let name = (start + 1)..<nameEnd
        sink.startTag(name: name, attributes: UnsafeBufferPointer(start: attributes.base, count: attributeCount),
                      selfClosing: isSelfClosingEnd)
        if isPlainEnd {
            if scanner.equalsIgnoringASCIICase(name, "script") {
                rawTextElement = .script
            } else if scanner.equalsIgnoringASCIICase(name, "style") {
                rawTextElement = .style
            }
        }
        return endPosition
    }

    /// `check_for_whole_start_tag`: the end of the start tag at `start`, or -1 when CPython
    /// considers it incomplete.
    private mutating func wholeStartTagEnd(at start: Int) -> Int {
        let end = locateStartTagEnd(at: start)
        work &+= end - start
        if work > workBudget {
            exceededWorkBudget = true
            return -1
        }
        guard end < count else { return -1 }
        let next = bytes[end]
        if next == 0x3E { return end + 1 }
        if next == 0x2F { return end + 1 < count && bytes[end + 1] == 0x3E ? end + 2 : -1 }
        if Self.isASCIILetter(next) || next == 0x3D { return -1 }
        return end
    }

    /// Where `locatestarttagend_tolerant` stops matching at `start`; records the attribute
    /// iterations in `attributes` and the end of the last one in `afterAttributes`.
    private mutating func locateStartTagEnd(at start: Int) -> Int {
        attributeCount = 0
        var position = scanner.scanTagName(from: start + 2)
        tagNameEnd = position
        // [\s/]*
        while position < count {
            let length = PythonWhitespace.length(at: position, in: bytes)
            if length > 0 { position += length } else if bytes[position] == 0x2F { position += 1 } else { break }
        }
        while scanner.canStartAttributeName(at: position) {
            let nameEnd = scanner.scanAttributeNameRest(from: position + 1)
            var attribute = HTMLRawAttribute(name: position..<nameEnd, value: nameEnd..<nameEnd, hasValue: false)
            position = nameEnd
            if let value = matchAttributeValue(at: nameEnd) {
                attribute.value = value.value
                attribute.hasValue = true
                position = value.end
            }
            attributes.reserve(attributeCount + 1, keeping: attributeCount)
            attributes.base[attributeCount] = attribute
            attributeCount += 1
            position = scanner.skipWhitespaceOrLoneSlash(from: position)
            afterAttributes = position
        }
        return PythonWhitespace.skip(from: position, in: bytes)
    }

    /// `\s*=+\s*('[^']*'|"[^"]*"|(?!['"])[^>\s]*)` at `start`, with the backtracking CPython
    /// does when a quote is never closed: the value range (without quotes) and the match end.
    /// The position of the `quote` byte closing a value that starts at `start` (`count` when
    /// none). Most values close within a few words: look there before the (linear-time) cache.
    private mutating func closingQuote(_ quote: UInt8, from start: Int) -> Int {
        let close = scanner.findNearby(quote, from: start)
        if close >= 0 { return close }
        return quote == 0x27
            ? singleQuote.next(quote, from: start, in: base, count: count)
            : doubleQuote.next(quote, from: start, in: base, count: count)
    }

    private mutating func matchAttributeValue(at start: Int) -> (value: Range<Int>, end: Int)? {
        if start + 1 < count, bytes[start] == 0x3D {
            // The usual `name="value"` and `name=value`: one '=', no whitespace around it.
            let next = bytes[start + 1]
            if next == 0x22 || next == 0x27 {
                let close = closingQuote(next, from: start + 2)
                if close < count { return ((start + 2)..<close, close + 1) }
            } else if next < 0x80, next != 0x3D, !PythonWhitespace.isASCIIWhitespace(next) {
                let end = scanner.scanBareValue(from: start + 1)
                return ((start + 1)..<end, end)
            }
        }
        let equals = PythonWhitespace.skip(from: start, in: bytes)
        guard equals < count, bytes[equals] == 0x3D else { return nil }
        var afterEquals = equals + 1
        while afterEquals < count, bytes[afterEquals] == 0x3D { afterEquals += 1 }
        let valueStart = PythonWhitespace.skip(from: afterEquals, in: bytes)
        if valueStart < count, bytes[valueStart] == 0x27 || bytes[valueStart] == 0x22 {
            let quote = bytes[valueStart]
            let close = closingQuote(quote, from: valueStart + 1)
            if close < count { return ((valueStart + 1)..<close, close + 1) }
            if valueStart > afterEquals {
                // The second \s* gives back one character: an empty bare value.
                let back = valueStart - PythonWhitespace.lengthOfCharacter(endingAt: valueStart, in: bytes)
                return (back..<back, back)
            }
            if afterEquals - equals >= 2 {
                // =+ gives back one '=': a bare value starting with that '='.
                let end = scanner.scanBareValue(from: afterEquals - 1)
                return ((afterEquals - 1)..<end, end)
            }
            return nil
        }
        let end = scanner.scanBareValue(from: valueStart)
        return (valueStart..<end, end)
    }

    // MARK: - End tags, comments, declarations

    private mutating func parseEndTag(at start: Int) -> Int {
        if start + 2 < count, Self.isASCIILetter(bytes[start + 2]) {
            // The usual `</name>`: the name runs right up to the first '>'.
            var nameEnd = start + 3
            while nameEnd < count, Self.isEndTagNameByte(bytes[nameEnd]) { nameEnd += 1 }
            if nameEnd < count, bytes[nameEnd] == 0x3E {
                sink.endTag(name: (start + 2)..<nameEnd)
                return nameEnd + 1
            }
        }
        var greater = scanner.findNearby(0x3E, from: start + 1)
        if greater < 0 { greater = greaterThan.next(0x3E, from: start + 1, in: base, count: count) }
        guard greater < count else { return -1 }
        // endtagfind: </\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>
        let nameStart = PythonWhitespace.skip(from: start + 2, in: bytes)
        if nameStart < count, Self.isASCIILetter(bytes[nameStart]) {
            var nameEnd = nameStart + 1
            while nameEnd < count, Self.isEndTagNameByte(bytes[nameEnd]) { nameEnd += 1 }
            let after = PythonWhitespace.skip(from: nameEnd, in: bytes)
            if after < count, bytes[after] == 0x3E {
                sink.endTag(name: nameStart..<nameEnd)
                return greater + 1
            }
        }
        if start + 2 < count, Self.isASCIILetter(bytes[start + 2]) {
            sink.endTag(name: (start + 2)..<scanner.scanTagName(from: start + 3))
        }
        return greater + 1
    }

    private mutating func parseComment(at start: Int) -> Int {
        guard let match = commentClose.search(.commentClose, from: start + 4, in: bytes) else { return -1 }
        sink.comment((start + 4)..<match.start)
        return match.end
    }

    private mutating func parseProcessingInstruction(at start: Int) -> Int {
        let greater = greaterThan.next(0x3E, from: start + 2, in: base, count: count)
        return greater < count ? greater + 1 : -1
    }

    /// `parse_html_declaration` for `<!` not followed by `--`.
    private mutating func parseDeclaration(at start: Int) -> Int {
        if start + 2 < count, bytes[start + 2] == 0x5B {
            return parseMarkedSection(at: start)
        }
        if start + 9 <= count, scanner.equalsIgnoringASCIICase((start + 2)..<(start + 9), "doctype") {
            let greater = greaterThan.next(0x3E, from: start + 9, in: base, count: count)
            return greater < count ? greater + 1 : -1
        }
        return bogusComment(at: start)
    }

    private mutating func bogusComment(at start: Int) -> Int {
        let greater = greaterThan.next(0x3E, from: start + 2, in: base, count: count)
        return greater < count ? greater + 1 : -1
    }

    /// `_markupbase.parse_marked_section` (`<![CDATA[...]]>`, `<![if ...]>`).
    private mutating func parseMarkedSection(at start: Int) -> Int {
        let nameStart = start + 3
        guard nameStart < count else { return -1 }
        guard Self.isASCIILetter(bytes[nameStart]) else { return failDeclaration(at: start) }
        var nameEnd = nameStart + 1
        while nameEnd < count, Self.isDeclarationNameByte(bytes[nameEnd]) { nameEnd += 1 }
        if PythonWhitespace.skip(from: nameEnd, in: bytes) == count { return -1 }
        let name = nameStart..<nameEnd
        let match: PatternSearchCache.Match?
        if scanner.equalsIgnoringASCIICase(name, "cdata") || scanner.equalsIgnoringASCIICase(name, "temp")
            || scanner.equalsIgnoringASCIICase(name, "ignore") || scanner.equalsIgnoringASCIICase(name, "include")
            || scanner.equalsIgnoringASCIICase(name, "rcdata") {
            match = markedSectionClose.search(.markedSectionClose, from: nameStart, in: bytes)
        } else if scanner.equalsIgnoringASCIICase(name, "if") || scanner.equalsIgnoringASCIICase(name, "else")
                    || scanner.equalsIgnoringASCIICase(name, "endif") {
            match = msMarkedSectionClose.search(.msMarkedSectionClose, from: nameStart, in: bytes)
        } else {
            return failDeclaration(at: start)
        }
        return match?.end ?? -1
    }

    /// CPython raises `AssertionError` here; the tolerant mode skips a bogus comment instead.
    private mutating func failDeclaration(at start: Int) -> Int {
        switch mode {
        case .pythonCompatible:
            abortedLikePython = true
            return -1
        case .tolerant:
            return bogusComment(at: start)
        }
    }

    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    @inline(__always)
    private static func isEndTagNameByte(_ byte: UInt8) -> Bool {
        // `[-.a-zA-Z0-9:_]` as two bit sets (bytes 0...63 and 64...127): no chain of branches.
        guard byte < 0x80 else { return false }
        let bits: UInt64 = byte < 0x40 ? 0x07FF_6000_0000_0000 : 0x07FF_FFFE_87FF_FFFE
        return (bits &>> UInt64(byte & 0x3F)) & 1 != 0
    }

    @inline(__always)
    private static func isDeclarationNameByte(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || byte &- 0x30 < 10 || byte == 0x2D || byte == 0x2E || byte == 0x5F
    }
}
