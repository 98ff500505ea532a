/// Guesses the charset of 8-bit text that declares none (the library's view of
/// such text; the oracle comparison always uses the declared label instead).
///
/// Valid UTF-8 (including pure ASCII) wins. Otherwise each CJK candidate decodes
/// the text and is scored by its errors and by how many of the decoded characters
/// are among the most frequent of its language; failing a convincing CJK reading,
/// Cyrillic (windows-1251 or KOI8-R, by letter frequencies) or windows-1252 is chosen.
///
/// ```swift
/// let bytes: [UInt8] = [0xC4, 0xE3, 0xBA, 0xC3, 0xA3, 0xAC, 0xCA, 0xC0, 0xBD, 0xE7]  // "你好，世界" in GBK
/// bytes.withUnsafeBytes { CharsetDetector.guess($0) }.name   // "gb18030"
/// ```
public enum CharsetDetector {
    /// The most likely charset of `bytes`; UTF-8 when the bytes are valid UTF-8.
    public static func guess(_ bytes: UnsafeRawBufferPointer) -> Charset {
        let firstHigh = ASCIIScan.firstNonASCII(in: bytes)
        if firstHigh == bytes.count || UTF8Validation.isValid(bytes) {
            return .utf8
        }
        // Statistics need no more than a sample; this bounds the work to four decodes of 64 KiB.
        let sample = UnsafeRawBufferPointer(rebasing: bytes[..<min(bytes.count, sampleSize)])
        let singleByte = SingleByteGuess(sample)
        // Isolated high bytes (accented Latin letters) rule out a double-byte reading: skip
        // the four trial decodes.
        guard singleByte.highBytesMostlyInRuns else { return Charset(codec: singleByte.codec) }
        var best: (codec: CharsetCodec, reading: CJKCandidate.Reading)?
        for candidate in CJKCandidate.all {
            let reading = candidate.read(sample)
            guard reading.hasFewErrors else { continue }
            if let current = best, reading.score <= current.reading.score { continue }
            best = (candidate.codec, reading)
        }
        // A clean double-byte reading needs high bytes that come in runs (isolated
        // ones are accented Latin letters); it wins unless the bytes look more like
        // Cyrillic words and the reading lacks its language's common characters.
        if let best, best.reading.hasTypicalShare || !singleByte.looksCyrillic {
            return Charset(codec: best.codec)
        }
        return Charset(codec: singleByte.codec)
    }

    /// The most likely charset of `bytes`; UTF-8 when the bytes are valid UTF-8.
    public static func guess(_ bytes: [UInt8]) -> Charset {
        bytes.withUnsafeBytes { guess($0) }
    }

    /// How much of the text the statistics look at.
    static let sampleSize = 64 * 1024
}

/// One double-byte reading tried by ``CharsetDetector``.
struct CJKCandidate: Sendable {
    let codec: CharsetCodec
    /// Tie-breaker: GB18030 > Big5 > the others, by how common they are in mail.
    let prior: Int
    /// Scalars typical of the language (the most frequent characters, or kana).
    let isTypical: @Sendable (UInt32) -> Bool

    struct Reading {
        var multibyte = 0
        var errors = 0
        var typical = 0
        /// The candidate's ``CJKCandidate/prior``.
        var prior = 0

        /// At most one error per 20 double-byte characters.
        var hasFewErrors: Bool { multibyte > 0 && errors * 20 <= multibyte }

        /// At least three, and one in five, of the characters are among the language's
        /// most frequent (real text: 30-65%; another language's text read this way:
        /// under 10% for nine in ten samples).
        var hasTypicalShare: Bool { typical >= 3 && typical * 5 >= multibyte }

        /// Common characters only count once they are a fair share (a few chance
        /// hits in a short text must not beat the prior).
        var score: Int { (hasTypicalShare ? typical * 3 : 0) + multibyte - errors * 10 + prior }
    }

