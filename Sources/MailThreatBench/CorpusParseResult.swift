/// Issue 2's parse figures for one corpus: our parse stage, parse + content, and CPython's
/// email package on the same messages in the same run.
struct CorpusParseResult: Codable, Sendable, Hashable {
    /// Corpus name.
    let corpus: String
    /// Split measured.
    let split: String
    /// Structure + transfer decoding (bytes → `ParsedMessage`).
    let parse: StageMeasurement
    /// Parse, then the library's reading (charset decoding, HTML to text, URL extraction).
    let parseAndContent: StageMeasurement?
    /// CPython's email package on the same messages, when run.
    let cpython: CPythonParseReference?

    /// How many times faster our parse stage is than CPython (median against median, one core).
    var parseSpeedupOverCPython: Double? {
        guard let cpython, parse.singleThread.runs.median > 0 else { return nil }
        return cpython.medianSeconds / parse.singleThread.runs.median
    }

    /// The same for parse + content.
    var parseAndContentSpeedupOverCPython: Double? {
        guard let cpython, let median = parseAndContent?.singleThread.runs.median, median > 0 else { return nil }
        return cpython.medianSeconds / median
    }

    private enum CodingKeys: String, CodingKey {
        case corpus, split, parse, parseAndContent, cpython, parseSpeedupOverCPython, parseAndContentSpeedupOverCPython
    }

    init(corpus: String, split: String, parse: StageMeasurement, parseAndContent: StageMeasurement?,
         cpython: CPythonParseReference?) {
        self.corpus = corpus
        self.split = split
        self.parse = parse
        self.parseAndContent = parseAndContent
        self.cpython = cpython
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        corpus = try container.decode(String.self, forKey: .corpus)
        split = try container.decode(String.self, forKey: .split)
        parse = try container.decode(StageMeasurement.self, forKey: .parse)
        parseAndContent = try container.decodeIfPresent(StageMeasurement.self, forKey: .parseAndContent)
        cpython = try container.decodeIfPresent(CPythonParseReference.self, forKey: .cpython)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(corpus, forKey: .corpus)
        try container.encode(split, forKey: .split)
        try container.encode(parse, forKey: .parse)
        try container.encodeIfPresent(parseAndContent, forKey: .parseAndContent)
        try container.encodeIfPresent(cpython, forKey: .cpython)
        try container.encodeIfPresent(parseSpeedupOverCPython, forKey: .parseSpeedupOverCPython)
        try container.encodeIfPresent(parseAndContentSpeedupOverCPython, forKey: .parseAndContentSpeedupOverCPython)
    }
}
