/// What a file name extension promises: the sniffed types that may honestly carry it, and
/// whether opening such a file runs code.
enum FileExtensionFamily {
    /// Extensions that run code or install something when opened on Windows, macOS, Android
    /// or in a browser.
    static let executable: Set<String> = [
        "exe", "scr", "com", "pif", "bat", "cmd", "vbs", "vbe", "js", "jse", "wsf", "wsh", "hta", "ps1",
        "msi", "jar", "lnk", "cpl", "dll", "reg", "iso", "img", "vhd", "vhdx", "apk", "app", "sh", "chm",
        "msc", "gadget", "inf", "scf", "url", "application", "appx", "msix", "xll", "one",
    ]

    /// Office formats that carry macros.
    static let macroEnabled: Set<String> = ["docm", "xlsm", "pptm", "dotm", "xltm", "xlsb", "ppsm", "xlam"]

    /// Extensions of documents and pictures, the disguise in `invoice.pdf.exe`.
    static let document: Set<String> = [
        "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "rtf", "txt", "jpg", "jpeg", "png", "gif",
        "bmp", "tif", "tiff", "htm", "html", "csv", "odt", "ods", "zip", "mp3", "mp4", "avi", "wav",
    ]

    /// The sniffed types a file with this extension may honestly have; nil when the
    /// extension is not judged.
    static func expectedTypes(for ext: String) -> Set<FileType>? {
        switch ext {
        case "exe", "scr", "com", "pif", "dll", "cpl", "sys": return [.windowsExecutable]
        case "msi": return [.ole2]
        case "zip": return [.zip, .ooxml]
        case "rar": return [.rar]
        case "7z": return [.sevenZip]
        case "gz", "tgz": return [.gzip]
        case "bz2": return [.bzip2]
        case "xz": return [.xz]
        case "cab": return [.cab]
        case "tar": return [.tar]
        case "iso": return [.iso]
        case "doc", "xls", "ppt", "pps", "dot", "xlt", "msg": return [.ole2, .rtf, .html, .text]
        case "docx", "xlsx", "pptx", "docm", "xlsm", "pptm", "dotm", "ppsx": return [.ooxml, .zip]
        case "pdf": return [.pdf]
        case "rtf": return [.rtf, .text]
        case "png": return [.png]
        case "jpg", "jpeg", "jpe": return [.jpeg]
        case "gif": return [.gif]
        case "bmp": return [.bmp]
        case "tif", "tiff": return [.tiff]
        case "webp": return [.webp]
        case "ico": return [.ico, .png]
        case "svg": return [.svg, .text, .html]
        case "htm", "html", "shtml", "xhtml": return [.html, .text, .svg]
        case "txt", "csv", "log", "asc": return [.text]
        case "lnk": return [.windowsShortcut]
        case "eml": return [.email, .text]
        case "jar": return [.zip, .javaClass]
        case "class": return [.javaClass]
        case "dat": return [.tnef, .text, .unknown]
        default: return nil
        }
    }
}
