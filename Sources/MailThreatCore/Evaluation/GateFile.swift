/// Reads per-corpus accuracy gates from a small text file kept in the repository.
///
/// Format: one corpus per line, its name first, then `key=value` requirements separated by
/// spaces or tabs (no spaces around `=`; keys in ``GateRequirement``). `#` starts a comment that
/// runs to the end of the line; blank lines are ignored. The corpus `*` sets defaults for every
/// corpus; a named corpus's own key overrides the default. Each corpus appears on one line only.
///
/// ```text
/// # corpus        requirements
/// spamassassin    min_catch=99.8  max_fp=0.1
/// trec06c         min_catch=99.5  max_fp=0.2   max_lam=0.5
/// phishing        min_flagged_phish=99.5       # all phish: its flagged share is its catch
/// modern-ham      max_fp=0.1                   # all ham
/// *               min_messages=100
/// ```
///
/// ```swift
/// let gates = try GateFile.parse(text)        // throws GateFileError naming the line
/// let failures = CorpusGate.check(gates, evaluations)
/// ```
public enum GateFile {
    /// Parses a gate file; throws a ``GateFileError`` naming the first bad line.
    public static func parse(_ text: String) throws(GateFileError) -> [CorpusGate] {
        var gates: [CorpusGate] = []
        var lineOfCorpus: [String: Int] = [:]
        var lineNumber = 0
        // Work on Unicode scalars: a Character view would fuse "\r\n" (and "#" with a combining
        // mark) into one grapheme and miss the separators.
        var scalars = Substring(text).unicodeScalars
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        for rawLine in scalars.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let tokens = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
                .map { String(String.UnicodeScalarView($0)) }
            guard let corpus = tokens.first else { continue }
            guard !corpus.contains("=") else {
                throw GateFileError(line: lineNumber, message: "expected a corpus name first, found '\(corpus)'")
            }
            if let earlier = lineOfCorpus[corpus] {
                throw GateFileError(line: lineNumber, message: "corpus '\(corpus)' already has gates on line \(earlier)")
            }
            guard tokens.count > 1 else {
                throw GateFileError(line: lineNumber, message: "corpus '\(corpus)' has no requirements (e.g. '\(corpus)  min_catch=99.8  max_fp=0.1')")
            }
            var requirements: [GateRequirement] = []
            var keys = Set<String>()
            for token in tokens.dropFirst() {
                guard let equals = token.firstIndex(of: "="), equals != token.startIndex else {
                    throw GateFileError(line: lineNumber, message: "expected key=value (no spaces around '='), found '\(token)'")
                }
                let key = String(token[..<equals])
                let value = String(token[token.index(after: equals)...])
                switch GateRequirement.parse(key: key, value: value) {
                case .success(let requirement):
                    guard keys.insert(requirement.key).inserted else {
                        throw GateFileError(line: lineNumber, message: "key '\(key)' appears twice for corpus '\(corpus)'")
                    }
                    requirements.append(requirement)
                case .failure(let error):
                    throw GateFileError(line: lineNumber, message: error.message)
                }
            }
            lineOfCorpus[corpus] = lineNumber
            gates.append(CorpusGate(corpus: corpus, requirements: requirements, line: lineNumber))
        }
        return gates
    }
}
