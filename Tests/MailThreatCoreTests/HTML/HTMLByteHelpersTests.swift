import Testing
@testable import MailThreatCore

/// The byte-level helpers of the HTML scanner against simple reference implementations.
struct HTMLByteHelpersTests {
    /// A byte-at-a-time reference for ``HTMLTextCleaner``.
    private static func referenceClean(_ input: [UInt8], preformatted: Bool, stopAtAmpersand: Bool)
        -> (output: [UInt8], result: HTMLTextCleaner.Result)?
    {
        var output: [UInt8] = []
        var characters = 0, zeroWidth = 0
        var lastWasSpace = false
        let scalars = Array(String(decoding: input, as: UTF8.self).unicodeScalars)
        for scalar in scalars {
            switch scalar.value {
            case 0x26 where stopAtAmpersand:
                return nil
            case 0x0A where preformatted:
                output.append(0x0A)
                lastWasSpace = false
            case 0x09...0x0D, 0x20, 0x00A0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x0085:
                if !lastWasSpace { output.append(0x20) }
                lastWasSpace = true
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
                zeroWidth += 1
            case 0..<0x20, 0x7F:
                break
            default:
                output.append(contentsOf: String(scalar).utf8)
                characters += 1
                lastWasSpace = false
            }
        }
        return (output, HTMLTextCleaner.Result(characters: characters, zeroWidth: zeroWidth))
    }

    @Test func textCleanerMatchesReference() {
        let samples = [
            "", "a", "Hello world", "Hello  world, this is   a longer line\nwith\tTabs and\r\nbreaks  ",
            "  leading and trailing  ", "a b c d e f g h i j k l m n o p", "x&amp;y and more text here",
            "caf\u{E9} na\u{EF}ve \u{4E2D}\u{6587}\u{5B57} text\u{00A0}\u{00A0}nbsp", "zero\u{200B}width\u{FEFF}soft\u{00AD}",
            "ctrl\u{01}\u{7F}chars        eight spaces        ", "pre\n\n  formatted\n\ttext\n",
            String(repeating: "word ", count: 40), String(repeating: " ", count: 20) + "x",
        ]
        for sample in samples {
            let bytes = Array(sample.utf8)
            for preformatted in [false, true] {
                for stop in [false, true] {
                    var cleaner = HTMLTextCleaner()
                    let result = bytes.withUnsafeBufferPointer {
                        cleaner.clean($0, preformatted: preformatted, stopAtAmpersand: stop)
                    }
                    let expected = Self.referenceClean(bytes, preformatted: preformatted, stopAtAmpersand: stop)
                    #expect(result == expected?.result, "\(sample.debugDescription) pre=\(preformatted) stop=\(stop)")
                    if let expected, result != nil {
                        #expect(Array(cleaner.output) == expected.output, "\(sample.debugDescription) pre=\(preformatted)")
                    }
                }
            }
        }
    }

    @Test func textCleanerOrdinaryLeadsNeverHideSpecialCharacters() {
        // Every 2- and 3-byte sequence (also malformed or cut short) behind an "ordinary" lead
        // is copied; the general path would have to agree.
        for lead in UInt8(0x80)...UInt8(0xFF) where HTMLTextCleaner.isOrdinaryLead(lead) {
            for second in [UInt8(0x80), 0x81, 0x9A, 0xA0, 0xAD, 0xBF] {
                for third in [UInt8(0x80), 0x85, 0x8B, 0xAF, 0xBF] {
                    for bytes in [[lead], [lead, second], [lead, second, third]] {
                        var cleaner = HTMLTextCleaner()
                        let result = bytes.withUnsafeBufferPointer { cleaner.clean($0, preformatted: false, stopAtAmpersand: false) }
                        let copied = lead >= 0xE0 ? bytes : Array(bytes.prefix(2))
                        #expect(result?.characters ?? 0 >= 1 && Array(cleaner.output.prefix(copied.count)) == copied)
                    }
                }
            }
        }
    }

