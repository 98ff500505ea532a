/// Every setting that changes which features a message produces: the hash seed and space,
/// the tokenizer options and the caps that bound the work per message.
///
/// Training and inference must use the same configuration, so it is stored in the model file
/// (``ModelFile/featureConfiguration``) as a flat string dictionary (``encoded()``) and read
/// back with ``init(encoded:)``. A mismatch is a hard error, never a silent fallback.
///
/// ```swift
/// var configuration = FeatureConfiguration.default
/// configuration.hashSpace = 1 << 20
/// let file = ModelFile(model: model, featureConfiguration: configuration.encoded())
/// // … later, at inference:
/// let extractor = FeatureExtractor(configuration: try FeatureConfiguration(encoded: file.featureConfiguration))
/// ```
public struct FeatureConfiguration: Codable, Sendable, Hashable {
    /// The feature-set version this build implements. Any change to what the extractor emits
    /// (names, buckets, word lists) bumps it, so an old model is never fed new features.
    public static let currentVersion = 1

    /// Largest accepted ``hashSpace``: the model's own limit, 2²⁸ buckets.
    public static let maximumHashSpace = 1 << 28

    /// The feature-set version (see ``currentVersion``).
    public var version: Int
    /// Seed of the feature hash (``FeatureHasher``): a different seed gives an unrelated
    /// mapping of feature names to buckets.
    public var seed: UInt64
    /// Number of buckets: every index is in `0..<hashSpace`. Must equal the model's
    /// ``ModelArchitecture/hashSpace``.
    public var hashSpace: Int
    /// Text tokens (words and CJK bigrams, over subject, names and body) read per message;
    /// later text is ignored so the cost per message is bounded.
    public var maxTextTokens: Int
    /// UTF-8 bytes of each text field scanned at most (bounds the work on text without words).
    public var maxTextBytes: Int
    /// Words longer than this many UTF-8 bytes become a length-shape feature
    /// (`long:17-32`) instead of a word feature (base64 debris, hashes, tracking ids).
    public var maxWordBytes: Int
    /// Links examined per message (the link count feature still counts them all).
    public var maxLinks: Int
    /// Attachments examined per message.
    public var maxAttachments: Int
    /// Emit word bigrams (`bi:click here`) inside phrases, skipping stop-word pairs.
    public var useWordBigrams: Bool
    /// Emit character bigrams for Han, Kana and Hangul runs (`cjk:免费`); when false, single
    /// characters (`cjk:免`).
    public var useCJKBigrams: Bool

    /// Creates a configuration; the defaults are those of ``default``.
    public init(
        version: Int = FeatureConfiguration.currentVersion,
        seed: UInt64 = 0x4D61_696C_5468_7274,  // "MailThrt"
        hashSpace: Int = 1 << 18,
        maxTextTokens: Int = 4_000,
        maxTextBytes: Int = 65_536,
        maxWordBytes: Int = 24,
        maxLinks: Int = 32,
        maxAttachments: Int = 32,
        useWordBigrams: Bool = true,
        useCJKBigrams: Bool = true
    ) {
        self.version = version
        self.seed = seed
        self.hashSpace = hashSpace
        self.maxTextTokens = maxTextTokens
        self.maxTextBytes = maxTextBytes
        self.maxWordBytes = maxWordBytes
        self.maxLinks = maxLinks
        self.maxAttachments = maxAttachments
        self.useWordBigrams = useWordBigrams
        self.useCJKBigrams = useCJKBigrams
    }

    /// The standard configuration: seed `0x4D61696C54687274`, 2¹⁸ buckets, 4,000 text tokens.
    public static let `default` = FeatureConfiguration()

