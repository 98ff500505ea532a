/// A file type recognised from the first bytes of an attachment (magic numbers), independent of
/// the declared MIME type and the file name, which senders choose freely.
public enum FileType: String, Sendable, Hashable, CaseIterable, Codable {
    case unknown, text, html, pdf, rtf
    case zip, rar, sevenZip = "7z", gzip, bzip2, xz, cab, tar, iso
    case ole2 // legacy Office (doc, xls, ppt), msi, msg
    case ooxml // zip holding [Content_Types].xml: docx, xlsx, pptx
    case windowsExecutable = "pe", elf, machO = "macho", javaClass = "class"
    case shellScript = "script", windowsShortcut = "lnk"
    case png, jpeg, gif, bmp, tiff, webp, ico, svg
    case tnef, email = "message"

    /// True for types that run code when opened or can carry executables: the attachment
    /// signals a gateway cares most about.
    public var isExecutableOrArchive: Bool {
        switch self {
        case .windowsExecutable, .elf, .machO, .javaClass, .shellScript, .windowsShortcut,
             .zip, .rar, .sevenZip, .gzip, .bzip2, .xz, .cab, .tar, .iso:
            return true
        default:
            return false
        }
    }

    /// Sniffs the type from the leading bytes (and, for ISO 9660 and tar, fixed offsets).
    public static func sniff(_ bytes: ArraySlice<UInt8>) -> FileType {
        let b = bytes
        let s = b.startIndex
        func has(_ sig: [UInt8], at offset: Int = 0) -> Bool {
            guard b.count >= offset + sig.count else { return false }
            for (i, x) in sig.enumerated() where b[s + offset + i] != x { return false }
            return true
        }
        if has([0x4D, 0x5A]) { return .windowsExecutable }
        if has([0x7F, 0x45, 0x4C, 0x46]) { return .elf }
        if has([0xCF, 0xFA, 0xED, 0xFE]) || has([0xCE, 0xFA, 0xED, 0xFE]) || has([0xFE, 0xED, 0xFA, 0xCF]) { return .machO }
        if has([0xCA, 0xFE, 0xBA, 0xBE]) { return .javaClass }
        if has([0x25, 0x50, 0x44, 0x46, 0x2D]) { return .pdf }
        if has([0x50, 0x4B, 0x03, 0x04]) || has([0x50, 0x4B, 0x05, 0x06]) || has([0x50, 0x4B, 0x07, 0x08]) {
            // OOXML names "[Content_Types].xml" in its first local headers.
            let window = b.prefix(4096)
            let needle = Array("[Content_Types].xml".utf8)
            if Self.contains(window, needle) { return .ooxml }
            return .zip
        }
        if has(Array("Rar!\u{1A}\u{07}".utf8)) { return .rar }
        if has([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) { return .sevenZip }
        if has([0x1F, 0x8B]) { return .gzip }
        if has(Array("BZh".utf8)) { return .bzip2 }
        if has([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return .xz }
        if has(Array("MSCF".utf8)) { return .cab }
        if has([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .ole2 }
        if has([0x78, 0x9F, 0x3E, 0x22]) { return .tnef }
        if has([0x4C, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00]) { return .windowsShortcut }
        if has([0x89, 0x50, 0x4E, 0x47]) { return .png }
        if has([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if has(Array("GIF8".utf8)) { return .gif }
        if has(Array("RIFF".utf8)) && has(Array("WEBP".utf8), at: 8) { return .webp }
        if has([0x49, 0x49, 0x2A, 0x00]) || has([0x4D, 0x4D, 0x00, 0x2A]) { return .tiff }
        if has([0x00, 0x00, 0x01, 0x00]) { return .ico }
        if has(Array("BM".utf8)) && b.count > 14 { return .bmp }
        if has(Array("{\\rtf".utf8)) { return .rtf }
        if has(Array("ustar".utf8), at: 257) { return .tar }
        if has(Array("CD001".utf8), at: 0x8001) { return .iso }
        if has(Array("#!".utf8)) { return .shellScript }
        // Text-like content: look at a window, case-insensitively, for markup.
        let head = b.prefix(1024).map(ASCII.lowercase)
        if Self.contains(head[...], Array("<svg".utf8)) { return .svg }
        if Self.contains(head[...], Array("<html".utf8)) || Self.contains(head[...], Array("<!doctype html".utf8))
            || Self.contains(head[...], Array("<script".utf8)) {
            return .html
        }
        if head.count >= 16, Self.contains(head[...], Array("received:".utf8)) || Self.contains(head[...], Array("message-id:".utf8)) {
            return .email
        }
        if !head.isEmpty && head.allSatisfy({ $0 >= 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return .text }
        return .unknown
    }

    private static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else { return false }
        var i = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
