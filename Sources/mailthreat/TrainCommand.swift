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

    @Option(name: .long, help: "Cross-validation folds.")
    var folds: Int = 5

    @Argument(help: "Corpus folders with index.tsv.")
    var corpora: [String]

    func run() throws {
        var recipe = TrainingRecipe()
        recipe.folds = folds
        let outcome = try ModelTrainingPipeline(recipe: recipe).run(folders: corpora) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try outcome.file.write(to: URL(fileURLWithPath: output).appendingPathComponent("default.mtmodel"))
        try outcome.card.write(toFile: output + "/MODEL_CARD.md", atomically: true, encoding: .utf8)
        print("wrote \(output)/default.mtmodel and \(output)/MODEL_CARD.md")
    }
}
