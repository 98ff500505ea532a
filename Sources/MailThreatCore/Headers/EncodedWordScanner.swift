/// Recognises one RFC 2047 encoded word at the start of header text, as CPython's
/// `_header_value_parser.get_encoded_word` does (with the MIME-summary oracle's decoding hook).
///
/// The word runs from `=?` to the first `?=`; when that `?=` is directly followed by two hex
/// digits and the word so far has fewer than two `?`, the `?=` was part of a Q escape (`=?=41`)
/// and the word extends to the next `?=`. The word must then split at `?` into exactly
/// `charset?encoding?text`, with encoding `B` or `Q` in either case. A `*lang` suffix on the
/// charset is dropped. The result is a frame (``EncodedWordFrame``) holding the charset label
/// and the transfer-decoded bytes.
enum EncodedWordScanner {
    /// Scans the word at the start of `value`.
    ///
    /// - Throws: ``HeaderGrammarFailure/parse`` when `value` does not start with `=?` or has no
    ///   `?=` after it; ``HeaderGrammarFailure/invalidEncodedWord`` when the word is malformed.
    static func scan(_ value: HeaderText) throws(HeaderGrammarFailure) -> (frame: [UInt16], rest: HeaderText) {
        guard value.hasPrefix(HeaderUnit.equals, HeaderUnit.question),
              let firstEnd = value.firstEncodedWordEnd(from: 2) else {
            throw .parse
        }
        var tokenEnd = firstEnd
        var restStart = firstEnd + 2
        if let a = value.unit(at: restStart), let b = value.unit(at: restStart + 1),
           HeaderUnit.isHexDigit(a), HeaderUnit.isHexDigit(b),
           questionMarks(in: value, 2..<firstEnd, limit: 2) < 2 {
            if let secondEnd = value.firstEncodedWordEnd(from: restStart) {
                tokenEnd = secondEnd
                restStart = secondEnd + 2
            } else {
                tokenEnd = value.count
                restStart = value.count
            }
        }
        let frame = try decode(value, token: 2..<tokenEnd)
        return (frame, value.dropFirst(restStart))
    }

    /// Counts `?` in `range`, stopping once `limit` is exceeded.
    private static func questionMarks(in value: HeaderText, _ range: Range<Int>, limit: Int) -> Int {
        var count = 0
        var offset = range.lowerBound
        while offset < range.upperBound {
            if value[offset] == HeaderUnit.question {
                count += 1
                if count > limit { return count }
            }
            offset += 1
        }
        return count
    }

    /// `_ew.decode('=?' + token + '?=')` with the oracle's hook: the frame for the word.
    private static func decode(_ value: HeaderText, token: Range<Int>) throws(HeaderGrammarFailure) -> [UInt16] {
        // Exactly two '?' inside the token: charset ? cte ? text.
        var marks: [Int] = []
        var offset = token.lowerBound
        while offset < token.upperBound {
            if value[offset] == HeaderUnit.question {
                marks.append(offset)
                if marks.count > 2 { throw .invalidEncodedWord }
            }
            offset += 1
        }
        guard marks.count == 2 else { throw .invalidEncodedWord }
        let textRange = (marks[1] + 1)..<token.upperBound
        var text: [UInt8] = []
        text.reserveCapacity(textRange.count)
        for offset in textRange {
            let unit = value[offset]
            // CPython: `cte_string.encode("ascii", "surrogateescape")` fails on anything else.
            guard unit < 0x100 else { throw .invalidEncodedWord }
            text.append(UInt8(unit))
        }
        guard marks[1] - marks[0] == 2 else { throw .invalidEncodedWord }
        let data: [UInt8]
        switch value[marks[0] + 1] {
        case 0x42, 0x62: data = Base64Decoder.decode(text).bytes
        case 0x51, 0x71: data = decodeQ(text)
        default: throw .invalidEncodedWord
        }
        var label: [UInt8] = []
        var labelOffset = token.lowerBound
        while labelOffset < marks[0] {
            let unit = value[labelOffset]
            if unit == 0x2A { break }  // '*': language suffix
            HeaderUnit.appendPythonUTF8(unit, to: &label)
            labelOffset += 1
        }
        return EncodedWordFrame.make(label: label, data: data)
    }

    /// RFC 2047 Q decoding as `email._encoded_words.decode_q`: `_` is a space, `=XX` a byte.
    static func decodeQ(_ text: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte == 0x5F {
                out.append(0x20)
            } else if byte == 0x3D, index + 2 < text.count,
                      HeaderUnit.isHexDigit(UInt16(text[index + 1])),
                      HeaderUnit.isHexDigit(UInt16(text[index + 2])) {
                out.append(HeaderUnit.hexValue(UInt16(text[index + 1])) << 4
                           | HeaderUnit.hexValue(UInt16(text[index + 2])))
                index += 3
                continue
            } else {
                out.append(byte)
            }
            index += 1
        }
        return out
    }
}
