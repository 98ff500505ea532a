import Foundation
import MailThreatModels

/// A trained model ready to score messages: the classifier, the feature configuration it was
/// trained with, and its decision thresholds, all read from one model file.
///
/// ```swift
/// let model = try DetectionModel.loadDefault()          // Models/Default/default.mtmodel
/// let custom = try DetectionModel(contentsOf: URL(fileURLWithPath: "my.mtmodel"))
/// ```
public struct DetectionModel: Sendable {
    /// Why a model could not be loaded.
    public enum LoadError: Error, Sendable, CustomStringConvertible {
        /// The file is unreadable or invalid.
        case file(ModelFileError)
        /// The file's feature configuration is not one this library can reproduce.
        case featureConfiguration(FeatureConfigurationError)
        /// The model has no `ham` class, so no unwanted score can be formed.
        case noHamClass
        /// No default model ships with this build.
        case noDefaultModel

        public var description: String {
            switch self {
            case .file(let e): return "model file: \(e)"
            case .featureConfiguration(let e): return "feature configuration: \(e)"
            case .noHamClass: return "the model has no 'ham' class"
            case .noDefaultModel: return "no default model ships with this build (Models/Default/default.mtmodel)"
            }
        }
    }

    /// The model file as loaded (metadata, thresholds, card fields).
    public let file: ModelFile
    /// The classifier (int8 weights; dense layers on BLAS).
    public let classifier: Classifier
    /// The feature extractor configured exactly as in training.
    public let extractor: FeatureExtractor
    /// Unwanted score (1 − P(ham)) at or above which a message is flagged.
    public let flagThreshold: Double
    /// Unwanted score at or above which a message is tagged as suspicious.
    public let tagThreshold: Double
    /// Index of the `ham` class.
    public let hamIndex: Int

    /// Wraps a loaded model file.
    public init(file: ModelFile) throws(LoadError) {
        self.file = file
        classifier = Classifier(file: file)
        do {
            extractor = FeatureExtractor(configuration: try FeatureConfiguration(encoded: file.featureConfiguration))
        } catch {
            throw .featureConfiguration(error)
        }
        guard let ham = file.model.architecture.index(ofClass: "ham") else { throw .noHamClass }
        hamIndex = ham
        flagThreshold = file.thresholds["flag"] ?? 0.5
        tagThreshold = min(file.thresholds["tag"] ?? flagThreshold, flagThreshold)
    }

    /// Loads a model file from disk.
    public init(contentsOf url: URL) throws(LoadError) {
        let file: ModelFile
        do { file = try ModelFile.load(contentsOf: url) } catch { throw .file(error) }
        try self.init(file: file)
    }

    /// Loads the model shipped in `Models/Default`, located through the package's resources,
    /// or in the folder named by the `MAILTHREAT_MODEL` environment variable when it is set.
    public static func loadDefault() throws(LoadError) -> DetectionModel {
        if let path = ProcessInfo.processInfo.environment["MAILTHREAT_MODEL"], !path.isEmpty {
            return try DetectionModel(contentsOf: URL(fileURLWithPath: path))
        }
        guard let url = ShippedModels.defaultModelURL, FileManager.default.fileExists(atPath: url.path) else {
            throw .noDefaultModel
        }
        return try DetectionModel(contentsOf: url)
    }
}
