import Foundation
import Testing
@testable import MailThreatCore

@Suite("Features: extractor")
struct FeaturesExtractorTests {
    let extractor = FeatureExtractor(configuration: .default)

    func names(_ content: MessageContent, _ extractor: FeatureExtractor? = nil) -> Set<String> {
        Set((extractor ?? self.extractor).namedFeatures(for: content).map(\.name))
    }

    /// Asserts every expected name fires on the lure and none on the neutral message.
    func expectFamily(_ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let phish = names(FeaturesTestMessages.phish)
        let neutral = names(FeaturesTestMessages.neutral)
        for name in expected {
            #expect(phish.contains(name), "missing \(name)", sourceLocation: sourceLocation)
            #expect(!neutral.contains(name), "neutral has \(name)", sourceLocation: sourceLocation)
        }
    }

    @Test("Signal features are the named features without text tokens, in the same order")
    func signalFeaturesSkipTextTokens() {
        let extractor = FeatureExtractor()
        for content in [FeaturesTestMessages.neutral, FeaturesTestMessages.phish] {
            let named = extractor.namedFeatures(for: content)
            let signals = extractor.signalFeatures(for: content)
            #expect(signals == named.filter { !$0.isTextToken })
            #expect(!signals.isEmpty && signals.count < named.count)
        }
    }

    @Test("Text family: words, subject words, bigrams, CJK bigrams, NFKC, style")
    func textFamily() {
        expectFamily([
            "w:verify", "s:urgent", "s:paypal", "bi:click here", "bi:your password", "cjk:免费", "cjk:发票",
            "w:free", "w:paypal", "shape:num.2", "dn:paypal", "subj.exclaim", "txt.multi_script",
            "txt.mixed_script_words:1", "subj.caps:lt25", "txt.script:han",
        ])
        let neutral = names(FeaturesTestMessages.neutral)
        #expect(neutral.contains("w:meeting"))
        #expect(neutral.contains("bi:planning meeting"))
        #expect(neutral.contains("txt.script:latin"))
        #expect(!neutral.contains("bi:from the"))  // two stop words
    }

    @Test("URL family: IP, punycode, homograph, user info, shortener, anchor mismatch")
    func urlFamily() {
        expectFamily([
            "url.ip_host", "url.punycode", "url.mixed_script_host", "url.userinfo", "url.shortener",
            "url.text_domain_mismatch", "url.query_email", "url.ext:php", "url.path:login",
            "url.brand_elsewhere", "url.anchor:credential", "url.anchor:action", "url.scheme:http",
            "url.other_domain", "url.from_domain_share:0", "form.insecure", "form.external", "form.ip_host",
        ])
        let neutral = names(FeaturesTestMessages.neutral)
        #expect(neutral.contains("url.domain:example.org"))
        #expect(neutral.contains("url.from_domain"))
        #expect(neutral.contains("url.from_domain_share:all"))
        #expect(neutral.contains("url.tld:org"))
    }

    @Test("Sender family: reply-to, return-path, display-name spoofing, mailer, authentication; no relay features")
    func senderFamily() {
        expectFamily([
            "hdr.replyto_mismatch", "hdr.replyto_freemail", "hdr.returnpath_mismatch", "hdr.from_tld:ru",
            "hdr.from_name_brand_mismatch", "hdr.from_local_digits:4-7", "hdr.mailer:phpmailer",
            "hdr.date_invalid", "hdr.msgid_missing", "hdr.to_empty", "auth:spf:fail", "auth:dkim:none",
        ])
        let neutral = names(FeaturesTestMessages.neutral)
        for name in ["hdr.returnpath_same", "hdr.mailer:thunderbird", "auth:spf:pass", "auth:dkim:pass",
                     "hdr.to_same_domain"] {
            #expect(neutral.contains(name), "neutral lacks \(name)")
        }
        // Relay-path features depend on which hop is top-most (the collector's), so the model
        // never sees them: removing the top-most Received must not change a verdict.
        #expect(!names(FeaturesTestMessages.phish).contains { $0.hasPrefix("rcv.") || $0.hasPrefix("hdr.date_skew") })
    }