    @Test func textCleanerReusesItsBufferAcrossChunks() {
        var cleaner = HTMLTextCleaner()
        let long = Array(String(repeating: "abc  def ", count: 100).utf8)
        let short = Array(" x ".utf8)
        _ = long.withUnsafeBufferPointer { cleaner.clean($0, preformatted: false, stopAtAmpersand: false) }
        #expect(cleaner.count == 800)
        _ = short.withUnsafeBufferPointer { cleaner.clean($0, preformatted: false, stopAtAmpersand: false) }
        #expect(Array(cleaner.output) == Array(" x ".utf8))
        // A refused chunk leaves no output.
        let refused = Array("a & b".utf8).withUnsafeBufferPointer { cleaner.clean($0, preformatted: false, stopAtAmpersand: true) }
        #expect(refused == nil)
        #expect(cleaner.output.isEmpty)
    }

    @Test func scratchBufferGrowsKeepingItsPrefix() {
        let buffer = HTMLScratchBuffer<Int>(capacity: 2)
        buffer.base[0] = 7
        buffer.base[1] = 8
        buffer.reserve(100, keeping: 2)
        #expect(buffer.capacity >= 100)
        #expect(buffer.base[0] == 7 && buffer.base[1] == 8)
    }

    @Test func findNearbyAgreesWithALinearSearch() {
        let text = Array("0123456789abcdefghij<klmnopqrstuvwxyz\"ABCDEFGHIJKLMNOPQRSTUVWXYZ'0123456789>".utf8)
            + Array(repeating: 0x61, count: 100) + [0x3E]
        text.withUnsafeBufferPointer { buffer in
            let scanner = HTMLByteScanner(bytes: buffer)
            for byte: UInt8 in [0x3C, 0x22, 0x27, 0x3E, 0x7C] {
                for start in 0...buffer.count {
                    let linear = buffer[start...].firstIndex(of: byte)
                    let nearby = scanner.findNearby(byte, from: start)
                    if let linear, linear - start < HTMLByteScanner.nearbyWindow {
                        #expect(nearby == linear)
                    } else {
                        #expect(nearby == -1)
                    }
                }
            }
        }
    }

    @Test func ampersandOrControlCheck() {
        for (text, expected) in [("http://x.example/a?b=1", false), ("http://x.example/a?b=1&c=2", true),
                                 (" http://x.example/", true), ("http://x.example/\t", true), ("", false),
                                 ("abcdefgh&", true), ("abcdefghijklmnop\u{7F}\u{80}", false)] {
            let found = Array(text.utf8).withUnsafeBufferPointer { HTMLAttributeValues.containsAmpersandOrControl($0) }
            #expect(found == expected, "\(text.debugDescription)")
        }
    }

    @Test func elementKindsAreFoundByTheirNamesOnly() {
        for kind in HTMLElementKind.allCases where kind != .other {
            for spelling in [String(describing: kind), String(describing: kind).uppercased()] {
                let found = Array(spelling.utf8).withUnsafeBufferPointer { HTMLElementKind(name: $0) }
                #expect(found == kind, "\(spelling)")
            }
        }
        for other in ["", "x", "ab", "spa", "spans", "tablex", "figcaptio", "blockquotes", "h7", "\u{E9}m"] {
            #expect(Array(other.utf8).withUnsafeBufferPointer { HTMLElementKind(name: $0) } == .other, "\(other)")
        }
    }

    @Test func tagAttributeNamesAreFoundCaseInsensitively() {
        let names = HTMLTagAttributes.Name.allCases.map { String(describing: $0.spelling) }
        let html = Array((names.map { $0.uppercased() + "=1" } + ["hrefx=2", "backgroundx=3", "http-equix=4", "i=5"])
            .joined(separator: " ").utf8)
        html.withUnsafeBufferPointer { bytes in
            var raw: [HTMLRawAttribute] = []
            var position = 0
            for token in String(decoding: bytes, as: UTF8.self).split(separator: " ") {
                let nameLength = token.firstIndex(of: "=")!.utf16Offset(in: token) - token.startIndex.utf16Offset(in: token)
                raw.append(HTMLRawAttribute(name: position..<(position + nameLength),
                                            value: (position + nameLength + 1)..<(position + token.utf8.count),
                                            hasValue: true))
                position += token.utf8.count + 1
            }
            raw.withUnsafeBufferPointer { attributes in
                let indexed = HTMLTagAttributes(attributes, in: bytes)
                for (index, name) in HTMLTagAttributes.Name.allCases.enumerated() {
                    #expect(indexed[name]?.name == attributes[index].name, "\(name)")
                }
            }
        }
    }

