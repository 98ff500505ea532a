/// The sender family: how the From, Reply-To, Sender and Return-Path relate, what sent the
/// mail, how it travelled and whether it authenticated.
///
/// Only relations and shapes are emitted, never a specific relay name, IP address, date or
/// the presence of a particular header field (list headers would teach "list mail = ham").
///
/// | feature | meaning |
/// | --- | --- |
/// | `hdr.from_missing`, `hdr.from_multiple` | no usable From / several |
/// | `hdr.from_tld:<tld>`, `hdr.from_freemail` | the From domain |
/// | `hdr.from_local_len:<log>`, `hdr.from_local_digits:<log>`, `hdr.from_local_novowel` | the local part's shape |
/// | `hdr.from_name_missing`, `hdr.from_name_address`, `hdr.from_name_other_domain`, `hdr.from_name_brand_mismatch` | the display name (spoofing) |
/// | `hdr.replyto_same`, `hdr.replyto_same_address`, `hdr.replyto_mismatch`, `hdr.replyto_freemail` | Reply-To vs From |
/// | `hdr.sender_mismatch` | Sender's domain differs from From's |
/// | `hdr.returnpath_same`, `hdr.returnpath_mismatch` | Return-Path vs From |
/// | `hdr.to_empty`, `hdr.to_count:<log>`, `hdr.cc_count:<log>`, `hdr.to_is_from`, `hdr.to_same_domain` | recipients |
/// | `hdr.date_missing`, `hdr.date_invalid`, `hdr.date_skew:<future|late|ok>` | Date vs the first relay's time |
/// | `hdr.msgid_missing` | no Message-ID |
/// | `hdr.mailer:<family>` | ``MailerFamily`` |
/// | `rcv.hops:<log>`, `rcv.with:<protocol>`, `rcv.helo_ip`, `rcv.helo_bare`, `rcv.private_ip`, `rcv.no_date`, `rcv.time_reversed`, `rcv.transit:<bucket>` | the relay path |
/// | `auth:<method>:<result>` | Authentication-Results pairs (known methods and results only) |
enum SenderFeatures {
    /// What other families need.
    struct Findings: Sendable, Hashable {
        /// The From address's registered domain, if there is one.
        var fromDomain: String?
        var replyToMismatch = false
        var fromIsFreemail = false
    }

    static func extract<Sink: FeatureSink>(
        _ content: MessageContent, context: FeatureContext, domains: inout RegisteredDomainCache,
        into emitter: inout FeatureEmitter<Sink>
    ) -> Findings {
        var findings = Findings()
        readFrom(content, context: context, domains: &domains, findings: &findings, into: &emitter)
        readReplyPaths(content, domains: &domains, findings: &findings, into: &emitter)
        readRecipients(content, into: &emitter)
        readDate(content, into: &emitter)
        if content.messageID == nil { emitter.flag("hdr.msgid_missing") }
        emitter.flag("hdr.mailer", MailerFamily.name(of: content.mailer))
        // Received-path features (ReceivedPathFeatures) are deliberately not emitted: the top
        // hops belong to whoever collected the mail, so they fingerprint a corpus, and removing
        // the top-most hop (as a gateway never sees it) must not change a verdict.
        readAuthentication(content.authenticationResults, into: &emitter)
        return findings
    }

    // MARK: - From

    private static func readFrom<Sink: FeatureSink>(
        _ content: MessageContent, context: FeatureContext, domains: inout RegisteredDomainCache,
        findings: inout Findings, into emitter: inout FeatureEmitter<Sink>
    ) {
        if content.from.count > 1 { emitter.flag("hdr.from_multiple") }
        guard let from = content.from.first, let domain = from.domain, !domain.isEmpty else {
            emitter.flag("hdr.from_missing")
            return
        }
        let fromDomain = domains.registeredDomain(ofHost: domain)
        findings.fromDomain = fromDomain
        if let dot = domain.lastIndex(of: ".") {
            let tld = domain[domain.index(after: dot)...]
            if (2...24).contains(tld.utf8.count) { emitter.flag("hdr.from_tld", String(tld)) }
        }
        if FreemailDomains.contains(domain: String(domain), registeredDomain: fromDomain) {
            findings.fromIsFreemail = true
            emitter.flag("hdr.from_freemail")
        }
        let local = from.address.prefix { $0 != "@" }
        emitter.logBucket("hdr.from_local_len", local.utf8.count)
        let digits = local.utf8.reduce(0) { $0 + ($1 >= 0x30 && $1 <= 0x39 ? 1 : 0) }
        if digits > 0 { emitter.logBucket("hdr.from_local_digits", digits) }
        let letters = local.utf8.filter { $0 >= 0x61 && $0 <= 0x7A }
        if letters.count >= 6 && !letters.contains(where: { "aeiouy".utf8.contains($0) }) {
            emitter.flag("hdr.from_local_novowel")
        }
        readDisplayName(from.name, fromDomain: fromDomain, context: context, domains: &domains, into: &emitter)
    }