    func read(_ bytes: UnsafeRawBufferPointer) -> Reading {
        var reading = Reading(prior: prior)
        let text = Charset(codec: codec).decode(bytes)
        for scalar in text.unicodeScalars where scalar.value >= 0x80 {
            let value = scalar.value
            if value == 0xFFFD {
                reading.errors += 1
            } else if !(0xFF61...0xFF9F).contains(value) {  // half-width katakana are single bytes
                reading.multibyte += 1
                if isTypical(value) { reading.typical += 1 }
            }
        }
        return reading
    }

    static let all: [CJKCandidate] = [
        CJKCandidate(codec: .gb18030, prior: 2) { CommonCharacters.simplifiedChinese.contains($0) },
        CJKCandidate(codec: .cp950, prior: 1) { CommonCharacters.traditionalChinese.contains($0) },
        CJKCandidate(codec: .cp932, prior: 0) { (0x3041...0x3096).contains($0) || (0x30A1...0x30FA).contains($0) },
        CJKCandidate(codec: .cp949, prior: 0) { CommonCharacters.korean.contains($0) },
    ]
}

/// Frequent characters per language, for ``CJKCandidate``.
enum CommonCharacters {
    private static func scalarSet(_ text: String) -> Set<UInt32> {
        Set(text.unicodeScalars.map(\.value))
    }

    static let simplifiedChinese = scalarSet(
        "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应向头文体新网站服务信息产品公司电话价格免费"
    )

    static let traditionalChinese = scalarSet(
        "的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡用道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣理心她本前開但因只從想實日軍者意無力它與長把機十民第公此已工使情明性知全三又關點正業外將兩高間由問很最重並物手應向頭文體新網站服務資訊產品公司電話價格免費"
    )

    static let korean = scalarSet(
        "이다는의에가하고을지기서로사도한리를자으수인시일대어내정니게그나아해부있구것들제만보전요주우상적원라거면소성경문신여세계조무위화공없마선않물중방장동년결연러미습합회님및드다운비스관용간께업국학생와과발된를할때등명분실저희까지되었며입니다해서안녕하세요"
    )
}

/// The single-byte fallback of ``CharsetDetector``: Cyrillic when most high bytes
/// stand next to other high bytes (whole words) and at least 40% of them are the
/// most frequent Russian letters (KOI8-R or windows-1251, whichever reading has
/// more); windows-1252 otherwise.
struct SingleByteGuess {
    let codec: CharsetCodec
    /// More than half of the bytes >= 0x80 have a neighbour >= 0x80.
    let highBytesMostlyInRuns: Bool
    /// Cyrillic words (at least 16 letters), the ten most frequent Russian letters making
    /// up at least 40% (Russian text: about two thirds; other text: about a tenth).
    let looksCyrillic: Bool

    init(_ bytes: UnsafeRawBufferPointer) {
        var high = 0
        var highInRuns = 0
        var previousHigh = false
        var windows1251Letters = 0
        var koi8Letters = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            let isHigh = byte >= 0x80
            if isHigh {
                high += 1
                let nextHigh = index + 1 < bytes.count && bytes[index + 1] >= 0x80
                if previousHigh || nextHigh { highInRuns += 1 }
                if Self.windows1251Frequent.contains(byte) { windows1251Letters += 1 }
                if Self.koi8Frequent.contains(byte) { koi8Letters += 1 }
            }
            previousHigh = isHigh
        }
        highBytesMostlyInRuns = high > 0 && highInRuns * 2 > high
        let frequentLetters = max(windows1251Letters, koi8Letters)
        let cyrillicLike = highBytesMostlyInRuns && frequentLetters * 5 >= high * 2
        looksCyrillic = cyrillicLike && high >= 16
        if cyrillicLike {
            codec = koi8Letters > windows1251Letters ? .koi8R : .cp1251
        } else {
            codec = .cp1252
        }
    }

    /// The ten most frequent Russian letters, lower case (о е а и н т с р в л).
    private static let windows1251Frequent: Set<UInt8> = [0xEE, 0xE5, 0xE0, 0xE8, 0xED, 0xF2, 0xF1, 0xF0, 0xE2, 0xEB]
    private static let koi8Frequent: Set<UInt8> = [0xCF, 0xC5, 0xC1, 0xC9, 0xCE, 0xD4, 0xD3, 0xD2, 0xD7, 0xCC]
}
