/// The shape of a MailThreat neural classifier.
///
/// hashed features → embedding bag (`hashSpace × embeddingDimension`, scaled by
/// ``bagNormalization``) → `hiddenLayers` dense ReLU layers → a dense output layer → softmax
/// over ``classes``.
///
/// The class list is the model's own: a model trained before any `fraud` example existed
/// simply does not list `fraud`, and a later model adds it. ``canonicalClasses`` is the
/// full MailThreat list, in its canonical order.
///
/// ```swift
/// let architecture = ModelArchitecture(
///     hashSpace: 1 << 18, embeddingDimension: 32, hiddenLayers: [64],
///     classes: ModelArchitecture.canonicalClasses)
/// ```
public struct ModelArchitecture: Sendable, Hashable, Codable {
    /// `ham, spam, phish, fraud, malware`: every class MailThreat knows, in canonical order.
    public static let canonicalClasses = ["ham", "spam", "phish", "fraud", "malware"]

    /// Largest accepted hash space (2²⁸ buckets).
    public static let maximumHashSpace = 1 << 28
    /// Largest accepted embedding or hidden-layer width.
    public static let maximumLayerWidth = 4096
    /// Largest accepted number of hidden layers.
    public static let maximumHiddenLayerCount = 8
    /// Largest accepted number of classes.
    public static let maximumClassCount = 64

    /// Number of embedding rows: feature indices live in `0..<hashSpace`.
    public var hashSpace: Int
    /// Width of an embedding row and thus of the bag vector.
    public var embeddingDimension: Int
    /// Widths of the hidden ReLU layers, input side first (may be empty: a linear model on
    /// the bag).
    public var hiddenLayers: [Int]
    /// Class names in output order (unique, non-empty, at least two).
    public var classes: [String]
    /// How the bag is scaled before the first dense layer.
    public var bagNormalization: BagNormalization

    /// Creates an architecture; call ``validate()`` (or let the trainer do it) before use.
    public init(
        hashSpace: Int,
        embeddingDimension: Int,
        hiddenLayers: [Int],
        classes: [String],
        bagNormalization: BagNormalization = .l2
    ) {
        self.hashSpace = hashSpace
        self.embeddingDimension = embeddingDimension
        self.hiddenLayers = hiddenLayers
        self.classes = classes
        self.bagNormalization = bagNormalization
    }

    /// Widths of every dense stage: `[embeddingDimension] + hiddenLayers + [classes.count]`.
    /// Dense layer `l` maps `layerWidths[l]` inputs to `layerWidths[l + 1]` outputs.
    public var layerWidths: [Int] { [embeddingDimension] + hiddenLayers + [classes.count] }

    /// Number of dense layers (hidden layers plus the output layer).
    public var denseLayerCount: Int { hiddenLayers.count + 1 }

    /// The widest dense stage, used to size scratch buffers.
    var maximumWidth: Int { layerWidths.max() ?? 0 }

    /// The index of `className` in ``classes``, or `nil` when this model lacks that class.
    public func index(ofClass className: String) -> Int? {
        classes.firstIndex(of: className)
    }

    /// Checks every size against its limit and the class list for duplicates.
    ///
    /// - Throws: ``ModelValidationError/invalidArchitecture(_:)`` naming the first problem.
    public func validate() throws(ModelValidationError) {
        guard (1...Self.maximumHashSpace).contains(hashSpace) else {
            throw .invalidArchitecture("hashSpace \(hashSpace) is outside 1...\(Self.maximumHashSpace)")
        }
        guard (1...Self.maximumLayerWidth).contains(embeddingDimension) else {
            throw .invalidArchitecture(
                "embeddingDimension \(embeddingDimension) is outside 1...\(Self.maximumLayerWidth)")
        }
        guard hiddenLayers.count <= Self.maximumHiddenLayerCount else {
            throw .invalidArchitecture(
                "\(hiddenLayers.count) hidden layers exceed \(Self.maximumHiddenLayerCount)")
        }
        for width in hiddenLayers where !(1...Self.maximumLayerWidth).contains(width) {
            throw .invalidArchitecture("hidden width \(width) is outside 1...\(Self.maximumLayerWidth)")
        }
        guard (2...Self.maximumClassCount).contains(classes.count) else {
            throw .invalidArchitecture("\(classes.count) classes; need 2...\(Self.maximumClassCount)")
        }
        for (position, name) in classes.enumerated() {
            guard !name.isEmpty, name.utf8.count <= 64 else {
                throw .invalidArchitecture("class name #\(position) is empty or longer than 64 bytes")
            }
            guard !classes[..<position].contains(name) else {
                throw .invalidArchitecture("class \"\(name)\" appears twice")
            }
        }
    }
}
