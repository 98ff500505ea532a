import Glibc

/// Parses raw message bytes into a ``ParsedMessage``: one pass over the bytes, zero-copy bodies,
/// tolerant of real broken mail, bounded by ``ParseLimits``.
///
/// The structure rules are CPython's feedparser rules as fixed by `../shared/tools/README.md`
/// section 5: lines end at CRLF, LF or a lone CR; a multipart whose boundary is missing or never
/// appears becomes a leaf; a delimiter of any enclosing multipart also ends the current part; the
/// line end before a delimiter belongs to the delimiter; `message/rfc822` and `message/global`
/// bodies are parsed as messages (base64-decoded first when so encoded).
///
/// ```swift
/// let parser = MIMEParser()
/// let message = parser.parse(Array("Subject: hi\r\n\r\nhello\r\n".utf8))
/// message.leaves.first?.mediaType   // "text/plain"
/// ```
public struct MIMEParser: Sendable {
    /// The limits applied to each message.
    public var limits: ParseLimits

    /// Creates a parser with the given limits.
    public init(limits: ParseLimits = ParseLimits()) {
        self.limits = limits
    }

    /// Parses one message. Never fails: problems are recorded as ``MIMEDefect``s.
    public func parse(_ input: [UInt8]) -> ParsedMessage {
        var builder = TreeBuilder(limits: limits)
        return builder.build(input)
    }

    /// Parses one message from any byte collection.
    public func parse<C: Collection<UInt8>>(_ input: C) -> ParsedMessage {
        parse(Array(input))
    }
}

/// Builds the part list of one message. Used once per message, on the caller's thread.
private struct TreeBuilder {
    let limits: ParseLimits
    var parts: [MIMEPart] = []
    var defects: [MIMEDefect] = []
    var decodedBudget: Int
    var partLimitReported = false

    init(limits: ParseLimits) {
        self.limits = limits
        self.decodedBudget = limits.maxDecodedBytes
    }

    mutating func build(_ input: [UInt8]) -> ParsedMessage {
        // A leading mbox envelope line is not part of the message.
        var bytes = input
        var envelope: ArraySlice<UInt8>?
        if input.count >= 5, input[0] == 0x46, input[1] == 0x72, input[2] == 0x6F, input[3] == 0x6D, input[4] == ASCII.space {
            let (contentEnd, next) = input.withUnsafeBufferPointer { LineScanning.line(in: $0, from: 0, end: $0.count) }
            envelope = input[0..<contentEnd]
            bytes = Array(input[next...])
        }
        let hasNul = bytes.withUnsafeBufferPointer { LineScanning.find(0, in: $0, from: 0, end: $0.count) != nil }
        _ = parseEntity(storage: bytes, delimiters: DelimiterIndex(storage: bytes), start: 0, end: bytes.count, parent: nil, depth: 0,
                        defaultType: "text/plain", trimTrailingLineEnd: false)
        if hasNul { defects.append(MIMEDefect(.nulByte, partIndex: 0)) }
        return ParsedMessage(bytes: bytes, envelopeLine: envelope, parts: parts, defects: defects)
    }

