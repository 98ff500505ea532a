import Foundation
import Testing
@testable import MailThreatCore

/// Expected tokens were derived independently: Python's
/// `unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", s).casefold())`, then split
/// by hand into words and CJK bigrams.
@Suite("Features: tokenizer")
struct FeaturesTokenizerTests {
    let tokenizer = Tokenizer(configuration: .default)

    @Test("English words, numbers and punctuation")
    func english() {
        #expect(tokenizer.tokens(in: "Hello, World! It's 2024 -- call 555-0100.")
            == ["hello", "world", "it", "s", "2024", "call", "555", "0100"])
        #expect(tokenizer.tokens(in: "") == [])
        #expect(tokenizer.tokens(in: " \t\n...!!! ") == [])
    }

    @Test("Full-width letters fold to ASCII (NFKC)")
    func fullWidth() {
        #expect(tokenizer.tokens(in: "ＦＲＥＥ\u{3000}ＭＯＮＥＹ") == ["free", "money"])
        #expect(tokenizer.tokens(in: "ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ") == ["www", "example", "com"])
    }

    @Test("Ligatures, circled and mathematical letters, compatibility forms")
    func compatibilityForms() {
        #expect(tokenizer.tokens(in: "ﬁnancial ﬂow") == ["financial", "flow"])
        #expect(tokenizer.tokens(in: "𝐅𝐑𝐄𝐄 Ⓕⓡⓔⓔ") == ["free", "free"])
        // NFKC: Ⅻ → XII, ① → 1, ㈱ → (株).
        #expect(tokenizer.tokens(in: "Ⅻ ① ㈱") == ["xii", "1", "株"])
        #expect(tokenizer.tokens(in: "ǅemal") == ["džemal"])
    }

    @Test("Case folding beyond lower-casing")
    func caseFolding() {
        #expect(tokenizer.tokens(in: "STRASSE Straße ΣΊΣΥΦΟΣ") == ["strasse", "strasse", "σίσυφοσ"])
        #expect(tokenizer.tokens(in: "ÉCOLE Ärger İstanbul") == ["école", "ärger", "i\u{307}stanbul"])
        #expect(tokenizer.tokens(in: "ПРИВЕТ Мир") == ["привет", "мир"])
    }

    @Test("Decomposed accents are composed (NFC inside NFKC)")
    func composition() {
        let tokens = tokenizer.tokens(in: "e\u{301}te\u{301}")
        #expect(tokens == ["\u{E9}t\u{E9}"])
        #expect(tokens.first.map { Array($0.utf8) } == [0xC3, 0xA9, 0x74, 0xC3, 0xA9])
    }

    @Test("Chinese runs become overlapping bigrams")
    func chinese() {
        #expect(tokenizer.tokens(in: "免费发票") == ["免费", "费发", "发票"])
        #expect(tokenizer.tokens(in: "好") == ["好"])
        #expect(tokenizer.tokens(in: "你好，世界。") == ["你好", "世界"])
        #expect(tokenizer.tokens(in: "代开发票13800138000") == ["代开", "开发", "发票", "13800138000"])
    }

    @Test("Japanese kana, half-width Katakana and Hangul")
    func kanaAndHangul() {
        #expect(tokenizer.tokens(in: "カタカナ と ひらがな") == ["カタ", "タカ", "カナ", "と", "ひら", "らが", "がな"])
        #expect(tokenizer.tokens(in: "ｶﾀｶﾅ") == ["カタ", "タカ", "カナ"])
        #expect(tokenizer.tokens(in: "무료 쿠폰") == ["무료", "쿠폰"])
    }

    @Test("Mixed scripts split at the script boundary, homoglyphs stay one word")
    func mixedScripts() {
        #expect(tokenizer.tokens(in: "Buy便宜now") == ["buy", "便宜", "now"])
        // "p\u{430}ypal" has a Cyrillic а: one word, marked as mixing scripts.
        #expect(tokenizer.tokens(in: "p\u{430}ypal") == ["p\u{430}ypal"])
        var shapes = ShapeRecorder()
        _ = tokenizer.tokenize("p\u{430}ypal paypal", into: &shapes)
        #expect(shapes.shapes.map(\.mixesScripts) == [true, false])
    }

    @Test("Invisible characters inside words are skipped and counted")
    func invisibleCharacters() {
        #expect(tokenizer.tokens(in: "pay\u{200B}pal ac\u{AD}count") == ["paypal", "account"])
        var shapes = ShapeRecorder()
        _ = tokenizer.tokenize("pay\u{200B}pal \u{202E}fdp.exe", into: &shapes)
        #expect(shapes.shapes.first?.hadInvisible == true)
        #expect(shapes.statistics.invisibleCharacters == 2)
        #expect(shapes.statistics.bidiControls == 1)
        #expect(shapes.statistics.wordsWithInvisible == 1)
    }

    @Test("Word shapes count letters, digits and upper case")
    func shapes() {
        var shapes = ShapeRecorder()
        _ = tokenizer.tokenize("FREE Win32 2024 Ärger", into: &shapes)
        let recorded = shapes.shapes
        #expect(recorded.count == 4)
        #expect(recorded[0].letters == 4 && recorded[0].uppercase == 4 && recorded[0].digits == 0)
        #expect(recorded[1].letters == 3 && recorded[1].uppercase == 1 && recorded[1].digits == 2)
        #expect(recorded[2].isNumber && recorded[2].digits == 4)
        #expect(recorded[3].letters == 5 && recorded[3].uppercase == 1)
        #expect(shapes.statistics.exclamations == 0)
    }

    @Test("Long words are cut at maxWordBytes but keep their length")
    func longWords() {
        var configuration = FeatureConfiguration.default
        configuration.maxWordBytes = 8
        let short = Tokenizer(configuration: configuration)
        var shapes = ShapeRecorder()
        _ = short.tokenize("abcdefghijklmnop ok", into: &shapes)
        #expect(shapes.words == ["abcdefgh", "ok"])
        #expect(shapes.shapes[0].isTruncated && shapes.shapes[0].byteCount == 16)
        #expect(!shapes.shapes[1].isTruncated)
    }

    @Test("At most maxTextBytes bytes are read")
    func textLimit() {
        var configuration = FeatureConfiguration.default
        configuration.maxTextBytes = 11
        #expect(Tokenizer(configuration: configuration).tokens(in: "alpha beta gamma delta") == ["alpha", "beta"])
        // A cut inside a multi-byte character does not crash.
        configuration.maxTextBytes = 4
        #expect(Tokenizer(configuration: configuration).tokens(in: "免费发票") == ["免"])
    }

    @Test("Single CJK characters when bigrams are off")
    func cjkUnigrams() {
        var configuration = FeatureConfiguration.default
        configuration.useCJKBigrams = false
        #expect(Tokenizer(configuration: configuration).tokens(in: "免费 发票") == ["免", "费", "发", "票"])
    }

    @Test("Hostile text: long mark runs, lone surrogate replacements, control bytes")
    func hostile() {
        let marks = "a" + String(repeating: "\u{301}", count: 5_000)
        let tokens = tokenizer.tokens(in: marks)
        #expect(tokens.count == 1)
        #expect(tokens[0].utf8.count <= FeatureConfiguration.default.maxWordBytes)
        let garbage = String(decoding: [0xFF, 0xFE, 0x41, 0xC3, 0x00, 0xE2, 0x82, 0x42], as: UTF8.self)
        #expect(tokenizer.tokens(in: garbage) == ["a", "b"])
        let emoji = String(repeating: "🔥💰", count: 1_000) + " win"
        #expect(tokenizer.tokens(in: emoji) == ["win"])
    }

    @Test("Every simple fold in the BMP table agrees with Foundation's NFKC + lower-casing")
    func tableFoldsMatchFoundation() {
        var checked = 0
        for value in UInt32(0x80)..<0x10000 {
            let traits = ScalarTraits.of(value)
            guard traits.fold != 0, !traits.needsFullFold, let scalar = Unicode.Scalar(value),
                  let target = Unicode.Scalar(traits.fold) else { continue }
            let reference = String(scalar).precomposedStringWithCompatibilityMapping.lowercased()
                .precomposedStringWithCompatibilityMapping
            #expect(reference == String(target), "U+\(String(value, radix: 16, uppercase: true))")
            checked += 1
        }
        #expect(checked > 900)
    }

    @Test("Scalars the table keeps unchanged are already NFKC-case-folded")
    func stableScalarsAreFolded() {
        for value in stride(from: UInt32(0x80), to: 0x3400, by: 1) {
            let traits = ScalarTraits.of(value)
            // Cherokee upper case is its own case fold (lower-casing maps it the other way).
            guard traits.kind == .word || traits.kind == .cjk, traits.fold == 0, !traits.needsFullFold,
                  !(0x13A0...0x13FF).contains(value), let scalar = Unicode.Scalar(value) else { continue }
            let reference = String(scalar).precomposedStringWithCompatibilityMapping.lowercased()
            #expect(reference == String(scalar), "U+\(String(value, radix: 16, uppercase: true))")
        }
    }
}

/// Records words with their shapes.
private struct ShapeRecorder: TokenHandler {
    var statistics = TextStatistics()
    var words: [String] = []
    var shapes: [WordShape] = []

    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, shape: WordShape) -> Bool {
        words.append(String(decoding: bytes, as: UTF8.self))
        shapes.append(shape)
        return true
    }

    mutating func cjk(_ bytes: UnsafeBufferPointer<UInt8>, characters: Int) -> Bool { true }

    mutating func phraseBreak() {}
}
