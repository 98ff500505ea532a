/// The ``HTMLTokenSink`` behind ``HTMLScanner``: keeps a stack of open elements with their
/// inherited visibility and colours, and collects text, links, images and forms.
struct HTMLScanSink: HTMLTokenSink {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let limits: HTMLScanLimits
    private(set) var content = HTMLContent()

    private var visible: HTMLTextAccumulator
    private var hiddenSample: HTMLTextAccumulator
    /// The text of the open link (reused from link to link).
    private var anchorText: HTMLTextAccumulator
    private var collectsAnchorText = false
    private var titleText: HTMLTextAccumulator?
    private var currentLink: Int?
    private var currentForm: Int?
    private var implicitForm: Int?
    private var stack: [OpenElement] = []
    private var styleRules = HTMLStyleSheetRules()
    private var rawTextIsStyle = false
    private var stopped = false
    private var decoded: [UInt8] = []
    private var cleaner = HTMLTextCleaner()
    /// Scratch space of ``withLowercasedDecoded(_:_:)``.
    private var decodedAttribute: [UInt8] = []
    private let lowercaseScratch = HTMLScratchBuffer<UInt8>(capacity: 256)
    /// Attribute-value decoding (a small value: calling it never copies the sink).
    private let values: HTMLAttributeValues
    /// The rendering state of the innermost open element.
    private var state = RenderState()

    /// An open element and the rendering state its content inherits.
    private struct OpenElement {
        var key: UInt64
        var kind: HTMLElementKind
        var state: RenderState
        var opensLink = false
        var opensForm = false
        var isTitle = false
    }

    /// Inherited rendering state.
    private struct RenderState {
        /// Hidden by a style of this element or an ancestor (other than colour contrast).
        var styleHidden = false
        /// Text colour equals the background here.
        var colorHidden = false
        var color = HTMLColor.black
        /// `nil` when a background image makes the colour unknown.
        var background: HTMLColor? = HTMLColor.white
        var preformatted = false
        var isHidden: Bool { styleHidden || colorHidden }
    }

    init(bytes: UnsafeBufferPointer<UInt8>, limits: HTMLScanLimits) {
        self.bytes = bytes
        self.limits = limits
        self.values = HTMLAttributeValues(bytes: bytes)
        visible = HTMLTextAccumulator(limit: limits.maximumVisibleTextBytes)
        hiddenSample = HTMLTextAccumulator(limit: limits.maximumHiddenSampleBytes)
        anchorText = HTMLTextAccumulator(limit: limits.maximumAnchorTextBytes)
        stack.reserveCapacity(32)
        decoded.reserveCapacity(256)
    }

    var wantsToStop: Bool { stopped }

    // MARK: - Tokens

    mutating func characters(_ range: Range<Int>, decodesReferences: Bool) {
        guard !stopped, !range.isEmpty else { return }
        let raw = UnsafeBufferPointer(rebasing: bytes[range])
        let current = state
        if !current.preformatted, Self.isShortCollapsibleWhitespace(raw) {
            // The indentation between tags: cleaning would give one space.
            var space: UInt8 = 0x20
            withUnsafePointer(to: &space) { deliver(UnsafeBufferPointer(start: $0, count: 1), characters: 0, in: current) }
            return
        }
        var result = cleaner.clean(raw, preformatted: current.preformatted, stopAtAmpersand: decodesReferences)
        if result == nil {
            // A character reference: decode the chunk, then clean the decoded text.
            decoded.removeAll(keepingCapacity: true)
            HTMLEntities.appendDecoded(raw, to: &decoded)
            result = decoded.withUnsafeBufferPointer {
                cleaner.clean($0, preformatted: current.preformatted, stopAtAmpersand: false)
            }
        }
        guard let result else { return }
        content.hiddenText.zeroWidthCharacterCount += result.zeroWidth
        guard cleaner.count > 0 else { return }
        deliver(cleaner.output, characters: result.characters, in: current)
    }

    /// Appends a cleaned chunk to the text it belongs to (title, hidden sample, or visible
    /// and anchor text).
    private mutating func deliver(_ chunk: UnsafeBufferPointer<UInt8>, characters: Int, in current: RenderState) {
        let lineBreaks = current.preformatted
        if titleText != nil {
            titleText?.append(cleaned: chunk, mayHaveLineBreaks: lineBreaks)
        } else if current.isHidden {
            content.hiddenText.hiddenCharacterCount += characters
            hiddenSample.append(cleaned: chunk, mayHaveLineBreaks: lineBreaks)
        } else {
            visible.append(cleaned: chunk, mayHaveLineBreaks: lineBreaks)
            if collectsAnchorText { anchorText.append(cleaned: chunk, mayHaveLineBreaks: lineBreaks) }
        }
    }