    /// Parses the entity in `storage[start..<end]` and appends it (and its subtree) to `parts`.
    /// Returns its index.
    @discardableResult
    mutating func parseEntity(storage: [UInt8], delimiters: DelimiterIndex, start: Int, end: Int, parent: Int?, depth: Int,
                              defaultType: String, trimTrailingLineEnd: Bool) -> Int {
        let index = parts.count
        let scanner = HeaderBlockScanner(limits: limits)
        let block = storage.withUnsafeBufferPointer { scanner.scan($0, start: start, end: end) }
        var headers = HeaderFields()
        for f in block.fields {
            headers.append(HeaderField(nameBytes: storage[f.nameStart..<f.nameEnd], rawValue: storage[f.valueStart..<f.valueEnd]))
        }
        for (kind, detail) in block.defects { defects.append(MIMEDefect(kind, partIndex: index, detail: detail)) }

        // Content type (README 5.2).
        var mediaType = defaultType
        var isDefault = true
        var contentTypeValue: [UInt8]?
        if let ct = headers.first("content-type") {
            let value = ct.unfoldedValue
            contentTypeValue = value
            isDefault = false
            if let parsed = ContentType.parse(value) {
                mediaType = parsed.type + "/" + parsed.subtype
            } else {
                mediaType = "text/plain"
                defects.append(MIMEDefect(.invalidContentType, partIndex: index))
            }
        }
        let encoding = TransferEncoding(fieldValue: headers.value("content-transfer-encoding"))
        if case .other(let name) = encoding {
            defects.append(MIMEDefect(.unknownTransferEncoding, partIndex: index, detail: String(name.prefix(40))))
        }
        let bodyStart = min(block.bodyStart, end)
        let rawBody = storage[bodyStart..<end]

        // Placeholder so children get higher indices; replaced below.
        func makePart(kind: MIMEPart.Kind, body: ArraySlice<UInt8>, truncated: Bool, raw: ArraySlice<UInt8>) -> MIMEPart {
            MIMEPart(index: index, parent: parent, depth: depth, children: [], headers: headers,
                     mediaType: mediaType, mediaTypeIsDefault: isDefault, kind: kind,
                     transferEncoding: encoding, rawBody: raw, body: body, bodyTruncated: truncated)
        }

        if parts.count >= limits.maxParts {
            // Only reachable through an embedded message at the budget's edge.
            reportPartLimit(at: parent ?? 0)
            parts.append(makePart(kind: .leaf, body: rawBody, truncated: true, raw: rawBody))
            return index
        }

        let isMultipart = mediaType.hasPrefix("multipart/")
        let isEmbeddedMessage = mediaType == "message/rfc822" || mediaType == "message/global"
        if (isMultipart || isEmbeddedMessage) && depth >= limits.maxNestingDepth {
            defects.append(MIMEDefect(.nestingLimitExceeded, partIndex: index, detail: "depth \(depth)"))
            parts.append(makePart(kind: .leaf, body: rawBody, truncated: true, raw: rawBody))
            return index
        }

        if isMultipart {
            let boundary = contentTypeValue.flatMap { MIMEParameters.parse($0).boundary }
            guard let boundary, !boundary.isEmpty else {
                defects.append(MIMEDefect(.missingBoundaryParameter, partIndex: index))
                parts.append(leafPart(makePart, index: index, storage: storage, start: bodyStart, end: end, trim: false))
                return index
            }
            let scannerB = DelimiterScanner(boundary: boundary)
            let first = delimiters.first(boundary: boundary, from: bodyStart, end: end)
            guard let first, !first.isClose else {
                // No part delimiter: the lines before the close delimiter (or all) are the body.
                defects.append(MIMEDefect(.startBoundaryNotFound, partIndex: index))
                let payloadEnd = first?.lineStart ?? end
                parts.append(leafPart(makePart, index: index, storage: storage, start: bodyStart, end: payloadEnd, trim: false))
                return index
            }
            parts.append(makePart(kind: .multipart, body: storage[end..<end], truncated: false, raw: rawBody))
            let childDefault = mediaType == "multipart/digest" ? "message/rfc822" : "text/plain"
            var position = first.next
            var children: [Int] = []
            var closed = false
            while true {
                // Consecutive delimiter lines produce no empty parts.
                while position < end, let d = storage.withUnsafeBufferPointer({ scannerB.delimiter(at: position, in: $0, end: end) }) {
                    position = d.next
                }
                if parts.count >= limits.maxParts {
                    // Past the part budget: the rest of the multipart becomes one raw leaf, so
                    // nothing is silently dropped, and parsing stays linear.
                    reportPartLimit(at: index)
                    children.append(appendRawLeaf(storage: storage, start: position, end: end, parent: index, depth: depth + 1))
                    closed = true
                    break
                }
                let next = delimiters.first(boundary: boundary, from: position, end: end)
                let childEnd = next?.lineStart ?? end
                let child = parseEntity(storage: storage, delimiters: delimiters, start: position, end: childEnd, parent: index, depth: depth + 1,
                                        defaultType: childDefault, trimTrailingLineEnd: true)
                children.append(child)
                guard let next else { break }
                if next.isClose { closed = true; break }
                position = next.next
            }
            if !closed { defects.append(MIMEDefect(.closeBoundaryNotFound, partIndex: index)) }
            parts[index].children = children
            return index
        }

        if isEmbeddedMessage {
            parts.append(makePart(kind: .embeddedMessage, body: storage[end..<end], truncated: false, raw: rawBody))
            let child: Int
            if encoding == .base64 {
                let decoded = Base64Decoder.decode(rawBody, limit: max(decodedBudget, 0))
                chargeDecoded(decoded.bytes.count, truncated: decoded.truncated, partIndex: index)
                if decoded.hadErrors { defects.append(MIMEDefect(.invalidBase64, partIndex: index)) }
                child = parseEntity(storage: decoded.bytes, delimiters: DelimiterIndex(storage: decoded.bytes), start: 0, end: decoded.bytes.count, parent: index,
                                    depth: depth + 1, defaultType: "text/plain", trimTrailingLineEnd: false)
            } else {
                child = parseEntity(storage: storage, delimiters: delimiters, start: bodyStart, end: end, parent: index, depth: depth + 1,
                                    defaultType: "text/plain", trimTrailingLineEnd: trimTrailingLineEnd)
            }
            parts[index].children = [child]
            return index
        }

        parts.append(leafPart(makePart, index: index, storage: storage, start: bodyStart, end: end, trim: trimTrailingLineEnd))
        return index
    }

