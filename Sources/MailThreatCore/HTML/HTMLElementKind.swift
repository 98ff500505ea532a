/// The HTML elements the scanner treats specially; everything else is ``other``.
enum HTMLElementKind: UInt8, Sendable {
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
        guard name.count <= 10, let key = HTMLNameKey.pack(name, start: 0, length: name.count, width: 8) else {
            self = .other
            return
        }
        if name.count > 8 {
            // Two names are longer than 8 bytes: "figcaption" (10) and "blockquote" (10).
            let tail = HTMLNameKey.pack(name, start: 8, length: name.count - 8, width: 8)
            if HTMLNameKey.pack("figcapti") == key, tail == HTMLNameKey.pack("on") {
                self = .figcaption
            } else if HTMLNameKey.pack("blockquo") == key, tail == HTMLNameKey.pack("te") {
                self = .blockquote
            } else {
                self = .other
            }
            return
        }
        switch key {
        case 0x61: self = .a  // "a"
        case 0x72626261: self = .abbr  // "abbr"
        case 0x73736572646461: self = .address  // "address"
        case 0x74656C707061: self = .applet  // "applet"
        case 0x61657261: self = .area  // "area"
        case 0x656C6369747261: self = .article  // "article"
        case 0x6564697361: self = .aside  // "aside"
        case 0x62: self = .b  // "b"
        case 0x65736162: self = .base  // "base"
        case 0x746E6F6665736162: self = .basefont  // "basefont"
        case 0x646E756F736762: self = .bgsound  // "bgsound"
        case 0x79646F62: self = .body  // "body"
        case 0x7262: self = .br  // "br"
        case 0x6E6F74747562: self = .button  // "button"
        case 0x6E6F6974706163: self = .caption  // "caption"
        case 0x7265746E6563: self = .center  // "center"
        case 0x6C6F63: self = .col  // "col"
        case 0x70756F72676C6F63: self = .colgroup  // "colgroup"
        case 0x6464: self = .dd  // "dd"
        case 0x736C6961746564: self = .details  // "details"
        case 0x676F6C616964: self = .dialog  // "dialog"
        case 0x726964: self = .dir  // "dir"
        case 0x766964: self = .div  // "div"
        case 0x6C64: self = .dl  // "dl"
        case 0x7464: self = .dt  // "dt"
        case 0x6465626D65: self = .embed  // "embed"
        case 0x746573646C656966: self = .fieldset  // "fieldset"
        case 0x657275676966: self = .figure  // "figure"
        case 0x746E6F66: self = .font  // "font"
        case 0x7265746F6F66: self = .footer  // "footer"
        case 0x6D726F66: self = .form  // "form"
        case 0x656D617266: self = .frame  // "frame"
        case 0x746573656D617266: self = .frameset  // "frameset"
        case 0x3168: self = .h1  // "h1"
        case 0x3268: self = .h2  // "h2"
        case 0x3368: self = .h3  // "h3"
        case 0x3468: self = .h4  // "h4"
        case 0x3568: self = .h5  // "h5"
        case 0x3668: self = .h6  // "h6"
        case 0x64616568: self = .head  // "head"
        case 0x726564616568: self = .header  // "header"
        case 0x70756F726768: self = .hgroup  // "hgroup"
        case 0x7268: self = .hr  // "hr"
        case 0x6C6D7468: self = .html  // "html"
        case 0x69: self = .i  // "i"
        case 0x656D61726669: self = .iframe  // "iframe"
        case 0x676D69: self = .img  // "img"
        case 0x6567616D69: self = .image  // "image"
        case 0x7475706E69: self = .input  // "input"
        case 0x6E656779656B: self = .keygen  // "keygen"
        case 0x6C6562616C: self = .label  // "label"
        case 0x646E6567656C: self = .legend  // "legend"
        case 0x696C: self = .li  // "li"
        case 0x6B6E696C: self = .link  // "link"
        case 0x6E69616D: self = .main  // "main"
        case 0x756E656D: self = .menu  // "menu"
        case 0x6174656D: self = .meta  // "meta"
        case 0x76616E: self = .nav  // "nav"
        case 0x7470697263736F6E: self = .noscript  // "noscript"
        case 0x7463656A626F: self = .object  // "object"
        case 0x6C6F: self = .ol  // "ol"
        case 0x70756F726774706F: self = .optgroup  // "optgroup"
        case 0x6E6F6974706F: self = .option  // "option"
        case 0x70: self = .p  // "p"
        case 0x6D61726170: self = .param  // "param"
        case 0x657270: self = .pre  // "pre"
        case 0x6E6F6974636573: self = .section  // "section"
        case 0x7463656C6573: self = .select  // "select"
        case 0x656372756F73: self = .source  // "source"
        case 0x6E617073: self = .span  // "span"
        case 0x656C797473: self = .style  // "style"
        case 0x7972616D6D7573: self = .summary  // "summary"
        case 0x656C626174: self = .table  // "table"
        case 0x79646F6274: self = .tbody  // "tbody"
        case 0x6474: self = .td  // "td"
        case 0x6574616C706D6574: self = .template  // "template"
        case 0x6165726174786574: self = .textarea  // "textarea"
        case 0x746F6F6674: self = .tfoot  // "tfoot"
        case 0x6874: self = .th  // "th"
        case 0x6461656874: self = .thead  // "thead"
        case 0x656C746974: self = .title  // "title"
        case 0x7274: self = .tr  // "tr"
        case 0x6B63617274: self = .track  // "track"
        case 0x75: self = .u  // "u"
        case 0x6C75: self = .ul  // "ul"
        case 0x726277: self = .wbr  // "wbr"
        case 0x706D78: self = .xmp  // "xmp"
        case 0x747069726373: self = .script  // "script"
        default: self = .other
        }
    }

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