    /// `true` for up to 32 bytes of ASCII whitespace (TAB, LF, VT, FF, CR, space), which
    /// ``HTMLTextCleaner`` turns into one space outside preformatted text.
    @inline(__always)
    private static func isShortCollapsibleWhitespace(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        guard raw.count <= 32 else { return false }
        let whitespace: UInt64 = 0x1_0000_3E00  // bits 0x09...0x0D and 0x20
        for byte in raw where (whitespace &>> UInt64(Swift.min(byte, 63))) & 1 == 0 { return false }
        return true
    }

    mutating func rawText(_ range: Range<Int>) {
        guard rawTextIsStyle, !stopped else { return }
        styleRules.add(styleSheet: UnsafeBufferPointer(rebasing: bytes[range]))
    }

    mutating func comment(_ range: Range<Int>) {
        content.counts.comments += 1
        var characters = 0
        for index in range where bytes[index] & 0xC0 != 0x80 { characters += 1 }
        content.counts.commentCharacters += characters
    }

    mutating func startTag(name: Range<Int>, attributes: UnsafeBufferPointer<HTMLRawAttribute>, selfClosing: Bool) {
        guard !stopped else { return }
        content.counts.tags += 1
        if content.counts.tags > limits.maximumTags {
            content.truncated = true
            stopped = true
            return
        }
        let nameBytes = UnsafeBufferPointer(rebasing: bytes[name])
        let kind = HTMLElementKind(in: bytes, range: name)
        hiddenSample.space()
        closeImplicitly(before: kind)
        let attributes = HTMLTagAttributes(attributes, in: bytes)
        let parent = state
        var element = OpenElement(key: Self.key(kind: kind, name: nameBytes), kind: kind,
                                  state: renderState(of: kind, attributes, parent: parent))

        if kind.isBlock || kind.isCell {
            if kind.isBlock { visible.endBlock() } else { visible.space() }
            if collectsAnchorText { anchorText.space() }
        }
        switch kind {
        case .a:
            closeLink()
            if let href = attributes[.href].map({ values.cleanedURL($0) }) {
                content.counts.links += 1
                element.opensLink = startLink(HTMLLink(href: href, title: attributes[.title].map({ values.decodedString($0) }),
                                                       isHidden: element.state.isHidden))
            }
        case .area:
            if let href = attributes[.href].map({ values.cleanedURL($0) }) {
                content.counts.links += 1
                _ = appendLink(HTMLLink(href: href, text: attributes[.alt].map({ values.decodedString($0) }) ?? "",
                                        title: attributes[.title].map({ values.decodedString($0) }),
                                        isHidden: element.state.isHidden, isArea: true))
            }
        case .img, .image:
            recordImage(attributes, hidden: element.state.isHidden)
            visible.space()
        case .form:
            content.counts.forms += 1
            element.opensForm = startForm(attributes)
        case .input:
            recordInput(attributes)
        case .button:
            if currentForm != nil || implicitForm != nil { updateForm { $0.submitCount += 1 } }
        case .textarea, .select:
            updateForm { $0.otherFieldCount += 1 }
            recordFieldName(attributes)
        case .base:
            if content.baseHref == nil, let href = attributes[.href].map({ values.cleanedURL($0) }) { content.baseHref = href }
        case .meta:
            recordMetaRefresh(attributes)
        case .table: content.counts.tables += 1
        case .script: content.counts.scripts += 1
        case .style: content.counts.styles += 1
        case .iframe, .frame: content.counts.iframes += 1
        case .object, .embed, .applet: content.counts.objects += 1
        case .title:
            if content.title == nil, titleText == nil, !selfClosing {
                titleText = HTMLTextAccumulator(limit: limits.maximumTitleBytes)
                element.isTitle = true
            }
        case .br:
            visible.breakLine()
            if collectsAnchorText { anchorText.space() }
        default:
            break
        }
        rawTextIsStyle = kind == .style
        let isContainer = !kind.isVoid && (!selfClosing || kind == .a)
        if isContainer, stack.count < limits.maximumElementDepth {
            stack.append(element)
            state = element.state
        } else {
            if element.opensLink { closeLink() }
            if element.isTitle { finishTitle() }
        }
    }

