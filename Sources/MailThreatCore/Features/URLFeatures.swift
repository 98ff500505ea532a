/// The URL family: where the links go and how they are disguised.
///
/// Per link (the first ``FeatureConfiguration/maxLinks``; each distinct URL is parsed once),
/// counted once per occurrence, with the namespace `url.` for clickable links (plain text, anchors, other
/// HTML), `img.` for image sources and `form.` for form actions:
///
/// | feature | meaning |
/// | --- | --- |
/// | `url.scheme:<scheme>` | `http`, `https`, `mailto`, `ftp`, `javascript`, `data`, `file`, `tel`, `other`, `none` (relative) |
/// | `url.host:<host>`, `url.domain:<registered domain>`, `url.tld:<tld>` | the target (host for clickable links only) |
/// | `url.ip_host`, `url.ip_obfuscated`, `url.punycode`, `url.idn`, `url.mixed_script_host`, `url.host_encoded`, `url.shortener`, `url.userinfo`, `url.port` | host tricks |
/// | `url.depth:<log>` | host labels (not for IP hosts) |
/// | `url.sub:<label>` | alphabetic subdomain labels (`secure`, `paypal`) |
/// | `url.path:<word>`, `url.ext:<ext>` | path words and the file extension |
/// | `url.query_email` | an e-mail address in the query (pre-filled phishing forms) |
/// | `url.brand_elsewhere` | a brand word in the subdomain or path, not in the registered domain |
/// | `url.from_domain`, `url.other_domain` | the target's registered domain is / is not the From domain |
/// | `url.text_domain_mismatch`, `url.text_domain_match` | the anchor text names a domain other than / equal to the target's |
/// | `url.anchor:<category>` | the anchor text has credential, action, security, brand or invoice words |
/// | `url.count:<log>`, `url.none`, `url.domains:<log>`, `url.from_domain_share:<share>` | per message |
/// | `form.external`, `form.insecure` | a form posts to another domain than From's / over plain http |
enum URLFeatures {
    /// What the lexicon combinations need.
    struct Findings: Sendable, Hashable {
        /// Clickable link occurrences (not images, not form actions).
        var clickableLinks = 0
        /// Form actions.
        var formActions = 0
        /// Clickable links whose anchor text names another domain.
        var textDomainMismatches = 0
        /// Clickable links to IP hosts, punycode hosts or with user info.
        var disguisedHosts = 0
        /// Clickable links to another registered domain than From's.
        var otherDomainLinks = 0
        /// Lexicon matches in anchor texts.
        var anchorTally = LexiconTally()
    }

    /// Which kind of reference a link is, deciding its namespace.
    private enum Kind { case clickable, image, form }

    /// Emits the URL features of `content.links`.
    static func extract<Sink: FeatureSink>(
        _ content: MessageContent, fromDomain: String?, context: FeatureContext,
        domains: inout RegisteredDomainCache, into emitter: inout FeatureEmitter<Sink>
    ) -> Findings {
        var findings = Findings()
        var targets = LinkTargetCache()
        var linkDomains: Set<String> = []
        var fromDomainLinks = 0
        for link in content.links.prefix(context.configuration.maxLinks) {
            let kind: Kind
            switch link.source {
            case .htmlImage: kind = .image
            case .htmlForm: kind = .form
            case .plainText, .htmlAnchor, .htmlOther: kind = .clickable
            }
            let target = targets.target(for: link.url)
            if kind == .clickable { findings.clickableLinks += 1 }
            if kind == .form { findings.formActions += 1 }
            emitTarget(target, kind: kind, context: context, into: &emitter)

            let hasHost = !target.host.isEmpty
            if hasHost, let fromDomain {
                let same = target.registeredDomain == fromDomain
                switch kind {
                case .clickable:
                    if same {
                        emitter.count("url.from_domain")
                        fromDomainLinks += 1
                    } else {
                        emitter.count("url.other_domain")
                        findings.otherDomainLinks += 1
                    }
                case .form:
                    if !same { emitter.flag("form.external") }
                case .image:
                    break
                }
            }
            if kind == .form && target.scheme == "http" { emitter.flag("form.insecure") }
            guard kind == .clickable else { continue }
            if hasHost { linkDomains.insert(target.registeredDomain) }
            if target.isIPHost || target.isPunycode || target.hasUserinfo || target.isNonASCIIHost {
                findings.disguisedHosts += 1
            }
            if link.source == .htmlAnchor && !link.anchorText.isEmpty {
                readAnchorText(link.anchorText, target: target, context: context, domains: &domains,
                               findings: &findings, into: &emitter)
            }
        }
        // The count covers every link, also those past the examined prefix.
        let allClickable = content.links.lazy.filter { $0.source != .htmlImage && $0.source != .htmlForm }.count
        emitter.logBucket("url.count", allClickable)
        if allClickable == 0 { emitter.flag("url.none") }
        if !linkDomains.isEmpty { emitter.logBucket("url.domains", linkDomains.count) }
        if fromDomain != nil && findings.clickableLinks > 0 {
            emitter.share("url.from_domain_share", fromDomainLinks, of: findings.clickableLinks)
        }
        return findings
    }

