/// The HTML elements the scanner treats specially; everything else is ``other``.
enum HTMLElementKind: UInt8, Sendable, CaseIterable {
    case other
    case a, abbr, address, applet, area, article, aside, b, base, basefont, bgsound, blockquote, body
    case br, button, caption, center, col, colgroup, dd, details, dialog, dir, div, dl, dt, embed
    case fieldset, figcaption, figure, font, footer, form, frame, frameset, h1, h2, h3, h4, h5, h6
    case head, header, hgroup, hr, html, i, iframe, img, input, keygen, label, legend, li, link
    case main, menu, meta, nav, noscript, object, ol, optgroup, option, p, param, pre, section
    case select, source, span, style, summary, table, tbody, td, template, textarea, tfoot, th
    case thead, title, tr, track, u, ul, wbr, xmp, script, image

    /// Looks up an element by its name bytes (ASCII case-insensitive).
    init(name: UnsafeBufferPointer<UInt8>) {
        self.init(in: name, range: 0..<name.count)
    }

    /// Looks up the element named by `bytes[range]` (ASCII case-insensitive); reading the
    /// name from the whole buffer lets short names be loaded as one word.
    init(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        let length = range.count
        guard length <= 10, let key = HTMLNameKey.pack(bytes, start: range.lowerBound, length: length, width: 8) else {
            self = .other
            return
        }
        if length > 8 {
            // Two names are longer than 8 bytes: "figcaption" (10) and "blockquote" (10).
            let tail = HTMLNameKey.pack(bytes, start: range.lowerBound + 8, length: length - 8, width: 8)
            if HTMLNameKey.pack("figcapti") == key, tail == HTMLNameKey.pack("on") {
                self = .figcaption
            } else if HTMLNameKey.pack("blockquo") == key, tail == HTMLNameKey.pack("te") {
                self = .blockquote
            } else {
                self = .other
            }
            return
        }
        // A perfect hash of the packed name picks the only kind that can match.
        let entry = Self.slots[Self.slot(of: key)]
        self = entry.key == key ? entry.kind : .other
    }

    /// The multiplier of ``slot(of:)``: no two names of 8 bytes or fewer share a slot
    /// (checked when the table is built).
    private static let hashMultiplier: UInt64 = 0x7765_547D_8263_8EBD

    /// One of 512 slots for a packed, lower-cased name.
    @inline(__always)
    private static func slot(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* hashMultiplier) >> 55) }

    /// A slot of ``slots``: the packed name and its kind.
    private struct Entry {
        var key: UInt64
        var kind: HTMLElementKind
    }

    /// The kind whose packed name hashes to each slot. Empty slots hold key 0 and ``other``:
    /// only the empty name packs to 0, and it is ``other`` anyway.
    private static let slots: [Entry] = {
        var table = [Entry](repeating: Entry(key: 0, kind: .other), count: 512)
        for kind in allCases where kind != .other {
            let name = String(describing: kind)
            guard name.utf8.count <= 8 else { continue }
            let key = name.utf8.reversed().reduce(0) { $0 << 8 | UInt64($1) }
            let slot = slot(of: key)
            precondition(table[slot].kind == .other, "HTMLElementKind hash collision")
            table[slot] = Entry(key: key, kind: kind)
        }
        return table
    }()

    /// Elements without content or end tag.
    var isVoid: Bool {
        switch self {
        case .area, .base, .basefont, .bgsound, .br, .col, .embed, .frame, .hr, .img, .image, .input,
             .keygen, .link, .meta, .param, .source, .track, .wbr:
            return true
        default:
            return false
        }
    }

    /// Elements that start and end on their own line in the visible text.
    var isBlock: Bool {
        switch self {
        case .address, .article, .aside, .blockquote, .body, .caption, .center, .dd, .details, .dialog,
             .dir, .div, .dl, .dt, .fieldset, .figcaption, .figure, .footer, .form, .frameset, .h1, .h2,
             .h3, .h4, .h5, .h6, .header, .hgroup, .hr, .html, .legend, .li, .main, .menu, .nav, .ol,
             .p, .pre, .section, .summary, .table, .tbody, .tfoot, .thead, .tr, .ul, .xmp, .textarea,
             .select, .option, .title:
            return true
        default:
            return false
        }
    }

    /// Block starts that implicitly close an open `<p>`.
    var closesParagraph: Bool {
        switch self {
        case .address, .article, .aside, .blockquote, .center, .dd, .details, .dialog, .dir, .div, .dl,
             .dt, .fieldset, .figcaption, .figure, .footer, .form, .h1, .h2, .h3, .h4, .h5, .h6, .header,
             .hgroup, .hr, .li, .main, .menu, .nav, .ol, .p, .pre, .section, .summary, .table, .ul, .xmp:
            return true
        default:
            return false
        }
    }

    /// Cells whose content is separated by a space rather than a line break.
    var isCell: Bool { self == .td || self == .th }
}