    mutating func endTag(name: Range<Int>) {
        guard !stopped, !name.isEmpty else { return }
        let nameBytes = UnsafeBufferPointer(rebasing: bytes[name])
        let kind = HTMLElementKind(in: bytes, range: name)
        let key = Self.key(kind: kind, name: nameBytes)
        hiddenSample.space()
        var index = stack.count - 1
        let lowest = Swift.max(0, stack.count - 64)
        while index >= lowest, stack[index].key != key { index -= 1 }
        if index >= lowest {
            while stack.count > index { popElement() }
        } else if kind == .br {
            visible.breakLine()
        }
        if kind.isBlock { visible.endBlock() } else if kind.isCell { visible.space() }
    }

    /// Closes everything still open and returns the result.
    mutating func finish(budgetExceeded: Bool) -> HTMLContent {
        while !stack.isEmpty { popElement() }
        closeLink()
        finishTitle()
        content.visibleText = visible.text
        content.hiddenText.sample = hiddenSample.text
        if visible.isTruncated || budgetExceeded { content.truncated = true }
        return content
    }

    // MARK: - Elements

    private mutating func popElement() {
        guard let element = stack.popLast() else { return }
        state = stack.last?.state ?? RenderState()
        if element.opensLink { closeLink() }
        if element.opensForm { currentForm = nil }
        if element.isTitle { finishTitle() }
        if element.kind.isBlock { visible.endBlock() } else if element.kind.isCell { visible.space() }
    }

    /// HTML's implied end tags: a new `<p>`, `<li>`, cell, row or option closes the open one.
    private mutating func closeImplicitly(before kind: HTMLElementKind) {
        guard let top = stack.last?.kind else { return }
        if kind.closesParagraph, top == .p {
            popElement()
        }
        switch kind {
        case .li: popUntil({ $0 == .li }, stoppingAt: { $0 == .ul || $0 == .ol || $0 == .menu || $0 == .table })
        case .dd, .dt: popUntil({ $0 == .dd || $0 == .dt }, stoppingAt: { $0 == .dl || $0 == .table })
        case .td, .th: popUntil({ $0 == .td || $0 == .th }, stoppingAt: { $0 == .tr || $0 == .table })
        case .tr: popUntil({ $0 == .tr }, stoppingAt: { $0 == .table || $0 == .tbody || $0 == .thead || $0 == .tfoot })
        case .option: popUntil({ $0 == .option }, stoppingAt: { $0 == .select || $0 == .optgroup })
        case .a: popUntil({ $0 == .a }, stoppingAt: { $0 == .table || $0 == .td || $0 == .th })
        default: break
        }
    }

    /// Pops up to and including the nearest element that `isTarget` accepts, unless one that
    /// `isBoundary` accepts (or more than 16 elements) comes first.
    @inline(__always)
    private mutating func popUntil(_ isTarget: (HTMLElementKind) -> Bool,
                                   stoppingAt isBoundary: (HTMLElementKind) -> Bool) {
        var index = stack.count - 1
        let lowest = Swift.max(0, stack.count - 16)
        while index >= lowest {
            let kind = stack[index].kind
            if isTarget(kind) {
                while stack.count > index { popElement() }
                return
            }
            if isBoundary(kind) { return }
            index -= 1
        }
    }

    private mutating func renderState(of kind: HTMLElementKind, _ attributes: HTMLTagAttributes,
                                      parent: RenderState) -> RenderState {
        var result = parent
        if !attributes.has(.style), !attributes.has(.bgcolor), !attributes.has(.background), !attributes.has(.hidden),
           !attributes.has(.color), !attributes.has(.text), !attributes.has(.class) || styleRules.isEmpty {
            // Nothing that changes visibility or colours (the usual tag): the inherited state,
            // whose colour contrast was judged when it was made.
            if kind == .pre || kind == .xmp || kind == .textarea { result.preformatted = true }
            return result
        }
        var reasons: HTMLHidingReasons = []
        func apply(_ style: HTMLInlineStyle) {
            reasons.formUnion(style.reasons)
            if let color = style.color { result.color = color }
            if style.hasBackgroundImage {
                result.background = nil
            } else if let background = style.background, !background.isTransparent {
                result.background = background
            }
        }
        if let classes = attributes[.class], !styleRules.isEmpty {
            let rules = styleRules
            if let style = withLowercasedDecoded(classes, { rules.style(forClassAttribute: $0) }) { apply(style) }
        }
        if let legacy = attributes[.bgcolor], let color = withLowercasedDecoded(legacy, { HTMLColor.parse($0) }),
           !color.isTransparent {
            result.background = color
        }
        if attributes.has(.background) { result.background = nil }
        if kind == .font, let legacy = attributes[.color], let color = withLowercasedDecoded(legacy, { HTMLColor.parse($0) }) {
            result.color = color
        }
        if kind == .body, let legacy = attributes[.text], let color = withLowercasedDecoded(legacy, { HTMLColor.parse($0) }) {
            result.color = color
        }
        if let style = attributes[.style] {
            apply(withLowercasedDecoded(style) { HTMLInlineStyle(declarations: $0) })
        }
        if attributes.has(.hidden) { reasons.insert(.displayNone) }
        if kind == .pre || kind == .xmp || kind == .textarea { result.preformatted = true }
        result.colorHidden = result.background.map { result.color.isIndistinguishable(on: $0) } ?? false
        if result.colorHidden, !parent.colorHidden, !parent.styleHidden, !kind.isVoid {
            reasons.insert(.colorMatchesBackground)
        }
        content.hiddenText.record(reasons)
        reasons.remove(.colorMatchesBackground)
        if !reasons.isEmpty { result.styleHidden = true }
        return result
    }

