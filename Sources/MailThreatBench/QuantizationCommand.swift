import ArgumentParser
import Foundation
import MailThreatCore

/// `MailThreatBench quantization`: scores corpora with the int8 model and with its float32
/// weights (written by `mailthreat train --float-weights FILE`) on the same features and
/// thresholds, and reports how many verdicts differ and how far catch and false positives move.
struct QuantizationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quantization",
        abstract: "int8 against float32 weights: identical verdicts, catch and false-positive shifts.",
        discussion: """
            The int8 model (--model, default the shipped one) gives the features and thresholds; \
            --float-weights is the same model before quantization (mailthreat train \
            --float-weights FILE). Issue 4's floors: the same verdict on ≥ 99.9 % of messages, \
            catch and false positives each moving by ≤ 0.05 points per corpus. --check exits 1 \
            when one is missed.
            """)

    @Option(help: "Rows of corpus folders to evaluate: test, train or all.")
    var split = "test"

    @Option(help: "The int8 model file (default: the shipped \(BenchPipeline.shippedModelPath), or MAILTHREAT_MODEL).")
    var model: String?

    @Option(help: "The same model's float32 weights (mailthreat train --float-weights FILE).")
    var floatWeights: String

    @Flag(help: "Exit 1 when a floor is missed.")
    var check = false

    @Flag(help: "No progress on stderr.")
    var quiet = false

    @Argument(help: "Corpus folders with index.tsv.")
    var corpora: [String]

    func run() throws {
        let progress = ProgressReporter(enabled: !quiet)
        _ = BLASThreadControl.setThreads(1)
        let pipeline = try BenchPipeline(model: model.map { .file($0) } ?? .shippedDefault, rulesPath: nil)
        guard let loaded = pipeline.model else { throw BenchError("no model loaded") }
        let float: FloatModel
        do {
            float = try FloatWeightsFile.load(contentsOf: URL(fileURLWithPath: floatWeights))
        } catch {
            throw BenchError("--float-weights \(floatWeights): \(error)")
        }
        guard float.architecture == loaded.classifier.architecture else {
            throw BenchError("--float-weights \(floatWeights): architecture differs from the int8 model \(loaded.source)")
        }
        let floatClassifier = Classifier(model: float)
        let scanner = loaded.scanner

        var tallies: [QuantizationAgreement] = []
        for folder in corpora {
            guard CorpusIndex.isCorpus(folder) else { throw BenchError("\(folder): not a corpus folder (no index.tsv)") }
            let corpus = try LoadedCorpus.load(folder: folder, split: split, progress: progress)
            var tally = QuantizationAgreement(corpus: corpus.name)
            for (position, message) in corpus.messages.enumerated() {
                if position % 256 == 0 { progress.update("comparing \(corpus.name)", done: position, total: corpus.messages.count) }
                let content = pipeline.content(pipeline.parse(message.bytes))
                let features = pipeline.features(content, model: loaded)
                let int8 = scanner.verdict(probabilities: loaded.classifier.probabilities(for: features), content: content, features: features)
                let other = scanner.verdict(probabilities: floatClassifier.probabilities(for: features), content: content, features: features)
                tally.add(label: message.label, int8: int8, float: other)
            }
            progress.finish()
            tallies.append(tally)
        }

        let (same, messages) = QuantizationAgreement.pooled(tallies)
        let share = messages == 0 ? 1 : Double(same) / Double(messages)
        let sharePassed = share >= QuantizationAgreement.minimumSameVerdictShare
        let shiftsPassed = tallies.allSatisfy(\.shiftsWithinLimit)
        var lines = ["MailThreatBench quantization: \(split) split, int8 \(loaded.source) against float32 \(floatWeights)", ""]
        var table = BenchTable(
            headers: ["corpus", "messages", "same verdict", "catch int8 / float", "Δ catch (points)", "ham flagged int8 / float", "Δ fp (points)", "max |Δ score|"],
            rightAligned: [1, 2, 3, 4, 5, 6, 7])
        for t in tallies {
            table.append([
                t.corpus, BenchNumberText.grouped(t.messages), "\(t.sameVerdicts)/\(t.messages)",
                t.unwanted == 0 ? "–" : "\(t.caughtInt8) / \(t.caughtFloat) of \(t.unwanted)",
                BenchNumberText.fixed(t.catchShift, 3),
                t.ham == 0 ? "–" : "\(t.hamFlaggedInt8) / \(t.hamFlaggedFloat) of \(t.ham)",
                BenchNumberText.fixed(t.falsePositiveShift, 3), BenchNumberText.fixed(t.maxScoreDifference, 5),
            ])
        }
        lines.append(table.render())
        lines.append("")
        lines.append("same verdict: \(same)/\(messages) = \(BenchNumberText.fixed(100 * share, 3)) % (floor 99.9 %): \(sharePassed ? "ok" : "MISSED")")
        lines.append("catch and false positives within ±0.05 points on every corpus: \(shiftsPassed ? "ok" : "MISSED")")
        ReportOutput.printReport(lines)
        if check && !(sharePassed && shiftsPassed) { throw ExitCode(1) }
    }
}