    @Test func hexColoursOfEveryLength() {
        func parse(_ text: String) -> HTMLColor? { HTMLColor.parse(Array(text.utf8)[...]) }
        #expect(parse("#fff") == HTMLColor(red: 255, green: 255, blue: 255))
        #expect(parse("#1a2") == HTMLColor(red: 0x11, green: 0xAA, blue: 0x22))
        #expect(parse("#1a20") == HTMLColor(red: 0x11, green: 0xAA, blue: 0x22, isTransparent: true))
        #expect(parse("#1a2f") == HTMLColor(red: 0x11, green: 0xAA, blue: 0x22))
        #expect(parse("#12ab9c") == HTMLColor(red: 0x12, green: 0xAB, blue: 0x9C))
        #expect(parse("#12ab9c07") == HTMLColor(red: 0x12, green: 0xAB, blue: 0x9C, isTransparent: true))
        #expect(parse("#12ab9c08") == HTMLColor(red: 0x12, green: 0xAB, blue: 0x9C))
        #expect(parse("#12ab9c10") == HTMLColor(red: 0x12, green: 0xAB, blue: 0x9C))
        #expect(parse("ffffff") == .white)
        #expect(parse("white") == .white && parse("lavenderblush") != nil && parse("transparent")?.isTransparent == true)
        #expect(parse("#12") == nil && parse("#12345") == nil && parse("#gggggg") == nil && parse("whitesmokey") == nil)
    }

    @Test func inlineStylePropertiesAreRecognised() {
        func style(_ text: String) -> HTMLInlineStyle { HTMLInlineStyle(declarations: Array(text.utf8)[...]) }
        #expect(style("display:none").reasons == .displayNone)
        #expect(style("mso-hide:all").reasons == .displayNone)
        #expect(style("visibility:hidden").reasons == .visibilityHidden)
        #expect(style("opacity:0").reasons == .transparent)
        #expect(style("font-size:1px").reasons == .tinyFont)
        #expect(style("color:#fff").color == .white)
        #expect(style("background-color:#fff").background == .white)
        #expect(style("background:#fff url(x.png)").hasBackgroundImage)
        #expect(style("background-image:url(x.png)").hasBackgroundImage)
        #expect(style("width:0;height:0").reasons == .zeroSize)
        #expect(style("max-height:0;overflow:hidden").reasons == .zeroSize)
        #expect(style("max-width:1px;overflow-x:hidden").reasons == .zeroSize)
        #expect(style("max-width:1px;overflow-y:clip").reasons == .zeroSize)
        for offset in ["text-indent", "left", "top", "margin-left", "margin-top"] {
            #expect(style("\(offset):-999px").reasons == .offscreen, "\(offset)")
        }
        #expect(style("displa:none;displays:none;colour:#fff;overflow-z:hidden;max-width:0").reasons.isEmpty)
    }

    @Test func commonEntityFastPathMatchesTheTable() {
        for name in ["nbsp;", "amp;", "lt;", "gt;", "quot;"] {
            let fast = Array(name.utf8).withUnsafeBufferPointer { HTMLEntities.commonReplacement($0) }
            let index = Array(name.utf8).withUnsafeBufferPointer { HTMLEntityIndex.shared.find($0) }
            #expect(fast != nil && index != nil)
            if let fast, let index {
                var expected: [UInt8] = []
                HTMLEntityIndex.shared.appendValue(of: index, to: &expected)
                let bytes = fast > 0xFF ? [UInt8(fast & 0xFF), UInt8(fast >> 8)] : [UInt8(fast)]
                #expect(bytes == expected, "\(name)")
            }
        }
        #expect(HTMLEntities.decode("a&nbsp;b&amp;c&lt;d&gt;e&quot;f&nbspg&ampx") == "a\u{A0}b&c<d>e\"f\u{A0}g&x")
    }

    @Test func styleSheetCommentsAreSkippedWordByWord() {
        let html = """
            <style><!-- /* .shown{display:none} -- not-a-close */ .HIDE-ME{display:none}
            .long-class-name-without-specials{visibility:hidden} --></style>
            <span class="hide-me">secret</span> <span class="shown">visible</span>
            <span class="long-class-name-without-specials">gone</span>
            """
        let content = HTMLScanner.scan(html)
        #expect(content.visibleText == "visible")
        #expect(content.hiddenText.sample == "secret gone")
        #expect(content.hiddenText.displayNoneCount == 1 && content.hiddenText.visibilityHiddenCount == 1)
    }
}
