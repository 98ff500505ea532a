import ArgumentParser
import Foundation
import MailThreatCore

/// `MailThreatBench accuracy`: classifies labelled corpora and reports every accuracy figure
/// per corpus and label, ROC curves and the misclassified messages; checks per-corpus gates
/// and exits non-zero naming each corpus that misses one.
struct AccuracyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accuracy",
        abstract: "Accuracy per corpus and label, ROC curves, misclassified messages, gates.",
        discussion: """
            Per corpus: catch %, false positives % (hm), missed % (sm), lam %, 1-ROCA %, the \
            optimistic catch at ≤ 0.1 % and ≤ 0.01 % false positives, per-label flagged shares, \
            the confusion matrix and the misclassified messages with their top reasons; counts \
            beside every percentage. Gates: --gates FILE (per-corpus floors, see \
            Gates/default.gates) and/or --min-catch/--max-fp for every corpus; any miss exits \
            with status 1 and names the corpus.
            """)

    @Option(help: "Rows of corpus folders to evaluate: test, train or all.")
    var split = "test"

    @Option(help: "Model file (default: the shipped \(BenchPipeline.shippedModelPath), or MAILTHREAT_MODEL).")
    var model: String?

    @Option(help: "Ruleset file (needs the library's rule evaluator).")
    var rules: String?

    @Option(help: "Gate file with per-corpus floors (e.g. Gates/default.gates).")
    var gates: String?

    @Option(name: .customLong("min-catch"), help: "Minimum catch % for every corpus with unwanted mail.")
    var minCatch: String?

    @Option(name: .customLong("max-fp"), help: "Maximum false-positive % for every corpus with ham.")
    var maxFalsePositives: String?

    @Option(help: "Evaluate verdicts at this unwanted-score threshold instead of the classifier's own.")
    var threshold: Double?

    @Option(help: "Write every figure as JSON to this file.")
    var json: String?

    @Option(help: "Write roc-CORPUS.csv and roc-CORPUS.svg to this folder.")
    var rocDir: String?

    @Option(help: "Misclassified messages listed per corpus in the text report.")
    var showMisclassified = 20

    @Flag(help: "No progress on stderr.")
    var quiet = false

    @Argument(help: "Corpus folders with index.tsv.")
    var corpora: [String]

    func validate() throws {
        guard !corpora.isEmpty else { throw ValidationError("give at least one corpus folder") }
        if let minCatch, PercentThreshold(parsing: minCatch) == nil {
            throw ValidationError("--min-catch \(minCatch): expected a percentage such as 99.8")
        }
        if let maxFalsePositives, PercentThreshold(parsing: maxFalsePositives) == nil {
            throw ValidationError("--max-fp \(maxFalsePositives): expected a percentage such as 0.1")
        }
        if let threshold, !threshold.isFinite { throw ValidationError("--threshold must be a finite number") }
    }

    func run() throws {
        let progress = ProgressReporter(enabled: !quiet)
        let gateList = try loadGates()  // before the long run, so a bad gate file fails fast
        let pinned = BLASThreadControl.setThreads(1)
        let environment = BenchEnvironment.current(blasThreadsWhileMeasuring: pinned ? 1 : nil)
        let pipeline = try BenchPipeline(model: model.map { .file($0) } ?? .shippedDefault, rulesPath: rules)
        guard let loaded = pipeline.model else { throw BenchError("no model loaded") }
        let classify: @Sendable ([UInt8]) -> MessageVerdict = { bytes in pipeline.scan(bytes, model: loaded) }

        var evaluations: [CorpusEvaluation] = []
        var seconds: [String: Double] = [:]
        var rocFiles: [String] = []
        for folder in corpora {
            guard CorpusIndex.isCorpus(folder) else { throw BenchError("\(folder): not a corpus folder (no index.tsv)") }
            let corpus = try LoadedCorpus.load(folder: folder, split: split, progress: progress)
            let start = MonotonicClock.nanoseconds()
            let scored = CorpusClassification.run(corpus, progress: progress, classify: classify)
            seconds[corpus.name] = MonotonicClock.seconds(since: start)
            let evaluation = CorpusEvaluation.compute(corpus: corpus.name, messages: scored, threshold: threshold)
            evaluations.append(evaluation)
            if let rocDir { rocFiles += try writeROC(scored, corpus: corpus.name, folder: rocDir) }
        }

        let failures = CorpusGate.check(gateList, evaluations)
        let missing = GateFailure.corpora(failures)
        let unevaluated = CorpusGate.unevaluated(gateList, evaluations).map(\.corpus)
        let report = AccuracyReport(
            environment: environment, model: loaded.source, rules: rules, split: split, threshold: threshold,
            evaluations: evaluations, classificationSeconds: seconds, rocFiles: rocFiles, gateFile: gates,
            gateFailures: failures.map(\.description), corporaMissingGates: missing, unevaluatedGates: unevaluated,
            gatesPassed: failures.isEmpty)
        ReportOutput.printReport(text(report, gateCount: gateList.count))
        if let json { try ReportOutput.writeJSON(report, to: json) }
        for corpus in unevaluated {
            FileHandle.standardError.write(Data("warning: gate for corpus '\(corpus)' checked nothing: the corpus was not evaluated\n".utf8))
        }
        if !failures.isEmpty {
            for failure in failures { FileHandle.standardError.write(Data("gate missed: \(failure)\n".utf8)) }
            FileHandle.standardError.write(Data("FAIL: gates missed by \(missing.joined(separator: ", "))\n".utf8))
            throw ExitCode(1)
        }
    }

    /// The gate file's gates plus a wildcard gate from --min-catch / --max-fp.
    private func loadGates() throws -> [CorpusGate] {
        var list: [CorpusGate] = []
        if let gates {
            guard let data = FileManager.default.contents(atPath: gates) else { throw BenchError("cannot read gate file \(gates)") }
            do {
                list = try GateFile.parse(String(decoding: data, as: UTF8.self))
            } catch {
                throw BenchError("\(gates): \(error)")
            }
        }
        var everyCorpus: [GateRequirement] = []
        if let minCatch, let limit = PercentThreshold(parsing: minCatch) { everyCorpus.append(.minCatch(limit)) }
        if let maxFalsePositives, let limit = PercentThreshold(parsing: maxFalsePositives) {
            everyCorpus.append(.maxFalsePositives(limit))
        }
        if !everyCorpus.isEmpty {
            // Command-line limits apply to every corpus and override the file's wildcard line.
            let fileWildcard = list.filter(\.isWildcard).flatMap(\.requirements)
            let keys = Set(everyCorpus.map(\.key))
            list.removeAll(where: \.isWildcard)
            list.append(CorpusGate(corpus: CorpusGate.wildcard,
                                   requirements: everyCorpus + fileWildcard.filter { !keys.contains($0.key) }))
        }
        return list
    }

    /// Writes `roc-<corpus>.csv` and `roc-<corpus>.svg`; returns their paths.
    private func writeROC(_ scored: [ScoredMessage], corpus: String, folder: String) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw BenchError("cannot create \(folder): \(error)")
        }
        let curve = ROCCurve(messages: scored, threshold: threshold)
        let safe = String(corpus.unicodeScalars.map { scalar -> Character in
            let ok = (scalar.value >= 0x30 && scalar.value <= 0x39) || (scalar.value >= 0x41 && scalar.value <= 0x5A)
                || (scalar.value >= 0x61 && scalar.value <= 0x7A) || scalar == "-" || scalar == "_" || scalar == "."
            return ok ? Character(scalar) : "_"
        })
        let csv = MessagePaths.join(folder, "roc-\(safe).csv")
        let svg = MessagePaths.join(folder, "roc-\(safe).svg")
        do {
            try Data(curve.csv().utf8).write(to: URL(fileURLWithPath: csv), options: .atomic)
            try Data(curve.svg(title: "\(corpus) (\(split) split)").utf8).write(to: URL(fileURLWithPath: svg), options: .atomic)
        } catch {
            throw BenchError("cannot write ROC files in \(folder): \(error)")
        }
        return [csv, svg]
    }

    /// The text report.
    private func text(_ report: AccuracyReport, gateCount: Int) -> [String] {
        var lines = ["MailThreatBench accuracy: \(report.split) split, model \(report.model)" + (report.rules.map { ", rules \($0)" } ?? "")]
        lines += report.environment.reportLines
        for evaluation in report.evaluations {
            let time = report.classificationSeconds[evaluation.corpus] ?? 0
            lines.append("classified \(evaluation.corpus): \(BenchNumberText.grouped(evaluation.messages)) messages in \(BenchNumberText.fixed(time, 2)) s")
        }
        lines.append("")
        lines.append(EvaluationTable.render(report.evaluations))
        for evaluation in report.evaluations {
            lines.append("")
            lines.append(EvaluationTable.renderDetails(evaluation, misclassifiedLimit: showMisclassified))
        }
        if !report.rocFiles.isEmpty {
            lines.append("")
            lines.append("ROC curves: " + report.rocFiles.joined(separator: ", "))
        }
        lines.append("")
        if gateCount == 0 {
            lines.append("Gates: none given (--gates FILE, --min-catch, --max-fp)")
        } else if report.gatesPassed {
            var sources = report.gateFile.map { ["file \($0)"] } ?? []
            if minCatch != nil || maxFalsePositives != nil { sources.append("--min-catch/--max-fp") }
            lines.append("Gates: all met (\(sources.joined(separator: " and ")))")
        } else {
            lines.append("Gates: MISSED by \(report.corporaMissingGates.joined(separator: ", "))")
            lines += report.gateFailures.map { "  \($0)" }
        }
        return lines
    }
}
