/// The text family: tokens of the subject, the display names, the body and the attachment
/// names (through ``TextFeatureWriter``), then style features that describe how the text is
/// written rather than what it says.
///
/// | feature | meaning |
/// | --- | --- |
/// | `w:`, `s:`, `bi:`, `cjk:`, `s.cjk:`, `dn:`, `an:`, `shape:` | tokens (see ``TextFeatureWriter``) |
/// | `txt.words:<log>` | words + CJK characters of the body |
/// | `txt.empty` | the body has no tokens |
/// | `txt.caps:<share>` | share of all-caps words (bodies of 5+ words) |
/// | `txt.exclaim:<log>`, `txt.currency:<log>`, `txt.emoji:<log>` | punctuation and symbol counts |
/// | `txt.invisible:<log>`, `txt.invisible_in_words:<log>`, `txt.bidi` | hidden characters |
/// | `txt.mixed_script_words:<log>` | words mixing scripts (homoglyphs) |
/// | `txt.script:<name>`, `txt.multi_script` | scripts with ≥ 10 % of the tokens |
/// | `txt.token_cap` | the token cap cut the text |
/// | `subj.empty`, `subj.words:<log>`, `subj.caps:<share>`, `subj.exclaim`, `subj.currency`, `subj.emoji`, `subj.invisible`, `subj.mixed_script`, `subj.reply`, `subj.forward` | the subject's shape |
///
/// The body is the HTML's visible text when there is HTML, plus the plain text when it is not
/// simply the same content again (its length differs by more than a factor of two), so a
/// `multipart/alternative` message is not counted twice.
enum TextFeatures {
    /// What later families need from the text.
    struct Findings: Sendable, Hashable {
        var subject = TextStatistics()
        var body = TextStatistics()
        var subjectTally = LexiconTally()
        var bodyTally = LexiconTally()
        var displayNameTally = LexiconTally()
        var attachmentNameTally = LexiconTally()
        var reachedTokenCap = false
    }

    /// Tokenizes every text field of `content` into `writer` and emits the style features.
    static func extract<Sink: FeatureSink>(
        _ content: MessageContent, tokenizer: Tokenizer, maxAttachments: Int,
        writer: inout TextFeatureWriter<Sink>
    ) -> Findings {
        var findings = Findings()

        writer.begin(.subject)
        _ = tokenizer.tokenize(content.subject, into: &writer)
        findings.subject = writer.statistics
        findings.subjectTally = writer.tally

        // Distinct display names of From, Sender and Reply-To, in that order.
        var names: [String] = []
        func collect(_ mailboxes: [Mailbox]) {
            for mailbox in mailboxes where !mailbox.name.isEmpty && !names.contains(mailbox.name) {
                names.append(mailbox.name)
            }
        }
        collect(content.from)
        collect(content.sender)
        collect(content.replyTo)
        var nameTally = LexiconTally()
        for name in names.prefix(4) {
            writer.begin(.displayName)
            _ = tokenizer.tokenize(name, into: &writer)
            nameTally.merge(writer.tally)
        }
        findings.displayNameTally = nameTally

        var body = TextStatistics()
        var bodyTally = LexiconTally()
        for text in bodyTexts(of: content) {
            writer.begin(.body)
            _ = tokenizer.tokenize(text, into: &writer)
            body.merge(writer.statistics)
            bodyTally.merge(writer.tally)
        }
        findings.body = body
        findings.bodyTally = bodyTally

        var attachmentTally = LexiconTally()
        for attachment in content.attachments.prefix(maxAttachments) where !attachment.filename.isEmpty {
            writer.begin(.attachmentName)
            _ = tokenizer.tokenize(attachment.filename, into: &writer)
            attachmentTally.merge(writer.tally)
        }
        findings.attachmentNameTally = attachmentTally
        findings.reachedTokenCap = writer.reachedTokenCap

        emitBodyStyle(findings, into: &writer.emitter)
        emitSubjectStyle(findings.subject, subject: content.subject, into: &writer.emitter)
        return findings
    }

    /// The body texts to read: the HTML's visible text, and the plain text unless it is an
    /// alternative rendering of about the same length.
    static func bodyTexts(of content: MessageContent) -> [String] {
        let html = content.htmlVisibleText
        let plain = content.plainText
        if html.isEmpty { return plain.isEmpty ? [] : [plain] }
        if plain.isEmpty || isAlternative(plainLength: plain.utf8.count, htmlLength: html.utf8.count) {
            return [html]
        }
        return [html, plain]
    }

    /// True when plain and HTML text lengths are within a factor of two of each other.
    static func isAlternative(plainLength: Int, htmlLength: Int) -> Bool {
        plainLength <= htmlLength * 2 && htmlLength <= plainLength * 2
    }

    private static func emitBodyStyle<Sink: FeatureSink>(_ findings: Findings, into emitter: inout FeatureEmitter<Sink>) {
        let body = findings.body
        let tokens = body.tokenCount
        emitter.logBucket("txt.words", tokens)
        if tokens == 0 { emitter.flag("txt.empty") }
        if body.words >= 5 { emitter.share("txt.caps", body.uppercaseWords, of: body.words) }
        if body.exclamations > 0 { emitter.logBucket("txt.exclaim", body.exclamations) }
        if body.currencySymbols > 0 { emitter.logBucket("txt.currency", body.currencySymbols) }
        if body.pictographs > 0 { emitter.logBucket("txt.emoji", body.pictographs) }
        if body.invisibleCharacters > 0 { emitter.logBucket("txt.invisible", body.invisibleCharacters) }
        if body.wordsWithInvisible > 0 { emitter.logBucket("txt.invisible_in_words", body.wordsWithInvisible) }
        if body.bidiControls > 0 { emitter.flag("txt.bidi") }
        if body.mixedScriptWords > 0 { emitter.logBucket("txt.mixed_script_words", body.mixedScriptWords) }
        let scripted = Int(body.scriptCounts.wrappedSum())
        var majorScripts = 0
        for script in TextScript.allCases where script != .common {
            let count = Int(body.scriptCounts[Int(script.rawValue)])
            if count >= 2 && count * 10 >= scripted {
                majorScripts += 1
                emitter.flag("txt.script", script.name)
            }
        }
        if majorScripts >= 2 { emitter.flag("txt.multi_script") }
        if findings.reachedTokenCap { emitter.flag("txt.token_cap") }
    }

    private static func emitSubjectStyle<Sink: FeatureSink>(
        _ statistics: TextStatistics, subject: String, into emitter: inout FeatureEmitter<Sink>
    ) {
        let tokens = statistics.tokenCount
        if tokens == 0 {
            emitter.flag("subj.empty")
        } else {
            emitter.logBucket("subj.words", tokens)
        }
        if statistics.words >= 2 { emitter.share("subj.caps", statistics.uppercaseWords, of: statistics.words) }
        if statistics.exclamations > 0 { emitter.flag("subj.exclaim") }
        if statistics.currencySymbols > 0 { emitter.flag("subj.currency") }
        if statistics.pictographs > 0 { emitter.flag("subj.emoji") }
        if statistics.invisibleCharacters > 0 { emitter.flag("subj.invisible") }
        if statistics.mixedScriptWords > 0 { emitter.flag("subj.mixed_script") }
        switch SubjectPrefix.of(subject) {
        case .reply: emitter.flag("subj.reply")
        case .forward: emitter.flag("subj.forward")
        case .none: break
        }
    }
}