    /// A leaf whose body is `storage[start..<end]`, less one trailing line end when `trim`,
    /// transfer-decoded within the decoded-bytes budget.
    private mutating func leafPart(_ make: (MIMEPart.Kind, ArraySlice<UInt8>, Bool, ArraySlice<UInt8>) -> MIMEPart,
                                   index: Int, storage: [UInt8], start: Int, end: Int, trim: Bool) -> MIMEPart {
        var stop = end
        if trim {
            stop -= storage.withUnsafeBufferPointer { LineScanning.trailingLineEndLength(in: $0, start: start, end: end) }
        }
        let raw = storage[start..<stop]
        let probe = make(.leaf, raw, false, raw)
        if probe.isOpaqueMessageLeaf { return probe }
        switch probe.transferEncoding {
        case .base64:
            let decoded = Base64Decoder.decode(raw, limit: max(decodedBudget, 0))
            if decoded.hadErrors { defects.append(MIMEDefect(.invalidBase64, partIndex: index)) }
            chargeDecoded(decoded.bytes.count, truncated: decoded.truncated, partIndex: index)
            return make(.leaf, decoded.bytes[...], decoded.truncated, raw)
        case .quotedPrintable:
            let decoded = QuotedPrintableDecoder.decode(raw, limit: max(decodedBudget, 0))
            if decoded.hadErrors { defects.append(MIMEDefect(.invalidQuotedPrintable, partIndex: index)) }
            chargeDecoded(decoded.bytes.count, truncated: decoded.truncated, partIndex: index)
            return make(.leaf, decoded.bytes[...], decoded.truncated, raw)
        default:
            return probe
        }
    }

    private mutating func reportPartLimit(at index: Int) {
        guard !partLimitReported else { return }
        partLimitReported = true
        defects.append(MIMEDefect(.partLimitExceeded, partIndex: index, detail: "more than \(limits.maxParts) parts"))
    }

    /// Appends an undecoded `application/octet-stream` leaf holding `storage[start..<end]`.
    private mutating func appendRawLeaf(storage: [UInt8], start: Int, end: Int, parent: Int, depth: Int) -> Int {
        let index = parts.count
        let raw = storage[start..<end]
        parts.append(MIMEPart(index: index, parent: parent, depth: depth, children: [], headers: HeaderFields(),
                              mediaType: "application/octet-stream", mediaTypeIsDefault: true, kind: .leaf,
                              transferEncoding: .binary, rawBody: raw, body: raw, bodyTruncated: true))
        return index
    }

    private mutating func chargeDecoded(_ count: Int, truncated: Bool, partIndex: Int) {
        decodedBudget -= count
        if truncated {
            defects.append(MIMEDefect(.decodedSizeLimitExceeded, partIndex: partIndex, detail: "over \(limits.maxDecodedBytes) decoded bytes"))
        }
    }
}
