/// The layout family: MIME structure and defects, and what the HTML is made of (markup
/// share, images, forms, hidden text, scripts).
///
/// | feature | meaning |
/// | --- | --- |
/// | `lay.top:<type>`, `lay.leaf:<type>`, `lay.parts:<log>` | MIME structure |
/// | `lay.text_only`, `lay.html_only`, `lay.alternative`, `lay.no_text` | which bodies exist |
/// | `lay.plain_html_divergent` | plain and HTML text differ in length by more than 2× |
/// | `lay.visible_share:<share>` | visible text bytes / HTML bytes |
/// | `lay.images:<log>`, `lay.tiny_images:<log>`, `lay.image_links:<log>` | images (tracking pixels, image links) |
/// | `lay.hidden_links`, `lay.hidden_chars:<log>`, `lay.hidden:<reason>`, `lay.zero_width:<log>` | hidden content |
/// | `lay.forms:<log>`, `lay.password_input`, `lay.text_inputs:<log>` | forms in the mail itself |
/// | `lay.scripts`, `lay.iframes`, `lay.objects`, `lay.meta_refresh`, `lay.base_href` | active content |
/// | `lay.tables:<log>`, `lay.comments:<log>` | table layouts, comment stuffing |
/// | `mime.defect:<kind>`, `mime.defects:<log>`, `mime.limit` | parser defects |
enum LayoutFeatures {
    /// What the lexicon combinations need.
    struct Findings: Sendable, Hashable {
        var hasForm = false
        var hasPasswordInput = false
        var hiddenCharacters = 0
        /// Images over all HTML documents.
        var images = 0
    }

    static func extract<Sink: FeatureSink>(
        _ content: MessageContent, into emitter: inout FeatureEmitter<Sink>
    ) -> Findings {
        var findings = Findings()
        readStructure(content, into: &emitter)
        readHTML(content, findings: &findings, into: &emitter)
        readDefects(content, into: &emitter)
        return findings
    }

    /// Media types longer than this are cut (hostile input).
    private static let maximumTypeLength = 60

    private static func readStructure<Sink: FeatureSink>(_ content: MessageContent, into emitter: inout FeatureEmitter<Sink>) {
        emitter.flag("lay.top", String(content.topLevelType.lowercased().prefix(maximumTypeLength)))
        emitter.logBucket("lay.parts", content.leafTypes.count)
        var seen: Set<String> = []
        for type in content.leafTypes.prefix(64) {
            let name = String(type.lowercased().prefix(maximumTypeLength))
            if seen.insert(name).inserted { emitter.flag("lay.leaf", name) }
        }
        let hasPlain = !content.plainText.isEmpty
        let hasHTML = content.htmlLength > 0 || !content.htmlVisibleText.isEmpty
        switch (hasPlain, hasHTML) {
        case (true, false): emitter.flag("lay.text_only")
        case (false, true): emitter.flag("lay.html_only")
        case (true, true):
            emitter.flag("lay.alternative")
            let plainLength = content.plainText.utf8.count
            let htmlLength = content.htmlVisibleText.utf8.count
            if max(plainLength, htmlLength) >= 200
                && !TextFeatures.isAlternative(plainLength: plainLength, htmlLength: htmlLength) {
                emitter.flag("lay.plain_html_divergent")
            }
        case (false, false): emitter.flag("lay.no_text")
        }
        if content.htmlLength > 0 {
            emitter.share("lay.visible_share", content.htmlVisibleText.utf8.count, of: content.htmlLength)
        }
    }

    private static func readHTML<Sink: FeatureSink>(
        _ content: MessageContent, findings: inout Findings, into emitter: inout FeatureEmitter<Sink>
    ) {
        guard !content.htmlDocuments.isEmpty else { return }
        var images = 0, tinyImages = 0, imageLinks = 0, hiddenLinks = 0
        var forms = 0, textInputs = 0, passwordInputs = 0
        var hiddenCharacters = 0, zeroWidth = 0
        var reasons: HTMLHidingReasons = []
        var scripts = 0, iframes = 0, objects = 0, tables = 0, comments = 0
        var metaRefresh = false, baseHref = false
        for document in content.htmlDocuments.prefix(16) {
            images += max(document.counts.images, document.images.count)
            tinyImages += document.images.lazy.filter(\.isTiny).count
            imageLinks += document.links.lazy.filter(\.containsImage).count
            hiddenLinks += document.links.lazy.filter(\.isHidden).count
            for form in document.forms {
                if !form.isImplicit || form.inputCount > 0 { forms += 1 }
                textInputs += form.textInputCount
                passwordInputs += form.passwordInputCount
            }
            hiddenCharacters += document.hiddenText.hiddenCharacterCount
            zeroWidth += document.hiddenText.zeroWidthCharacterCount
            reasons.formUnion(document.hiddenText.reasons)
            scripts += document.counts.scripts
            iframes += document.counts.iframes
            objects += document.counts.objects
            tables += document.counts.tables
            comments += document.counts.comments
            if document.metaRefreshURL != nil { metaRefresh = true }
            if document.baseHref != nil { baseHref = true }
        }
        emitter.logBucket("lay.images", images)
        if tinyImages > 0 { emitter.logBucket("lay.tiny_images", tinyImages) }
        if imageLinks > 0 { emitter.logBucket("lay.image_links", imageLinks) }
        findings.images = images
        if hiddenLinks > 0 { emitter.flag("lay.hidden_links") }
        if forms > 0 {
            findings.hasForm = true
            emitter.logBucket("lay.forms", forms)
        }
        if textInputs > 0 { emitter.logBucket("lay.text_inputs", textInputs) }
        if passwordInputs > 0 {
            findings.hasPasswordInput = true
            emitter.flag("lay.password_input")
        }
        findings.hiddenCharacters = hiddenCharacters
        if hiddenCharacters > 0 { emitter.logBucket("lay.hidden_chars", hiddenCharacters) }
        for (reason, name) in hidingReasonNames where reasons.contains(reason) {
            emitter.flag("lay.hidden", name)
        }
        if zeroWidth > 0 { emitter.logBucket("lay.zero_width", zeroWidth) }
        if scripts > 0 { emitter.flag("lay.scripts") }
        if iframes > 0 { emitter.flag("lay.iframes") }
        if objects > 0 { emitter.flag("lay.objects") }
        if metaRefresh { emitter.flag("lay.meta_refresh") }
        if baseHref { emitter.flag("lay.base_href") }
        if tables > 0 { emitter.logBucket("lay.tables", tables) }
        if comments > 0 { emitter.logBucket("lay.comments", comments) }
    }

    private static let hidingReasonNames: [(HTMLHidingReasons, String)] = [
        (.displayNone, "display_none"), (.visibilityHidden, "visibility"), (.tinyFont, "tiny_font"),
        (.zeroSize, "zero_size"), (.transparent, "transparent"), (.offscreen, "offscreen"),
        (.colorMatchesBackground, "color_match"),
    ]

    private static func readDefects<Sink: FeatureSink>(_ content: MessageContent, into emitter: inout FeatureEmitter<Sink>) {
        var seen: Set<MIMEDefect.Kind> = []
        for kind in content.defectKinds where seen.insert(kind).inserted {
            emitter.flag("mime.defect", kind.rawValue)
        }
        if !content.defectKinds.isEmpty { emitter.logBucket("mime.defects", content.defectKinds.count) }
        if content.hitLimit { emitter.flag("mime.limit") }
    }
}
