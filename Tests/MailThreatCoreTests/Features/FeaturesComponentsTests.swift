import Foundation
import Testing
@testable import MailThreatCore

@Suite("Features: components")
struct FeaturesComponentsTests {
    @Test("Log and share buckets")
    func buckets() {
        #expect([0, 1, 2, 3, 4, 7, 8, 1_023, 1_024, 1 << 40, -5].map(FeatureBucket.log)
            == ["0", "1", "2-3", "2-3", "4-7", "4-7", "8-15", "512-1023", "1024+", "1024+", "0"])
        #expect(FeatureBucket.share(0, of: 10) == "0")
        #expect(FeatureBucket.share(3, of: 10) == "lt50")
        #expect(FeatureBucket.share(1, of: 20) == "lt10")
        #expect(FeatureBucket.share(9, of: 10) == "lt100")
        #expect(FeatureBucket.share(10, of: 10) == "all")
        #expect(FeatureBucket.share(5, of: 0) == "0")
    }

    @Test("The count table sorts, merges and survives crowding at the top of the space")
    func countTable() {
        // Indices in a tiny space: many repeats, every slot collides.
        let small = FeatureCountTable(hashSpace: 10, initialCapacity: 16)
        var expected: [UInt32: (Int, Int)] = [:]
        var generator = ModelRandomGenerator(seed: 13)
        for _ in 0..<500 {
            let index = UInt32.random(in: 0..<10, using: &generator)
            let isFlag = Bool.random(using: &generator)
            small.add(index, isFlag: isFlag)
            expected[index, default: (0, 0)].0 += isFlag ? 0 : 1
            expected[index, default: (0, 0)].1 += isFlag ? 1 : 0
        }
        let merged = small.sortedFeatures()
        #expect(merged.indices == expected.keys.sorted())
        for (index, value) in zip(merged.indices, merged.values) {
            let (occurrences, flags) = expected[index]!
            #expect(abs(value - (Float(log1p(Double(occurrences))) + Float(flags))) < 1e-5)
        }

        // Indices crowded at the end of a large space wrap around the table; the output is
        // still sorted (through the comparison-sort fallback when displacement is large).
        let crowded = FeatureCountTable(hashSpace: 1 << 18, initialCapacity: 256)
        let top = (0..<200).map { UInt32((1 << 18) - 1 - $0) }
        for index in top.shuffled() { crowded.add(index, isFlag: false) }
        let crowdedResult = crowded.sortedFeatures()
        #expect(crowdedResult.indices == top.sorted())
        #expect(crowdedResult.values.allSatisfy { abs($0 - Float(log(2.0))) < 1e-6 })

        // Growth keeps every entry.
        let growing = FeatureCountTable(hashSpace: 1 << 20, initialCapacity: 16)
        let many = (0..<5_000).map { UInt32($0 * 209) }
        for index in many { growing.add(index, isFlag: true) }
        #expect(growing.sortedFeatures().indices == many)
    }

    @Test("Counts saturate instead of overflowing")
    func saturation() {
        let table = FeatureCountTable(hashSpace: 4)
        for _ in 0..<300 { table.add(1, isFlag: true) }
        let result = table.sortedFeatures()
        #expect(result.indices == [1])
        #expect(result.values == [255])
    }

    @Test("Anchor text domains")
    func anchorTextDomain() {
        #expect(AnchorTextDomain.find(in: "Log in at WWW.PayPal.com today") == "www.paypal.com")
        #expect(AnchorTextDomain.find(in: "https://secure.example.co.uk/login?x=1") == "secure.example.co.uk")
        #expect(AnchorTextDomain.find(in: "user@mail.example.org") == "mail.example.org")
        #expect(AnchorTextDomain.find(in: "paypal.com:443") == "paypal.com")
        #expect(AnchorTextDomain.find(in: "Click here") == nil)
        #expect(AnchorTextDomain.find(in: "version 1.2.3") == nil)
        #expect(AnchorTextDomain.find(in: "end of sentence.") == nil)
        #expect(AnchorTextDomain.find(in: "a..b.com") == nil)
    }

    @Test("ZIP listing from the central directory and from local headers")
    func zipListing() {
        let archive = FeaturesTestMessages.zip(["a.txt", "payload.exe"])
        #expect(ZipListing.entries(in: archive[...]).map(\.name) == ["a.txt", "payload.exe"])
        // Without the central directory the local headers still list the members.
        let localOnly = Array(archive.prefix(2 * 30 + 5 + 11))
        #expect(ZipListing.entries(in: localOnly[...]).map(\.name) == ["a.txt", "payload.exe"])
        // Encrypted flag (bit 0 of the general-purpose flags in the central directory).
        var encrypted = archive
        let central = 2 * 30 + 5 + 11
        encrypted[central + 8] = 1
        #expect(ZipListing.entries(in: encrypted[...]).first?.isEncrypted == true)
        #expect(ZipListing.entries(in: [0x50, 0x4B, 0x05, 0x06][...]).isEmpty)
        #expect(ZipListing.entries(in: [UInt8](repeating: 0x50, count: 100)[...]).isEmpty)
    }

    @Test("Mailer families")
    func mailerFamilies() {
        #expect(MailerFamily.name(of: "Microsoft Outlook Express 6.00.2600.0000") == "outlook_express")
        #expect(MailerFamily.name(of: "Microsoft Office Outlook 12.0") == "outlook")
        #expect(MailerFamily.name(of: "Mozilla/5.0 (X11; Linux) Gecko Thunderbird/115.0") == "thunderbird")
        #expect(MailerFamily.name(of: "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)") == "phpmailer")
        #expect(MailerFamily.name(of: "Apple Mail (2.3445)") == "apple")
        #expect(MailerFamily.name(of: "") == "none")
        #expect(MailerFamily.name(of: "   ") == "none")
        #expect(MailerFamily.name(of: "Xyzzy 1.0") == "other")
    }

    @Test("Subject reply and forward markers")
    func subjectPrefixes() {
        #expect(SubjectPrefix.of("RE: your invoice") == .reply)
        #expect(SubjectPrefix.of("  Aw: Termin") == .reply)
        #expect(SubjectPrefix.of("Fwd: photos") == .forward)
        #expect(SubjectPrefix.of("回复：会议") == .reply)
        #expect(SubjectPrefix.of("Reminder: meeting") == nil)
        #expect(SubjectPrefix.of("") == nil)
    }

    @Test("Attachment name tricks")
    func attachmentNames() {
        #expect(AttachmentFeatures.hasDoubleExtension("Invoice.PDF.exe"))
        #expect(AttachmentFeatures.hasDoubleExtension("scan.jpg  .scr"))
        #expect(!AttachmentFeatures.hasDoubleExtension("setup.exe"))
        #expect(!AttachmentFeatures.hasDoubleExtension("archive.tar.gz"))
        #expect(AttachmentFeatures.isExecutableName("docs/Run.EXE"))
        #expect(!AttachmentFeatures.isExecutableName("readme"))
    }

    @Test("Every lexicon entry maps to a feature name the text path can produce")
    func lexiconEntries() {
        let tokenizer = Tokenizer(configuration: .default)
        for (_, words) in LexiconWords.entries {
            for entry in words {
                let names = LexiconTable.featureNames(for: entry, tokenizer: tokenizer)
                #expect(!names.isEmpty, "\(entry)")
                for name in names {
                    #expect(name.hasPrefix("w:") || name.hasPrefix("bi:") || name.hasPrefix("cjk:"))
                }
            }
        }
        let context = FeatureContext(configuration: .default)
        let hasher = context.hasher
        func categories(_ name: String) -> UInt16 { context.lexicon.categories(ofHash: hasher.hash(name)) }
        #expect(categories("w:password") & LexiconCategory.credential.bit != 0)
        #expect(categories("bi:click here") & LexiconCategory.action.bit != 0)
        #expect(categories("cjk:免费") & LexiconCategory.money.bit != 0)
        #expect(categories("w:the") & LexiconCategory.stopWord.bit != 0)
        #expect(categories("w:kernel") == 0)
    }

    @Test("The link cache gives exactly what parsing each URL gives")
    func linkCache() {
        let urls = [
            "http://www.example.com/a/b.php?x=1#top", "http://www.example.com/c?y=%40", "https://www.example.com/a",
            "HTTP://WWW.Example.com/Path", "http://user@www.example.com:8080/q?r", "http://www.example.com",
            "http:\\\\evil.example\\x", "www.example.com/relative", "mailto:a@example.com",
            "http://198.51.100.7/login?e=a@b.c", "http://xn--pypal-4ve.com/", " http://spaced.example/ ",
            "http:///triple.example/x", "https://bit.ly/abc#frag?no",
        ]
        var cache = LinkTargetCache()
        for url in urls + urls.reversed() {
            #expect(cache.target(for: url) == LinkTarget(url: url), "\(url)")
        }
    }

    @Test("Relay path: the recipient's plumbing is skipped, the hand-off is read")
    func relayPath() {
        let hops = [
            FeaturesTestMessages.hop("from jalapeno [127.0.0.1] by localhost with IMAP (fetchmail-5.9.0) for jm@localhost (single-drop); Tue, 24 Sep 2002 10:48:07 +0100"),
            FeaturesTestMessages.hop("(qmail 1234 invoked by uid 500); 24 Sep 2002 09:00:13 -0000"),
            FeaturesTestMessages.hop("from xent.com ([64.161.22.236]) by dogma.example (8.11.6/8.11.6) with ESMTP id g8O80BC26575 for <jm@example.org>; Tue, 24 Sep 2002 09:00:12 +0100"),
            FeaturesTestMessages.hop("from lair.xent.com (localhost [127.0.0.1]) by xent.com (Postfix) with ESMTP id 429D3; Tue, 24 Sep 2002 01:00:05 -0700"),
        ]
        let remaining = ReceivedPathFeatures.senderSideHops(hops)
        #expect(remaining.count == 2)
        #expect(remaining.first?.ip == "64.161.22.236")
        #expect(ReceivedPathFeatures.looksDynamic("adsl-81-2-3-4.dsl.example.net"))
        #expect(ReceivedPathFeatures.looksDynamic("81-2-3-4.static.example.net"))
        #expect(!ReceivedPathFeatures.looksDynamic("mail.example.org"))
        #expect(ReceivedPathFeatures.parseIPv4("[192.168.1.20]") == [192, 168, 1, 20])
        #expect(ReceivedPathFeatures.parseIPv4("256.1.1.1") == nil)
        #expect(ReceivedPathFeatures.parseIPv4("1.2.3") == nil)
        #expect(ReceivedPathFeatures.parseIPv4("1.2.3.4.5") == nil)
        #expect(ReceivedPathFeatures.parseIPv4("01234.1.1.1") == nil)
        #expect(ReceivedPathFeatures.isPrivateIPv4("172.20.0.1") && !ReceivedPathFeatures.isPrivateIPv4("172.32.0.1"))
        #expect(ReceivedPathFeatures.isPrivateIPv4("10.0.0.1") && ReceivedPathFeatures.isPrivateIPv4("127.0.0.1"))
        #expect(!ReceivedPathFeatures.isPrivateIPv4("8.8.8.8"))
    }

    @Test("Script of letters and word shapes")
    func scripts() {
        #expect(TextScript.ofLetter(0x61) == .latin)
        #expect(TextScript.ofLetter(0x430) == .cyrillic)
        #expect(TextScript.ofLetter(0x3B1) == .greek)
        #expect(TextScript.ofLetter(0x4E00) == .han)
        #expect(TextScript.ofLetter(0x30AB) == .kana)
        #expect(TextScript.ofLetter(0xAC00) == .hangul)
        var shape = WordShape()
        shape.scripts = 1 << UInt16(TextScript.latin.rawValue) | 1 << UInt16(TextScript.common.rawValue)
        #expect(!shape.mixesScripts)
        shape.scripts |= 1 << UInt16(TextScript.cyrillic.rawValue)
        #expect(shape.mixesScripts)
    }
}
