/// The attachment family: what is attached, what it really is, and the disguises malware
/// uses. (Attachment *names* are tokenized by ``TextFeatures`` as `an:` words.)
///
/// Per attachment (at most ``FeatureConfiguration/maxAttachments``), counted:
///
/// | feature | meaning |
/// | --- | --- |
/// | `att.sniffed:<type>` | ``FileType`` from the bytes |
/// | `att.ext:<ext>` | the name's extension (`none`, `long` for over 8 bytes) |
/// | `att.declared:<type>` | the declared media type |
/// | `att.size:<log KiB>` | size |
/// | `att.inline`, `att.attached`, `att.embedded`, `att.noname` | disposition and origin |
/// | `att.ext_mismatch` | the bytes are not what the extension promises (`.pdf` holding a PE) |
/// | `att.double_ext` | a document extension before an executable one (`invoice.pdf.exe`) |
/// | `att.exec` | executable or script by bytes or extension |
/// | `att.macro` | macro-enabled Office file (extension or a VBA project inside) |
/// | `att.archive`, `att.archive_exec`, `att.archive_encrypted` | archives, executables inside, encrypted members |
/// | `att.html` | an HTML file (credential-phishing pages travel as attachments) |
/// | `att.name_bidi`, `att.name_padding` | a right-to-left override or a run of spaces in the name |
///
/// Per message: `att.count:<log>` (`att.none` when there are none).
enum AttachmentFeatures {
    /// What the lexicon combinations need.
    struct Findings: Sendable, Hashable {
        var count = 0
        var executables = 0
        var htmlFiles = 0
    }

    /// Bytes searched for a VBA project inside an OLE2 file.
    static let maximumMacroScanBytes = 1 << 20

    static func extract<Sink: FeatureSink>(
        _ content: MessageContent, context: FeatureContext, into emitter: inout FeatureEmitter<Sink>
    ) -> Findings {
        var findings = Findings()
        for attachment in content.attachments.prefix(context.configuration.maxAttachments) {
            findings.count += 1
            read(attachment, findings: &findings, into: &emitter)
        }
        if findings.count == 0 {
            emitter.flag("att.none")
        } else {
            emitter.logBucket("att.count", findings.count)
        }
        return findings
    }

    private static func read<Sink: FeatureSink>(
        _ attachment: MessageContent.Attachment, findings: inout Findings, into emitter: inout FeatureEmitter<Sink>
    ) {
        let sniffed = attachment.sniffedType
        emitter.count("att.sniffed", sniffed.rawValue)
        let ext = attachment.fileExtension
        let isPlainExtension = (1...8).contains(ext.utf8.count) && ext.utf8.allSatisfy {
            ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A)
        }
        emitter.count("att.ext", ext.isEmpty ? "none" : isPlainExtension ? ext : "long")
        emitter.count("att.declared", String(attachment.declaredType.lowercased().prefix(60)))
        emitter.count("att.size", FeatureBucket.log(attachment.size / 1_024))
        if attachment.isInline { emitter.count("att.inline") } else { emitter.count("att.attached") }
        if attachment.isEmbedded { emitter.count("att.embedded") }
        if attachment.filename.isEmpty && !attachment.isInline { emitter.count("att.noname") }

        if let expected = FileExtensionFamily.expectedTypes(for: ext), sniffed != .unknown,
           !expected.contains(sniffed) {
            emitter.count("att.ext_mismatch")
        }
        if hasDoubleExtension(attachment.filename) { emitter.count("att.double_ext") }
        let executableBytes: Set<FileType> = [.windowsExecutable, .elf, .machO, .javaClass, .shellScript, .windowsShortcut]
        if executableBytes.contains(sniffed) || FileExtensionFamily.executable.contains(ext) {
            findings.executables += 1
            emitter.count("att.exec")
        }
        if FileExtensionFamily.macroEnabled.contains(ext) || hasMacros(attachment) { emitter.count("att.macro") }
        if sniffed == .html || ["htm", "html", "shtml", "xhtml"].contains(ext) {
            findings.htmlFiles += 1
            emitter.count("att.html")
        }
        let name = attachment.filename.unicodeScalars
        if name.contains(where: { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }) {
            emitter.count("att.name_bidi")
        }
        if attachment.filename.contains("    ") { emitter.count("att.name_padding") }

        let archives: Set<FileType> = [.zip, .rar, .sevenZip, .gzip, .bzip2, .xz, .cab, .tar, .iso]
        if archives.contains(sniffed) {
            emitter.count("att.archive")
            if sniffed == .zip {
                let members = ZipListing.entries(in: attachment.data)
                if members.contains(where: { isExecutableName($0.name) }) { emitter.count("att.archive_exec") }
                if members.contains(where: \.isEncrypted) { emitter.count("att.archive_encrypted") }
            }
        }
    }

    /// `name.pdf.exe`: a document extension directly before an executable one.
    static func hasDoubleExtension(_ filename: String) -> Bool {
        let parts = filename.lowercased().split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return false }
        let last = String(parts[parts.count - 1])
        let previous = String(parts[parts.count - 2]).trimmingSpaces
        return FileExtensionFamily.executable.contains(last) && FileExtensionFamily.document.contains(previous)
    }

    /// True when a member name ends in an executable or macro-enabled extension.
    static func isExecutableName(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        let ext = name[name.index(after: dot)...].lowercased()
        return FileExtensionFamily.executable.contains(ext) || FileExtensionFamily.macroEnabled.contains(ext)
    }

    /// `_VBA_PROJECT` in UTF-16LE, the stream name of a VBA project in an OLE2 file.
    static let vbaProjectName: [UInt8] = "_VBA_PROJECT".utf8.flatMap { [$0, 0] }

    /// Office files with a VBA project: `vbaProject.bin` in OOXML, `_VBA_PROJECT` (UTF-16) in OLE2.
    static func hasMacros(_ attachment: MessageContent.Attachment) -> Bool {
        switch attachment.sniffedType {
        case .ooxml:
            return ZipListing.entries(in: attachment.data).contains { $0.name.lowercased().hasSuffix("vbaproject.bin") }
        case .ole2:
            return ByteSearch.contains(attachment.data.prefix(maximumMacroScanBytes), vbaProjectName)
        default:
            return false
        }
    }
}

private extension String {
    /// The string without leading and trailing spaces.
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