    /// Checks every value against its range and the version against ``currentVersion``.
    ///
    /// - Throws: ``FeatureConfigurationError`` naming the first bad setting.
    public func validate() throws(FeatureConfigurationError) {
        guard version == Self.currentVersion else {
            throw .unsupportedVersion(version, supported: Self.currentVersion)
        }
        guard (1...Self.maximumHashSpace).contains(hashSpace) else {
            throw .invalidValue(key: "hashSpace", value: String(hashSpace))
        }
        guard maxTextTokens >= 0 else { throw .invalidValue(key: "maxTextTokens", value: String(maxTextTokens)) }
        guard maxTextBytes >= 0 else { throw .invalidValue(key: "maxTextBytes", value: String(maxTextBytes)) }
        guard (1...1_024).contains(maxWordBytes) else {
            throw .invalidValue(key: "maxWordBytes", value: String(maxWordBytes))
        }
        guard maxLinks >= 0 else { throw .invalidValue(key: "maxLinks", value: String(maxLinks)) }
        guard maxAttachments >= 0 else { throw .invalidValue(key: "maxAttachments", value: String(maxAttachments)) }
    }

    /// The configuration with every value forced into its valid range (the version is kept):
    /// what ``FeatureExtractor`` applies when handed an unvalidated configuration.
    public var clamped: FeatureConfiguration {
        var result = self
        result.hashSpace = min(max(1, hashSpace), Self.maximumHashSpace)
        result.maxTextTokens = max(0, maxTextTokens)
        result.maxTextBytes = max(0, maxTextBytes)
        result.maxWordBytes = min(max(1, maxWordBytes), 1_024)
        result.maxLinks = max(0, maxLinks)
        result.maxAttachments = max(0, maxAttachments)
        return result
    }

    // MARK: - Model-file form

    /// The keys ``encoded()`` writes, in a fixed order.
    public static let encodedKeys = [
        "version", "seed", "hashSpace", "maxTextTokens", "maxTextBytes", "maxWordBytes",
        "maxLinks", "maxAttachments", "useWordBigrams", "useCJKBigrams",
    ]

    /// The configuration as the flat string dictionary stored in the model file: decimal
    /// integers and `true`/`false`.
    ///
    /// ```swift
    /// FeatureConfiguration.default.encoded()["hashSpace"]  // "262144"
    /// ```
    public func encoded() -> [String: String] {
        [
            "version": String(version),
            "seed": String(seed),
            "hashSpace": String(hashSpace),
            "maxTextTokens": String(maxTextTokens),
            "maxTextBytes": String(maxTextBytes),
            "maxWordBytes": String(maxWordBytes),
            "maxLinks": String(maxLinks),
            "maxAttachments": String(maxAttachments),
            "useWordBigrams": String(useWordBigrams),
            "useCJKBigrams": String(useCJKBigrams),
        ]
    }

    /// Reads a configuration written by ``encoded()`` and validates it.
    ///
    /// Every key of ``encodedKeys`` must be present; unknown keys are an error too, because
    /// they mean a newer extractor wrote the model.
    ///
    /// - Throws: ``FeatureConfigurationError`` for a missing, unknown or malformed key, an
    ///   unsupported version or an out-of-range value.
    public init(encoded dictionary: [String: String]) throws(FeatureConfigurationError) {
        for key in dictionary.keys.sorted() where !Self.encodedKeys.contains(key) {
            throw .unknownKey(key)
        }
        func string(_ key: String) throws(FeatureConfigurationError) -> String {
            guard let value = dictionary[key] else { throw .missingKey(key) }
            return value
        }
        func integer(_ key: String) throws(FeatureConfigurationError) -> Int {
            let text = try string(key)
            guard let value = Int(text) else { throw .invalidValue(key: key, value: text) }
            return value
        }
        func boolean(_ key: String) throws(FeatureConfigurationError) -> Bool {
            let text = try string(key)
            switch text {
            case "true": return true
            case "false": return false
            default: throw .invalidValue(key: key, value: text)
            }
        }
        let seedText = try string("seed")
        guard let seed = UInt64(seedText) else { throw .invalidValue(key: "seed", value: seedText) }
        self.init(
            version: try integer("version"),
            seed: seed,
            hashSpace: try integer("hashSpace"),
            maxTextTokens: try integer("maxTextTokens"),
            maxTextBytes: try integer("maxTextBytes"),
            maxWordBytes: try integer("maxWordBytes"),
            maxLinks: try integer("maxLinks"),
            maxAttachments: try integer("maxAttachments"),
            useWordBigrams: try boolean("useWordBigrams"),
            useCJKBigrams: try boolean("useCJKBigrams"))
        try validate()
    }
}
