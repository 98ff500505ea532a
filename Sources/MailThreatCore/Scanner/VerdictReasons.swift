/// Human-readable signals behind a verdict: the non-lexical features that fired (link, sender,
/// attachment, layout and structure features), which are what a person checks first.
enum VerdictReasons {
    /// Feature-name prefixes of plain text tokens, which make poor reasons on their own.
    static let lexicalPrefixes = ["w:", "bi:", "cjk:", "sub:", "subj:", "name:", "att.name:", "tok:", "t:", "b:", "s:"]

    static func signals(in content: MessageContent, extractor: FeatureExtractor, limit: Int) -> [String] {
        var out: [String] = []
        for feature in extractor.namedFeatures(for: content) where !lexicalPrefixes.contains(where: { feature.name.hasPrefix($0) }) {
            out.append(feature.name)
            if out.count >= limit { break }
        }
        return out
    }
}