    // MARK: - Links, images, forms

    private mutating func appendLink(_ link: HTMLLink) -> Bool {
        guard content.links.count < limits.maximumLinks else {
            content.truncated = true
            return false
        }
        content.links.append(link)
        return true
    }

    private mutating func startLink(_ link: HTMLLink) -> Bool {
        guard appendLink(link) else { return false }
        currentLink = content.links.count - 1
        anchorText.reset()
        collectsAnchorText = true
        return true
    }

    private mutating func closeLink() {
        guard let index = currentLink else { return }
        content.links[index].text = anchorText.text
        currentLink = nil
        collectsAnchorText = false
    }

    private mutating func finishTitle() {
        guard let text = titleText else { return }
        content.title = text.text
        titleText = nil
    }

    private mutating func recordImage(_ attributes: HTMLTagAttributes, hidden: Bool) {
        content.counts.images += 1
        if let link = currentLink { content.links[link].containsImage = true }
        guard content.images.count < limits.maximumImages else {
            content.truncated = true
            return
        }
        var image = HTMLImage(src: attributes[.src].map({ values.cleanedURL($0) }), alt: attributes[.alt].map({ values.decodedString($0) }),
                              isHidden: hidden)
        if let width = attributes[.width] { image.width = withLowercasedDecoded(width) { Self.pixelCount($0) } }
        if let height = attributes[.height] { image.height = withLowercasedDecoded(height) { Self.pixelCount($0) } }
        if let style = attributes[.style], image.width == nil || image.height == nil {
            let (width, height) = withLowercasedDecoded(style) { Self.styleSize($0) }
            if image.width == nil { image.width = width }
            if image.height == nil { image.height = height }
        }
        content.images.append(image)
    }

    private mutating func startForm(_ attributes: HTMLTagAttributes) -> Bool {
        guard content.forms.count < limits.maximumForms else {
            content.truncated = true
            return false
        }
        let method = attributes[.method].map { String(decoding: values.lowercasedDecoded($0), as: UTF8.self) }
        content.forms.append(HTMLForm(action: attributes[.action].map({ values.cleanedURL($0) }), method: method))
        currentForm = content.forms.count - 1
        return true
    }

    /// Applies `change` to the open form, or to the implicit form (created on first use).
    private mutating func updateForm(_ change: (inout HTMLForm) -> Void) {
        if let index = currentForm ?? implicitForm {
            change(&content.forms[index])
            return
        }
        guard content.forms.count < limits.maximumForms else {
            content.truncated = true
            return
        }
        content.forms.append(HTMLForm(isImplicit: true))
        implicitForm = content.forms.count - 1
        change(&content.forms[content.forms.count - 1])
    }

    private mutating func recordInput(_ attributes: HTMLTagAttributes) {
        content.counts.inputs += 1
        let type = attributes[.type].map { String(decoding: HTMLInlineStyle.trimmed(values.lowercasedDecoded($0)[...]), as: UTF8.self) } ?? "text"
        updateForm { form in
            form.inputCount += 1
            switch type {
            case "password": form.passwordInputCount += 1
            case "hidden": form.hiddenInputCount += 1
            case "submit", "image", "button", "reset": form.submitCount += 1
            case "checkbox", "radio", "file", "color", "range", "date", "datetime-local", "month", "week", "time":
                break
            default: form.textInputCount += 1
            }
        }
        if type != "hidden" && type != "submit" { recordFieldName(attributes) }
    }

    private mutating func recordFieldName(_ attributes: HTMLTagAttributes) {
        guard let attribute = attributes[.name] ?? attributes[.id] else { return }
        let name = String(decoding: HTMLInlineStyle.trimmed(values.lowercasedDecoded(attribute)[...]), as: UTF8.self)
        guard !name.isEmpty else { return }
        updateForm { form in
            if form.fieldNames.count < 32 { form.fieldNames.append(String(name.prefix(64))) }
        }
    }