    /// True for the schemes reported by name; others are `other`.
    private static func isKnownScheme(_ scheme: String) -> Bool {
        switch scheme {
        case "http", "https", "mailto", "ftp", "javascript", "data", "file", "tel": return true
        default: return false
        }
    }

    private static func emit<Sink: FeatureSink>(_ kind: Kind, scheme: String, into emitter: inout FeatureEmitter<Sink>) {
        switch kind {
        case .clickable: emitter.count("url.scheme", scheme)
        case .image: emitter.count("img.scheme", scheme)
        case .form: emitter.count("form.scheme", scheme)
        }
    }

    private static func emitTarget<Sink: FeatureSink>(
        _ target: LinkTarget, kind: Kind, context: FeatureContext, into emitter: inout FeatureEmitter<Sink>
    ) {
        let scheme = target.scheme.isEmpty ? "none" : isKnownScheme(target.scheme) ? target.scheme : "other"
        emit(kind, scheme: scheme, into: &emitter)
        guard !target.host.isEmpty else { return }
        let domain = clipped(target.registeredDomain)
        switch kind {
        case .image:
            if target.isIPHost { emitter.count("img.ip_host") } else { emitter.count("img.domain", domain) }
            if !target.topLevelDomain.isEmpty { emitter.count("img.tld", target.topLevelDomain) }
            return
        case .form:
            if target.isIPHost { emitter.count("form.ip_host") } else { emitter.count("form.domain", domain) }
            return
        case .clickable:
            break
        }
        if target.isIPHost {
            emitter.count("url.ip_host")
        } else {
            emitter.count("url.host", clipped(target.host))
            emitter.count("url.domain", domain)
            if !target.topLevelDomain.isEmpty { emitter.count("url.tld", target.topLevelDomain) }
        }
        if target.isObfuscatedIP { emitter.count("url.ip_obfuscated") }
        if target.isPunycode { emitter.count("url.punycode") }
        if target.isMixedScriptHost { emitter.count("url.mixed_script_host") }
        if target.isPercentEncodedHost { emitter.count("url.host_encoded") }
        if target.isNonASCIIHost { emitter.count("url.idn") }
        if target.isShortener { emitter.count("url.shortener") }
        if target.hasUserinfo { emitter.count("url.userinfo") }
        if target.hasPort { emitter.count("url.port") }
        if !target.isIPHost { emitter.count("url.depth", FeatureBucket.log(target.labelCount)) }
        if target.query.utf8.contains(0x40) || Self.containsEncodedAt(target.query) {
            emitter.count("url.query_email")
        }


        var brandElsewhere = false
        for word in target.subdomainWords {
            emitter.count("url.sub", String(word))
            if context.isBrand(word) { brandElsewhere = true }
        }
        let pathExtension = target.pathExtension
        for word in target.pathWords(limit: 6) where word != pathExtension {
            emitter.count("url.path", word)
            if context.isBrand(word[...]) && !target.registeredDomain.contains(word) { brandElsewhere = true }
        }
        if brandElsewhere { emitter.count("url.brand_elsewhere") }
        if let pathExtension { emitter.count("url.ext", pathExtension) }
    }

    /// The first 100 characters of `name` (the name itself when it has at most 100 bytes).
    private static func clipped(_ name: String) -> String {
        name.utf8.count <= 100 ? name : String(name.prefix(100))
    }

    /// The lexicon categories reported for anchor texts, in this order.
    private static let anchorCategories: [LexiconCategory] = [.credential, .action, .security, .brand, .invoice]

    /// True when `query` has a percent-encoded `@` (`%40`).
    static func containsEncodedAt(_ query: some StringProtocol) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in query.utf8 {
            if previous == (0x25, 0x34) && byte == 0x30 { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// Compares the domain named in the anchor text with the target and tallies its words.
    private static func readAnchorText<Sink: FeatureSink>(
        _ text: String, target: LinkTarget, context: FeatureContext, domains: inout RegisteredDomainCache,
        findings: inout Findings, into emitter: inout FeatureEmitter<Sink>
    ) {
        if let claimed = AnchorTextDomain.find(in: text), !target.host.isEmpty {
            if domains.registeredDomain(ofHost: claimed) == target.registeredDomain {
                emitter.count("url.text_domain_match")
            } else {
                emitter.count("url.text_domain_mismatch")
                findings.textDomainMismatches += 1
            }
        }
        var scanner = LexiconScanner(hasher: context.hasher, lexicon: context.lexicon)
        _ = context.tokenizer.tokenize(text, into: &scanner)
        let tally = scanner.tally
        for category in anchorCategories where tally[category] > 0 {
            emitter.count("url.anchor", String(describing: category.name))
        }
        findings.anchorTally.merge(tally)
    }
}