    @Test("Attachment family: sniffed type, extension, mismatch, double extension, archive, macro")
    func attachmentFamily() {
        expectFamily([
            "att.sniffed:pe", "att.ext:exe", "att.exec", "att.double_ext", "att.ext_mismatch",
            "att.archive", "att.archive_exec", "att.macro", "att.count:4-7", "an:invoice", "lex.attname:invoice",
        ])
        let neutral = names(FeaturesTestMessages.neutral)
        #expect(neutral.contains("att.sniffed:pdf"))
        #expect(neutral.contains("att.ext:pdf"))
        #expect(neutral.contains("att.declared:application/pdf"))
        #expect(names(MessageContent()).contains("att.none"))
    }

    @Test("Layout family: structure, hidden text, forms, scripts, defects")
    func layoutFamily() {
        expectFamily([
            "lay.html_only", "lay.hidden_chars:256-511", "lay.hidden:display_none", "lay.hidden:color_match",
            "lay.forms:1", "lay.password_input", "lay.scripts", "mime.defect:invalidBase64",
            "mime.defect:closeBoundaryNotFound", "mime.defects:2-3", "mime.limit",
        ])
        let neutral = names(FeaturesTestMessages.neutral)
        #expect(neutral.contains("lay.text_only"))
        #expect(neutral.contains("lay.top:multipart/mixed"))
        #expect(neutral.contains("lay.leaf:application/pdf"))
    }

    @Test("Lexicon family: lure categories and combinations")
    func lexiconFamily() {
        expectFamily([
            "lex:credential:8-15", "lex:urgency:2-3", "lex:security:2-3", "lex.subj:urgency", "lex.subj:brand",
            "lex.name:brand", "lex.credential+link", "lex.credential+form", "lex.credential+password_input",
            "lex.security+link", "lex.urgency+credential", "lex.brand+other_domain", "lex.invoice+exec",
        ])
    }

    @Test("No relay names, relay addresses, dates, message-ids or header-field names leak into features")
    func forbiddenFeatures() {
        for content in [FeaturesTestMessages.phish, FeaturesTestMessages.neutral] {
            for name in names(content) {
                #expect(!name.contains("evil-host") && !name.contains("collector") && !name.contains("mx."))
                #expect(!name.contains("198.51.100") && !name.contains("192.0.2") && !name.contains("10.1.2.3"))
                #expect(!name.contains("2005") && !name.contains("1118000000"))
                #expect(!name.contains("1234@") && !name.contains("list-id") && !name.contains("list_id"))
            }
        }
    }

    @Test("Identical content gives an identical, sorted, distinct vector")
    func determinism() {
        let first = extractor.features(for: FeaturesTestMessages.phish)
        let second = FeatureExtractor(configuration: .default).features(for: FeaturesTestMessages.phish)
        #expect(first == second)
        #expect(first.indices.count == first.values.count)
        #expect(zip(first.indices, first.indices.dropFirst()).allSatisfy { $0 < $1 })
        #expect(first.indices.allSatisfy { Int($0) < FeatureConfiguration.default.hashSpace })
        #expect(first.values.allSatisfy { $0.isFinite && $0 > 0 })
        #expect(extractor.features(for: MessageContent()).count > 0)
    }

    @Test("Named features hash to exactly the vector's buckets and values")
    func namedMatchesHashed() {
        for content in [FeaturesTestMessages.phish, FeaturesTestMessages.neutral] {
            let vector = extractor.features(for: content)
            let named = extractor.namedFeatures(for: content)
            var sums: [UInt32: Float] = [:]
            for feature in named {
                #expect(extractor.hasher.index(of: feature.name) == feature.index, "\(feature.name)")
                sums[feature.index, default: 0] += feature.value
            }
            #expect(Set(sums.keys) == Set(vector.indices))
            for (index, value) in zip(vector.indices, vector.values) {
                #expect(abs((sums[index] ?? 0) - value) < 1e-5)
            }
        }
    }