    /// `<meta http-equiv="refresh" content="5; url='https://…'">`.
    private mutating func recordMetaRefresh(_ attributes: HTMLTagAttributes) {
        guard content.metaRefreshURL == nil, let equiv = attributes[.httpEquiv], let value = attributes[.content],
              HTMLInlineStyle.trimmed(values.lowercasedDecoded(equiv)[...]).elementsEqual("refresh".utf8) else { return }
        let text = values.decodedBytes(value)
        var index = 0
        func skipSpaces() { while index < text.count, text[index] <= 0x20 { index += 1 } }
        skipSpaces()
        while index < text.count, HTMLEntities.isDigit(text[index]) || text[index] == 0x2E { index += 1 }
        skipSpaces()
        guard index < text.count, text[index] == 0x3B || text[index] == 0x2C else { return }
        index += 1
        skipSpaces()
        if index + 3 <= text.count, text[index] | 0x20 == 0x75, text[index + 1] | 0x20 == 0x72,
           text[index + 2] | 0x20 == 0x6C {
            var probe = index + 3
            while probe < text.count, text[probe] <= 0x20 { probe += 1 }
            if probe < text.count, text[probe] == 0x3D {
                index = probe + 1
                skipSpaces()
            }
        }
        var end = text.count
        if index < text.count, text[index] == 0x22 || text[index] == 0x27 {
            let quote = text[index]
            index += 1
            end = text[index...].firstIndex(of: quote) ?? text.count
        }
        var url = Array(text[index..<end])
        HTMLAttributeURLs.trimAndDeleteTabsAndNewlines(&url)
        if !url.isEmpty { content.metaRefreshURL = String(decoding: url, as: UTF8.self) }
    }

    // MARK: - Attribute values and text

    /// Calls `body` with the entity-decoded, ASCII-lower-cased value of `attribute`, written
    /// into a reused buffer (no allocation per tag).
    private mutating func withLowercasedDecoded<Result>(
        _ attribute: HTMLRawAttribute, _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Result
    ) -> Result {
        let raw = UnsafeBufferPointer(rebasing: bytes[attribute.value])
        let count: Int
        if HTMLAttributeValues.containsAmpersand(raw) {
            decodedAttribute.removeAll(keepingCapacity: true)
            HTMLEntities.appendDecoded(raw, to: &decodedAttribute)
            let scratch = lowercaseScratch
            count = decodedAttribute.withUnsafeBufferPointer { HTMLAttributeValues.lowercase($0, into: scratch) }
        } else {
            count = HTMLAttributeValues.lowercase(raw, into: lowercaseScratch)
        }
        return body(UnsafeBufferPointer(start: lowercaseScratch.base, count: count)[...])
    }

    /// `width` and `height` declared in a lower-cased inline style, in whole pixels.
    private static func styleSize(_ style: Slice<UnsafeBufferPointer<UInt8>>) -> (Int?, Int?) {
        var width: Int?, height: Int?
        var start = style.startIndex
        while start < style.endIndex {
            let end = style[start...].firstIndex(of: 0x3B) ?? style.endIndex
            let declaration = style[start..<end]
            start = end + 1
            guard let colon = declaration.firstIndex(of: 0x3A) else { continue }
            let property = HTMLInlineStyle.trimmed(declaration[..<colon])
            let isWidth = property.elementsEqual("width".utf8), isHeight = property.elementsEqual("height".utf8)
            guard isWidth || isHeight else { continue }
            let pixels = HTMLInlineStyle.pixels(HTMLInlineStyle.trimmed(declaration[(colon + 1)...]))
                .map { Int(Swift.max(0, Swift.min($0, 1e6))) }
            if isWidth { width = pixels } else { height = pixels }
        }
        return (width, height)
    }

    /// `width="120"` / `"120px"` → 120; percentages and junk → `nil`.
    private static func pixelCount(_ value: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        let trimmed = HTMLInlineStyle.trimmed(value)
        guard let (number, unit) = HTMLInlineStyle.number(trimmed), number >= 0,
              unit.isEmpty || unit.elementsEqual("px".utf8) else { return nil }
        return Int(Swift.min(number, 1e6))
    }

    /// Stack key: the element kind, or a hash of the lower-cased name for other elements.
    private static func key(kind: HTMLElementKind, name: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard kind == .other else { return UInt64(kind.rawValue) }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name {
            hash = (hash ^ UInt64(byte &- 0x41 < 26 ? byte | 0x20 : byte)) &* 0x0000_0100_0000_01B3
        }
        return hash | 1 << 63
    }
}
