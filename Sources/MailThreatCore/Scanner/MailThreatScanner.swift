/// The whole pipeline: bytes in, a ``Verdict`` out.
///
/// Parsing (``MIMEParser``) → the library reading (``MessageContent``) → hashed features
/// (``FeatureExtractor``) → the int8 neural classifier (``Classifier``) → thresholds → verdict.
/// A scanner is an immutable value: share one across tasks and threads.
///
/// ```swift
/// let scanner = try MailThreatScanner(model: .loadDefault())
/// let verdict = scanner.scan(Array(data))
/// print(verdict.action, verdict.predictedClass, verdict.unwantedScore, verdict.reasons)
/// ```
public struct MailThreatScanner: Sendable {
    /// The model in use.
    public let model: DetectionModel
    /// The parser limits.
    public var limits: ParseLimits
    /// The limits of the content reading (giant text parts and header values).
    public var contentLimits: ContentLimits

    /// Creates a scanner.
    public init(model: DetectionModel, limits: ParseLimits = ParseLimits(), contentLimits: ContentLimits = .default) {
        self.model = model
        self.limits = limits
        self.contentLimits = contentLimits
    }

    /// Scans one message.
    public func scan(_ bytes: [UInt8]) -> Verdict {
        let content = MessageContent(message: MIMEParser(limits: limits).parse(bytes), limits: contentLimits)
        let features = model.extractor.features(for: content)
        return verdict(probabilities: model.classifier.probabilities(for: features), content: content, features: features)
    }

    /// Scans many messages, running the classifier's batched (sgemm) path.
    public func scan(batch messages: [[UInt8]]) -> [Verdict] {
        let parser = MIMEParser(limits: limits)
        let contents = messages.map { MessageContent(message: parser.parse($0), limits: contentLimits) }
        let features = contents.map(model.extractor.features(for:))
        let all = model.classifier.probabilities(for: features)
        return all.indices.map { verdict(probabilities: all[$0], content: contents[$0], features: features[$0]) }
    }

    /// Turns class probabilities into a verdict for `content` (whose features are `features`).
    public func verdict(probabilities: [Float], content: MessageContent, features: SparseFeatures) -> Verdict {
        let classes = model.classifier.classes
        let unwanted = Double(max(0, 1 - probabilities[model.hamIndex]))
        let flagged = unwanted >= model.flagThreshold
        var predicted = "ham"
        if flagged {
            var best = -1
            for i in classes.indices where i != model.hamIndex && (best < 0 || probabilities[i] > probabilities[best]) { best = i }
            if best >= 0 { predicted = classes[best] }
        }
        let action: Verdict.Action = flagged ? .quarantine : (unwanted >= model.tagThreshold || content.hitLimit ? .tag : .deliver)
        var reasons: [String] = []
        if flagged || action == .tag {
            reasons.append("model: P(unwanted) = \(Self.format(unwanted)) (flag at \(Self.format(model.flagThreshold)))")
            if content.hitLimit { reasons.append("a parse limit was exceeded: content not fully inspected") }
        }
        if flagged {
            reasons += VerdictReasons.signals(in: content, features: features, model: model, baseScore: unwanted, limit: 5)
        }
        return Verdict(
            action: action, predictedClass: predicted,
            probabilities: zip(classes, probabilities).map { .init(className: $0, probability: Double($1)) },
            unwantedScore: unwanted, isUnwanted: flagged, reasons: reasons, hitParseLimit: content.hitLimit)
    }

    static func format(_ x: Double) -> String {
        let scaled = (x * 10_000).rounded() / 10_000
        return "\(scaled)"
    }
}
