/// Turns a ``MessageContent`` into the classifier's input: a sparse vector over a hashed
/// feature space.
///
/// Six families describe the message (see each for its feature names):
/// ``TextFeatures`` (words, CJK bigrams, style), ``URLFeatures`` (link targets and disguises),
/// ``SenderFeatures`` (From/Reply-To/Return-Path relations, mailer, relay path,
/// authentication), ``AttachmentFeatures`` (sniffed types, extensions, mismatches),
/// ``LayoutFeatures`` (MIME structure, HTML make-up, hidden text) and ``LexiconFeatures``
/// (lure vocabulary and its combinations). Each feature is a namespaced string
/// (`w:free`, `url.tld:ru`, `hdr.replyto_mismatch`) hashed with ``FeatureHasher``; a counted
/// feature is worth `log(1 + n)`, a flag 1. Indices are distinct and ascending.
///
/// The extractor is an immutable value: build it once (it prepares the lexicon for its
/// seed) and share it between threads.
///
/// ```swift
/// let extractor = FeatureExtractor(configuration: .default)
/// let vector = extractor.features(for: content)       // SparseFeatures for the model
/// for feature in extractor.namedFeatures(for: content) {
///     print(feature.name, feature.value)                // what the vector is made of
/// }
/// ```
public struct FeatureExtractor: Sendable {
    /// The settings this extractor applies (store ``FeatureConfiguration/encoded()`` in the model).
    public var configuration: FeatureConfiguration { context.configuration }
    /// The hasher mapping feature names to buckets.
    public var hasher: FeatureHasher { context.hasher }
    /// The tokenizer used for all text.
    public var tokenizer: Tokenizer { context.tokenizer }

    let context: FeatureContext

    /// Creates an extractor. Out-of-range settings are clamped
    /// (``FeatureConfiguration/clamped``); call ``FeatureConfiguration/validate()`` first to
    /// reject them instead.
    public init(configuration: FeatureConfiguration = .default) {
        context = FeatureContext(configuration: configuration)
    }

    /// The message as the model's sparse input: distinct bucket indices ascending, each with
    /// the summed value of the features hashed there.
    public func features(for content: MessageContent) -> SparseFeatures {
        extract(content, into: HashedFeatureSink(hasher: context.hasher)).finish()
    }

    /// The message's features by name before hashing (for `mailthreat inspect` and rule
    /// authors), sorted by name. Exactly the features ``features(for:)`` hashes.
    public func namedFeatures(for content: MessageContent) -> [NamedFeature] {
        extract(content, into: NamedFeatureSink(hasher: context.hasher)).finish()
    }

    /// Runs every family into `sink` and returns it.
    /// The behavioural signals among ``namedFeatures(for:)``: the same features without text
    /// tokens (words, bigrams, CJK grams, word shapes), whose names are never built. Verdict
    /// reasons are chosen from these.
    public func signalFeatures(for content: MessageContent) -> [NamedFeature] {
        extract(content, into: NamedFeatureSink(hasher: context.hasher, skipsTextTokens: true)).finish()
    }

    func extract<Sink: FeatureSink>(_ content: MessageContent, into sink: Sink) -> Sink {
        let capacity = TextFeatureWriter<Sink>.scratchCapacity(for: context.configuration)
        return ByteScratch.withScratchMemory(capacity: capacity) { scratch in
            extract(content, into: sink, writerScratch: scratch)
        }
    }

    private func extract<Sink: FeatureSink>(
        _ content: MessageContent, into sink: Sink, writerScratch: UnsafeMutableBufferPointer<UInt8>
    ) -> Sink {
        var emitter = FeatureEmitter(hasher: context.hasher, sink: sink)
        var domains = RegisteredDomainCache()
        let sender = SenderFeatures.extract(content, context: context, domains: &domains, into: &emitter)
        let urls = URLFeatures.extract(content, fromDomain: sender.fromDomain, context: context,
                                       domains: &domains, into: &emitter)
        let attachments = AttachmentFeatures.extract(content, context: context, into: &emitter)
        let layout = LayoutFeatures.extract(content, into: &emitter)

        var writer = TextFeatureWriter(emitter: consume emitter, lexicon: context.lexicon,
                                       configuration: context.configuration, scratch: writerScratch)
        let text = TextFeatures.extract(content, tokenizer: context.tokenizer,
                                        maxAttachments: context.configuration.maxAttachments, writer: &writer)
        LexiconFeatures.emit(text: text, urls: urls, layout: layout, attachments: attachments,
                             into: &writer.emitter)
        return writer.emitter.sink
    }
}
