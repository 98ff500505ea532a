import ArgumentParser
import Foundation
import MailThreatCore

/// `mailthreat train --output DIR CORPUS...`: trains the model from the `train` splits.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the detection model on the train splits of labelled corpus folders.",
        discussion: """
        Reads only the `train` split of each corpus folder (index.tsv), chooses thresholds by \
        cross-validation on it, and writes DIR/default.mtmodel and DIR/MODEL_CARD.md. \
        Deterministic: run with OPENBLAS_NUM_THREADS=1 for byte-identical output.
        """
    )

    @Option(name: .long, help: "Output folder (default: Models/Default).")
    var output: String = "Models/Default"

    @Option(name: .long, help: "Also write the model's float32 weights (before int8 quantization) to this file, for MailThreatBench quantization.")
    var floatWeights: String?

    @Option(name: .long, help: "Cross-validation folds.")
    var folds: Int = 5

    @Option(name: .long, help: "Learning rate (default: the recipe's).")
    var learningRate: Float?

    @Option(name: .long, help: "Maximum epochs per cross-validation fold.")
    var epochs: Int?

    @Option(name: .long, help: "Embedding dimension.")
    var embeddingDimension: Int?

    @Option(name: .long, help: "Hidden layer widths, comma-separated (empty for none).")
    var hidden: String?

    @Option(name: .long, help: "Feature dropout probability.")
    var dropout: Float?

    @Option(name: .long, help: "Weight decay.")
    var weightDecay: Float?

    @Option(name: .long, help: "Share of out-of-fold ham allowed above the flag threshold, e.g. 0.0005.")
    var flagFalsePositiveRate: Double?

    @Flag(name: .long, help: "Balance class weights (default: uniform).")
    var balancedClassWeights = false

    @Option(name: .long, help: "Loss weight per class, comma-separated in the order ham,spam,phish,fraud,malware (e.g. 4,1,1,1,1).")
    var classWeights: String?

    @Option(name: .long, help: "Seed of initialization, shuffling, dropout and folds (default: the recipe's). Different seeds show a selection run's noise.")
    var seed: UInt64?

    @Option(name: .long, help: "Weight snapshots averaged per epoch (tail averaging; 1 = the epoch's last weights).")
    var snapshotsPerEpoch: Int?

    @Flag(name: .long, help: "Quantize without correcting the dense biases (for comparison).")
    var noBiasCorrection = false

    @Option(name: .long, help: "Text tokens read per message (feature configuration, stored in the model).")
    var maxTextTokens: Int?

    @Option(name: .long, help: "Source balancing exponent: 0 = every message counts the same, 1 = every (corpus, ham/unwanted) group counts the same.")
    var sourceBalancing: Double?

    @Option(name: .long, help: "Selection mode: hold out this share (e.g. 0.2) of the latest train messages of every corpus and label, train on the rest, print ranking figures, write nothing.")
    var forwardHoldout: Double?

    @Flag(name: .long, help: "Stop after cross-validation (print its figures, write nothing).")
    var crossValidationOnly = false

    @Argument(help: "Corpus folders with index.tsv.")
    var corpora: [String]

    func run() throws {
        var recipe = TrainingRecipe()
        recipe.folds = folds
        if let learningRate { recipe.options.learningRate = learningRate }
        if let epochs { recipe.options.epochs = epochs }
        if let embeddingDimension { recipe.embeddingDimension = embeddingDimension }
        if let hidden { recipe.hiddenLayers = hidden.split(separator: ",").compactMap { Int($0) } }
        if let dropout { recipe.options.featureDropout = dropout }
        if let weightDecay { recipe.options.weightDecay = weightDecay }
        if let flagFalsePositiveRate { recipe.flagFalsePositiveRate = flagFalsePositiveRate }
        if let sourceBalancing { recipe.sourceBalancing = sourceBalancing }
        if let forwardHoldout {
            guard forwardHoldout > 0 && forwardHoldout < 1 else { throw ValidationError("--forward-holdout must be between 0 and 1") }
            recipe.forwardHoldoutShare = forwardHoldout
        }
        if balancedClassWeights { recipe.options.classWeighting = .balanced }
        if let classWeights {
            let weights = classWeights.split(separator: ",").map { Float($0.trimmingCharacters(in: .whitespaces)) }
            guard !weights.contains(nil) else { throw ValidationError("--class-weights: not a list of numbers: \(classWeights)") }
            recipe.options.classWeighting = .custom(weights.compactMap { $0 })
        }
        if let seed { recipe.options.seed = seed }
        if let maxTextTokens { recipe.features.maxTextTokens = maxTextTokens }
        if noBiasCorrection { recipe.quantizationBiasCorrection = false }
        if let snapshotsPerEpoch { recipe.options.snapshotsPerEpoch = snapshotsPerEpoch }
        recipe.crossValidationOnly = crossValidationOnly
        let outcome = try ModelTrainingPipeline(recipe: recipe).run(folders: corpora) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        guard let outcome else { return }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try outcome.file.write(to: URL(fileURLWithPath: output).appendingPathComponent("default.mtmodel"))
        try outcome.card.write(toFile: output + "/MODEL_CARD.md", atomically: true, encoding: .utf8)
        print("wrote \(output)/default.mtmodel and \(output)/MODEL_CARD.md")
        if let floatWeights {
            try FloatWeightsFile.write(outcome.floatModel, to: URL(fileURLWithPath: floatWeights))
            print("wrote \(floatWeights) (float32 weights, not shipped)")
        }
    }
}