    /// Display-name spoofing: an address or a brand in the name that the real address lacks.
    private static func readDisplayName<Sink: FeatureSink>(
        _ name: String, fromDomain: String, context: FeatureContext, domains: inout RegisteredDomainCache,
        into emitter: inout FeatureEmitter<Sink>
    ) {
        guard !name.isEmpty else {
            emitter.flag("hdr.from_name_missing")
            return
        }
        if Self.containsAt(name) { emitter.flag("hdr.from_name_address") }
        if let claimed = AnchorTextDomain.find(in: name),
           domains.registeredDomain(ofHost: claimed) != fromDomain {
            emitter.flag("hdr.from_name_other_domain")
        }
        let words = context.tokenizer.tokens(in: name.utf8.count <= 200 ? name : String(name.prefix(200)))
        var compactDomain: String?
        for word in words where context.isBrand(word[...]) {
            if compactDomain == nil { compactDomain = fromDomain.filter { $0 != "-" && $0 != "." } }
            if compactDomain!.contains(word) { continue }
            emitter.flag("hdr.from_name_brand_mismatch")
            break
        }
    }

    /// True when `name` contains `@` (on the bytes when it is ASCII).
    private static func containsAt(_ name: String) -> Bool {
        var found = false
        for byte in name.utf8 {
            if byte >= 0x80 { return name.contains("@") }
            if byte == 0x40 { found = true }
        }
        return found
    }

    // MARK: - Reply paths

    private static func readReplyPaths<Sink: FeatureSink>(
        _ content: MessageContent, domains: inout RegisteredDomainCache, findings: inout Findings,
        into emitter: inout FeatureEmitter<Sink>
    ) {
        let fromAddress = content.from.first?.address
        let fromDomain = findings.fromDomain
        if let replyTo = content.replyTo.first, let domain = replyTo.domain, !domain.isEmpty {
            let replyDomain = domains.registeredDomain(ofHost: domain)
            if replyTo.address == fromAddress {
                emitter.flag("hdr.replyto_same_address")
            } else if replyDomain == fromDomain {
                emitter.flag("hdr.replyto_same")
            } else {
                findings.replyToMismatch = true
                emitter.flag("hdr.replyto_mismatch")
            }
            if FreemailDomains.contains(domain: String(domain), registeredDomain: replyDomain)
                && !findings.fromIsFreemail && replyDomain != fromDomain {
                emitter.flag("hdr.replyto_freemail")
            }
        }
        if let sender = content.sender.first, let domain = sender.domain, fromDomain != nil,
           domains.registeredDomain(ofHost: domain) != fromDomain {
            emitter.flag("hdr.sender_mismatch")
        }
        let returnPath = content.returnPath
        if let domain = Mailbox.domain(of: returnPath), let fromDomain {
            if !domain.isEmpty {
                if domains.registeredDomain(ofHost: domain) == fromDomain {
                    emitter.flag("hdr.returnpath_same")
                } else {
                    emitter.flag("hdr.returnpath_mismatch")
                }
            }
        }
    }

    // MARK: - Recipients

    private static func readRecipients<Sink: FeatureSink>(
        _ content: MessageContent, into emitter: inout FeatureEmitter<Sink>
    ) {
        if content.to.isEmpty {
            emitter.flag("hdr.to_empty")
        } else {
            emitter.logBucket("hdr.to_count", content.to.count)
        }
        if !content.cc.isEmpty { emitter.logBucket("hdr.cc_count", content.cc.count) }
        guard let from = content.from.first, !from.address.isEmpty else { return }
        if content.to.contains(where: { $0.address == from.address }) { emitter.flag("hdr.to_is_from") }
        if let fromDomain = from.domain, !fromDomain.isEmpty,
           content.to.contains(where: { $0.address != from.address && $0.domain == fromDomain }) {
            emitter.flag("hdr.to_same_domain")
        }
    }

    // MARK: - Date

    private static func readDate<Sink: FeatureSink>(_ content: MessageContent, into emitter: inout FeatureEmitter<Sink>) {
        guard content.hasDateField else {
            emitter.flag("hdr.date_missing")
            return
        }
        // Only presence and validity: the skew between Date and the relays' stamps would
        // depend on which relay is top-most (see above).
        if content.date == nil { emitter.flag("hdr.date_invalid") }
    }

    // MARK: - Authentication

    private static let knownMethods: Set<String> = ["spf", "dkim", "dmarc", "arc", "iprev", "auth", "sender-id", "domainkeys", "bimi"]
    private static let knownResults: Set<String> = [
        "pass", "fail", "softfail", "neutral", "none", "temperror", "permerror", "policy", "hardfail", "bestguesspass",
    ]

    private static func readAuthentication<Sink: FeatureSink>(
        _ results: [AuthenticationResults], into emitter: inout FeatureEmitter<Sink>
    ) {
        var seen: Set<String> = []
        for (method, result) in results.lazy.flatMap({ AuthenticationPairs.pairs(of: $0) }).prefix(32) {
            let method = method.lowercased()
            let result = result.lowercased()
            guard knownMethods.contains(method), knownResults.contains(result) else { continue }
            let name = method + ":" + result
            if seen.insert(name).inserted { emitter.flag("auth", name) }
        }
    }
}
