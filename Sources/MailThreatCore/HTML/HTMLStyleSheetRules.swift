/// Class rules from `<style>` blocks that matter for visibility (`.pre{display:none}`,
/// `.box{color:#fff; background-color:#48669f}`), so that `<span class="pre">` is judged
/// like an inline style would be.
///
/// Only rules at the top level of a style sheet count (rules inside `@media` and other
/// at-rules apply to some screens only), and only simple selectors `.name` or `tag.name`.
struct HTMLStyleSheetRules: Sendable {
    /// The combined declarations per lower-cased class name (later rules override colours).
    private(set) var classes: [String: HTMLInlineStyle] = [:]
    /// Most classes remembered.
    static let maximumClasses = 256

    /// `true` when no class rule is known.
    var isEmpty: Bool { classes.isEmpty }

    /// Adds the rules of one style sheet (the raw text of a `<style>` element).
    mutating func add(styleSheet bytes: UnsafeBufferPointer<UInt8>) {
        let text = Self.withoutComments(bytes)
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            if byte <= 0x20 || byte == 0x7D || byte == 0x3B { index += 1; continue }
            if byte == 0x40 {  // '@': skip the at-rule with its block, if any
                var position = index
                while position < count, text[position] != 0x7B, text[position] != 0x3B { position += 1 }
                index = position < count && text[position] == 0x7B ? Self.skipBlock(text, from: position) : position + 1
                continue
            }
            guard let open = text[index...].firstIndex(of: 0x7B) else { return }
            let selectors = text[index..<open]
            var close = open + 1
            while close < count, text[close] != 0x7D, text[close] != 0x7B { close += 1 }
            if close < count, text[close] == 0x7B {
                // Nested block (not plain CSS): skip it whole.
                index = Self.skipBlock(text, from: open)
                continue
            }
            let style = HTMLInlineStyle(declarations: text[(open + 1)..<close])
            if style.isRelevant {
                for selector in selectors.split(separator: 0x2C) {
                    guard let name = Self.simpleClassName(HTMLInlineStyle.trimmed(selector)) else { continue }
                    if let existing = classes[name] {
                        classes[name] = existing.overridden(by: style)
                    } else if classes.count < Self.maximumClasses {
                        classes[name] = style
                    }
                }
            }
            index = close + 1
        }
    }

    /// The combined class rules for an element whose `class` attribute is `attribute`
    /// (entities decoded); `nil` when no rule applies.
    func style<Bytes: Collection>(forClassAttribute attribute: Bytes) -> HTMLInlineStyle? where Bytes.Element == UInt8 {
        guard !classes.isEmpty else { return nil }
        var combined: HTMLInlineStyle?
        // The class names are the runs of bytes above 0x20 (no array of slices per call).
        var start = attribute.startIndex
        while start != attribute.endIndex {
            if attribute[start] <= 0x20 {
                start = attribute.index(after: start)
                continue
            }
            var end = attribute.index(after: start)
            while end != attribute.endIndex, attribute[end] > 0x20 { end = attribute.index(after: end) }
            let name = attribute[start..<end]
            start = end
            let lowered = name.contains(where: { $0 &- 0x41 < 26 })
                ? String(decoding: name.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
                : String(decoding: name, as: UTF8.self)
            guard let found = classes[lowered] else { continue }
            combined = combined.map { $0.overridden(by: found) } ?? found
        }
        return combined
    }

    /// `.name` or `tag.name` → `name` (lower-cased); `nil` for any other selector.
    private static func simpleClassName(_ selector: ArraySlice<UInt8>) -> String? {
        guard let dot = selector.firstIndex(of: 0x2E) else { return nil }
        let tag = selector[selector.startIndex..<dot]
        let name = selector[(dot + 1)...]
        guard !name.isEmpty, tag.allSatisfy({ isNameByte($0) || $0 == 0x2A }),
              name.allSatisfy(isNameByte) else { return nil }
        return String(decoding: name.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x2D || byte == 0x5F || byte >= 0x80
    }

    /// The index after the block whose `{` is at `open` (nesting respected).
    private static func skipBlock(_ text: [UInt8], from open: Int) -> Int {
        var depth = 0
        var index = open
        while index < text.count {
            if text[index] == 0x7B { depth += 1 } else if text[index] == 0x7D {
                depth -= 1
                if depth == 0 { return index + 1 }
            }
            index += 1
        }
        return text.count
    }

    /// The style sheet lower-cased, with `/* comments */` and the `<!--`/`-->` wrappers blanked out.
    private static func withoutComments(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var text = [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
            if let output = buffer.baseAddress { HTMLAttributeValues.lowercase(bytes, to: output) }
            initialized = bytes.count
        }
        var index = 0
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while index + 1 < text.count {
            if index + 8 <= text.count {
                // Eight bytes without '/', '<' or '-' need nothing: skip them at once (a flag
                // can only be wrong above a right one, so "no flag" is exact).
                let word = text.withUnsafeBufferPointer {
                    UInt64(littleEndian: UnsafeRawPointer($0.baseAddress! + index).loadUnaligned(as: UInt64.self))
                }
                let slashes = word ^ (ones &* 0x2F), opens = word ^ (ones &* 0x3C), dashes = word ^ (ones &* 0x2D)
                let found = ((slashes &- ones) & ~slashes) | ((opens &- ones) & ~opens) | ((dashes &- ones) & ~dashes)
                if found & highs == 0 {
                    index += 8
                    continue
                }
            }
            let byte = text[index]
            if byte != 0x2F && byte != 0x3C && byte != 0x2D {
                index += 1
                continue
            }
            if byte == 0x2F, text[index + 1] == 0x2A {
                var end = index + 2
                while end + 1 < text.count, !(text[end] == 0x2A && text[end + 1] == 0x2F) { end += 1 }
                end = Swift.min(end + 2, text.count)
                for position in index..<end { text[position] = 0x20 }
                index = end
            } else if byte == 0x3C, index + 3 < text.count, text[index + 1] == 0x21,
                      text[index + 2] == 0x2D, text[index + 3] == 0x2D {
                for position in index..<(index + 4) { text[position] = 0x20 }
                index += 4
            } else if byte == 0x2D, index + 2 < text.count, text[index + 1] == 0x2D, text[index + 2] == 0x3E {
                for position in index..<(index + 3) { text[position] = 0x20 }
                index += 3
            } else {
                index += 1
            }
        }
        return text
    }
}