    @Test("Named features know their namespace and whether they are text tokens")
    func namespaces() {
        let named = extractor.namedFeatures(for: FeaturesTestMessages.phish)
        let byName = Dictionary(uniqueKeysWithValues: named.map { ($0.name, $0) })
        #expect(byName["w:verify"]?.namespace == "w" && byName["w:verify"]?.isTextToken == true)
        #expect(byName["bi:click here"]?.isTextToken == true)
        #expect(byName["url.tld:com"]?.namespace == "url.tld" && byName["url.tld:com"]?.isTextToken == false)
        #expect(byName["hdr.replyto_mismatch"]?.namespace == "hdr.replyto_mismatch")
        #expect(byName["lex:credential:8-15"]?.namespace == "lex")
        #expect(Set(named.filter(\.isTextToken).map { String($0.namespace) })
            .isSubset(of: NamedFeature.textTokenNamespaces))
    }

    @Test("Values: log(1 + n) for counted features, 1 for flags")
    func values() {
        var content = MessageContent()
        content.plainText = "spam spam spam eggs"
        let named = Dictionary(uniqueKeysWithValues: extractor.namedFeatures(for: content).map { ($0.name, $0.value) })
        #expect(abs(named["w:spam"]! - Float(log(4.0))) < 1e-6)
        #expect(abs(named["w:eggs"]! - Float(log(2.0))) < 1e-6)
        #expect(named["lay.text_only"] == 1)
    }

    @Test("Numbers become shapes; digit runs in short mixed tokens collapse")
    func numberShapes() {
        var content = MessageContent()
        content.plainText = "mp3 2005q3 win32 in 2005 call 5550100 ticket a1b2c3d4e5f6"
        let named = Set(extractor.namedFeatures(for: content).map(\.name))
        #expect(named.isSuperset(of: ["w:mp0", "w:0q0", "w:win0", "shape:num.4", "shape:num.7+", "shape:id.8-15"]))
        #expect(!named.contains { $0.contains("2005") || $0.contains("5550100") })
    }

    @Test("The token cap bounds the output")
    func tokenCap() {
        var content = MessageContent()
        content.plainText = (0..<20_000).map { "w\($0)" }.joined(separator: " ")
        var configuration = FeatureConfiguration.default
        configuration.maxTextTokens = 100
        configuration.maxTextBytes = 1 << 20
        let capped = FeatureExtractor(configuration: configuration)
        let named = capped.namedFeatures(for: content)
        #expect(named.filter { $0.name.hasPrefix("w:") }.count <= 100)
        #expect(named.contains { $0.name == "txt.token_cap" })
        #expect(capped.features(for: content).count < 300)
        #expect(!extractor.namedFeatures(for: FeaturesTestMessages.neutral).contains { $0.name == "txt.token_cap" })
    }

    @Test("Configuration switches: no word bigrams, CJK unigrams, another seed")
    func configurationSwitches() {
        var configuration = FeatureConfiguration.default
        configuration.useWordBigrams = false
        configuration.useCJKBigrams = false
        let switched = FeatureExtractor(configuration: configuration)
        let named = names(FeaturesTestMessages.phish, switched)
        #expect(!named.contains { $0.hasPrefix("bi:") })
        #expect(named.contains("cjk:免") && !named.contains("cjk:免费"))

        configuration = .default
        configuration.seed = 1
        let reseeded = FeatureExtractor(configuration: configuration).features(for: FeaturesTestMessages.phish)
        let original = extractor.features(for: FeaturesTestMessages.phish)
        #expect(reseeded.count == original.count)
        #expect(reseeded.indices != original.indices)
    }

    @Test("Plain text that repeats the HTML is read once")
    func alternativeBodies() {
        var content = MessageContent()
        content.plainText = "hello there friend"
        content.htmlVisibleText = "hello there friend"
        content.htmlLength = 200
        let named = Dictionary(uniqueKeysWithValues: extractor.namedFeatures(for: content).map { ($0.name, $0.value) })
        #expect(abs(named["w:hello"]! - Float(log(2.0))) < 1e-6)
        #expect(named["lay.alternative"] == 1)
        #expect(named["lay.plain_html_divergent"] == nil)
    }
}
