/// The lexicon family: how much of the text is lure vocabulary, per ``LexiconCategory``, and
/// the combinations that describe a lure rather than a topic (credential words next to a
/// form, urgency plus money, a brand in the name with links elsewhere).
///
/// | feature | meaning |
/// | --- | --- |
/// | `lex:<category>:<log>` | matches in subject + body |
/// | `lex.lure_share:<share>` | lure matches / words (bodies of 10+ words) |
/// | `lex.subj:<category>` | the subject has words of the category |
/// | `lex.name:<category>` | the display names have brand, security or money words |
/// | `lex.attname:<category>` | the attachment names have invoice, delivery or money words |
/// | `lex.credential+link`, `lex.credential+form`, `lex.credential+password_input` | credential words and a way to enter them |
/// | `lex.security+link`, `lex.urgency+credential`, `lex.money+urgency`, `lex.prize+money`, `lex.advance_fee+money` | lure combinations |
/// | `lex.brand+other_domain` | a brand is named and links go to other domains than From's |
/// | `lex.invoice+exec`, `lex.invoice+html_att`, `lex.delivery+link` | document and parcel lures with a payload |
/// | `lay.image_only` | HTML with images and almost no words (image spam) |
enum LexiconFeatures {
    static func emit<Sink: FeatureSink>(
        text: TextFeatures.Findings, urls: URLFeatures.Findings, layout: LayoutFeatures.Findings,
        attachments: AttachmentFeatures.Findings, into emitter: inout FeatureEmitter<Sink>
    ) {
        var all = text.bodyTally
        all.merge(text.subjectTally)
        for category in LexiconCategory.allCases where category != .stopWord && all[category] > 0 {
            emitter.flag("lex", name(category, all[category]))
        }
        if text.body.words >= 10 { emitter.share("lex.lure_share", all.lureCount, of: text.body.words) }
        for category in LexiconCategory.allCases where category != .stopWord && text.subjectTally[category] > 0 {
            emitter.flag("lex.subj", String(describing: category.name))
        }
        for category in [LexiconCategory.brand, .security, .money, .credential] where text.displayNameTally[category] > 0 {
            emitter.flag("lex.name", String(describing: category.name))
        }
        for category in [LexiconCategory.invoice, .delivery, .money] where text.attachmentNameTally[category] > 0 {
            emitter.flag("lex.attname", String(describing: category.name))
        }

        var anywhere = all
        anywhere.merge(urls.anchorTally)
        anywhere.merge(text.displayNameTally)
        anywhere.merge(text.attachmentNameTally)
        let has = { (category: LexiconCategory) in anywhere[category] > 0 }
        let links = urls.clickableLinks > 0
        if has(.credential) && links { emitter.flag("lex.credential+link") }
        if has(.credential) && (layout.hasForm || urls.formActions > 0) { emitter.flag("lex.credential+form") }
        if has(.credential) && layout.hasPasswordInput { emitter.flag("lex.credential+password_input") }
        if has(.security) && links { emitter.flag("lex.security+link") }
        if has(.urgency) && has(.credential) { emitter.flag("lex.urgency+credential") }
        if has(.money) && has(.urgency) { emitter.flag("lex.money+urgency") }
        if has(.prize) && has(.money) { emitter.flag("lex.prize+money") }
        if has(.advanceFee) && has(.money) { emitter.flag("lex.advance_fee+money") }
        if has(.brand) && urls.otherDomainLinks > 0 { emitter.flag("lex.brand+other_domain") }
        if has(.invoice) && attachments.executables > 0 { emitter.flag("lex.invoice+exec") }
        if has(.invoice) && attachments.htmlFiles > 0 { emitter.flag("lex.invoice+html_att") }
        if has(.delivery) && links { emitter.flag("lex.delivery+link") }
        if layout.images > 0 && text.body.tokenCount < 20 { emitter.flag("lay.image_only") }
    }

    /// `<category>:<log bucket>`.
    private static func name(_ category: LexiconCategory, _ count: Int) -> String {
        String(describing: category.name) + ":" + FeatureBucket.log(count)
    }
}
