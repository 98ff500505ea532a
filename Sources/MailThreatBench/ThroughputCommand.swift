import ArgumentParser
import Foundation
import MailThreatCore

/// `MailThreatBench throughput`: every pipeline stage on its own input (parse, content,
/// features, inference three ways, features + inference, end to end), messages/s and MB/s on
/// one core and on every core, per-message latency, peak memory, and CPython's parse of the
/// same messages.
struct ThroughputCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "throughput",
        abstract: "Stage-by-stage throughput, latency and memory; CPython parse side by side.",
        discussion: """
            Each stage is timed on the previous stage's output, computed beforehand, so stages \
            do not include each other: parse (bytes → ParsedMessage), content (ParsedMessage → \
            MessageContent: charset decoding, HTML to text, URLs), features (MessageContent → \
            SparseFeatures), inference (batch sgemm, single-message sgemv, plain Swift loop), \
            features + inference (batch), and end to end (bytes → verdict). Without a model only \
            parse and content run. OpenBLAS is pinned to one thread; all-core figures use one \
            worker per core. Figures are the median of --runs timed runs after --warmup.
            """)

    @OptionGroup var timing: TimingOptions
    @OptionGroup var cpython: CPythonOptions

    @Option(help: "Rows of corpus folders to use: train, test or all.")
    var split = "test"

    @Option(help: "Model file (default: the shipped \(BenchPipeline.shippedModelPath), when there is one).")
    var model: String?

    @Option(help: "Ruleset file for the rules stage (needs the library's rule evaluator).")
    var rules: String?

    @Argument(help: "Corpus folders (with index.tsv) or folders of messages.")
    var corpora: [String]

    func validate() throws {
        guard !corpora.isEmpty else { throw ValidationError("give at least one corpus folder") }
    }

    func run() throws {
        let progress = ProgressReporter(enabled: !timing.quiet)
        let pinned = BLASThreadControl.setThreads(1)
        let environment = BenchEnvironment.current(blasThreadsWhileMeasuring: pinned ? 1 : nil)
        var notes: [String] = []
        let pipeline: BenchPipeline
        if let model {
            pipeline = try BenchPipeline(model: .file(model), rulesPath: rules)
        } else if let shipped = try? BenchPipeline(model: .shippedDefault, rulesPath: rules) {
            pipeline = shipped
        } else {
            pipeline = try BenchPipeline(model: .none, rulesPath: rules)
            notes.append("no model (no shipped default, no --model): parse and content stages only")
        }
        if rules == nil { notes.append("rules stage not measured (no --rules)") }
        let runner = StageRunner(warmupRuns: timing.warmup, timedRuns: timing.runs,
                                 measureAllCores: !timing.singleThreadOnly, progress: progress)
        let parseBenchmark = ParseBenchmark(runner: runner, pipeline: pipeline, progress: progress)

        var results: [ThroughputReport.CorpusThroughput] = []
        var peaks: [Int?] = []
        var residentAfterLoading: Int?
        for folder in corpora {
            let corpus = try LoadedCorpus.load(folder: folder, split: split, progress: progress)
            guard !corpus.messages.isEmpty else { throw BenchError("\(folder): no messages in split '\(split)'") }
            residentAfterLoading = ProcessMemory.currentResidentBytes()
            peaks.append(ProcessMemory.peakResidentBytes())
            results.append(try measure(corpus, pipeline: pipeline, runner: runner, parseBenchmark: parseBenchmark,
                                       progress: progress))
            peaks += results.last.map { $0.stages.map(\.peakResidentBytes) } ?? []
        }
        progress.finish()
        peaks.append(ProcessMemory.peakResidentBytes())

        let floors = Self.floors(results)
        let report = ThroughputReport(
            environment: environment, warmupRuns: timing.warmup, timedRuns: timing.runs,
            model: pipeline.model.map(Self.summary), notes: notes, corpora: results, floors: floors,
            residentBytesAfterLoading: residentAfterLoading, peakResidentBytes: peaks.compactMap { $0 }.max())
        ReportOutput.printReport(Self.text(report))
        if let json = timing.json { try ReportOutput.writeJSON(report, to: json) }
        if timing.check && floors.contains(where: { !$0.passed }) {
            throw BenchError("speed floors missed: " + floors.filter { !$0.passed }.map(\.requirement).joined(separator: "; "))
        }
    }

    /// Every stage on one corpus.
    private func measure(_ corpus: LoadedCorpus, pipeline: BenchPipeline, runner: StageRunner,
                         parseBenchmark: ParseBenchmark, progress: ProgressReporter) throws -> ThroughputReport.CorpusThroughput {
        let messages = corpus.byteArrays
        let count = messages.count
        let bytes = corpus.totalBytes
        let name = corpus.name
        let names = corpus.itemNames
        let parse = try parseBenchmark.measure(corpus, withContent: false, cpython: cpython, timing: timing)
        var stages = [parse.parse]

        progress.note("preparing stage inputs · \(name)")
        let parsed = messages.map { pipeline.parse($0) }
        stages.append(runner.measure(
            stage: "content", detail: "charset decoding, HTML to text, URL extraction (ParsedMessage → MessageContent)",
            label: name, items: count, messages: count, bytes: bytes, itemNames: names
        ) { index in BenchPipeline.weight(of: pipeline.content(parsed[index])) })

        var agreement: InferenceAgreement?
        if let model = pipeline.model {
            let contents = parsed.map { pipeline.content($0) }
            stages.append(runner.measure(
                stage: "features", detail: "feature extraction (MessageContent → SparseFeatures)",
                label: name, items: count, messages: count, bytes: bytes, itemNames: names
            ) { index in pipeline.features(contents[index], model: model).count })

            let features = contents.map { pipeline.features($0, model: model) }
            let batchSize = Classifier.batchChunkSize
            let batches = stride(from: 0, to: count, by: batchSize).map { Array(features[$0..<min(count, $0 + batchSize)]) }
            let contentBatches = stride(from: 0, to: count, by: batchSize).map { Array(contents[$0..<min(count, $0 + batchSize)]) }
            let classifier = model.classifier
            stages.append(runner.measure(
                stage: "inference (batch sgemm)", detail: "\(batchSize) messages per sgemm call (SparseFeatures → probabilities)",
                label: name, items: batches.count, messages: count, bytes: bytes, perMessageLatency: false, parallelChunk: 1
            ) { index in classifier.probabilities(for: batches[index]).count })
            stages.append(runner.measure(
                stage: "inference (single sgemv)", detail: "one message per call through sgemv",
                label: name, items: count, messages: count, bytes: bytes, itemNames: names
            ) { index in classifier.probabilities(for: features[index]).count })
            stages.append(runner.measure(
                stage: "inference (Swift loop)", detail: "one message per call, dense layers in plain Swift loops (no BLAS)",
                label: name, items: count, messages: count, bytes: bytes, itemNames: names
            ) { index in classifier.probabilitiesReference(for: features[index]).count })
            stages.append(runner.measure(
                stage: "features + inference", detail: "features, then batch sgemm (issue 4: parsing excluded)",
                label: name, items: contentBatches.count, messages: count, bytes: bytes, perMessageLatency: false, parallelChunk: 1
            ) { index in
                classifier.probabilities(for: contentBatches[index].map { pipeline.features($0, model: model) }).count
            })
            stages.append(runner.measure(
                stage: "end to end", detail: "MailThreatScanner.scan: parse, content, features, sgemv, thresholds, reasons",
                label: name, items: count, messages: count, bytes: bytes, itemNames: names
            ) { index in pipeline.scan(messages[index], model: model).flagged ? 1 : 0 })
            let batchScanner = model.scanner
            let messageBatches = stride(from: 0, to: count, by: batchSize).map { Array(messages[$0..<min(count, $0 + batchSize)]) }
            stages.append(runner.measure(
                stage: "end to end (batch)", detail: "MailThreatScanner.scan(batch:), \(batchSize) messages per call (sgemm)",
                label: name, items: messageBatches.count, messages: count, bytes: bytes, perMessageLatency: false, parallelChunk: 1
            ) { index in batchScanner.scan(batch: messageBatches[index]).count })
            progress.note("comparing inference paths · \(name)")
            agreement = InferenceAgreement.measure(classifier, features: features)
        }
        return ThroughputReport.CorpusThroughput(
            corpus: name, split: corpus.split, messages: count, bytes: bytes, stages: stages, parse: parse,
            inferenceAgreement: agreement)
    }

    private static func summary(_ model: BenchPipeline.LoadedModel) -> ThroughputReport.ModelSummary {
        let architecture = model.classifier.architecture
        return ThroughputReport.ModelSummary(
            source: model.source, fileBytes: model.fileBytes, hashSpace: architecture.hashSpace,
            embeddingDimension: architecture.embeddingDimension, hiddenLayers: architecture.hiddenLayers,
            classes: architecture.classes, threshold: model.threshold, batchSize: Classifier.batchChunkSize)
    }

    /// Issue 4's floor (features + inference) and issue 2's parse floor, per corpus.
    static func floors(_ results: [ThroughputReport.CorpusThroughput]) -> [SpeedFloor] {
        var floors: [SpeedFloor] = []
        for result in results {
            let parse = result.parse.parse.singleThread.megabytesPerSecond
            floors.append(SpeedFloor(
                requirement: "parse ≥ \(Int(SpeedFloor.parseMegabytesPerSecond)) MB/s on 1 core, \(result.corpus) \(result.split)",
                measured: "\(BenchNumberText.rate(parse)) MB/s" + (result.parse.parseSpeedupOverCPython.map { ", \(BenchNumberText.ratio($0)) CPython" } ?? ""),
                passed: parse >= SpeedFloor.parseMegabytesPerSecond))
            if let stage = result.stages.first(where: { $0.stage == "features + inference" }) {
                let rate = stage.singleThread.messagesPerSecond
                floors.append(SpeedFloor(
                    requirement: "features + inference ≥ \(BenchNumberText.grouped(Int(SpeedFloor.featuresInferenceMessagesPerSecond))) messages/s on 1 core, \(result.corpus) \(result.split)",
                    measured: "\(BenchNumberText.rate(rate)) messages/s",
                    passed: rate >= SpeedFloor.featuresInferenceMessagesPerSecond))
            }
        }
        return floors
    }

    /// The text report.
    static func text(_ report: ThroughputReport) -> [String] {
        var lines = ["MailThreatBench throughput: messages in memory; each stage on precomputed input; median of \(report.timedRuns) timed runs after \(report.warmupRuns) warm-up"]
        lines += report.environment.reportLines
        if let model = report.model {
            lines.append("model: \(model.source) (\(model.fileBytes.map(BenchNumberText.megabytes) ?? "size unknown")): hash space \(BenchNumberText.grouped(model.hashSpace)) × \(model.embeddingDimension), hidden \(model.hiddenLayers), classes \(model.classes.joined(separator: "/")), threshold \(model.threshold), batch \(model.batchSize)")
        }
        lines += report.notes.map { "note: \($0)" }
        lines.append("")
        lines.append("Stages")
        let rows = report.corpora.flatMap { corpus in corpus.stages.map { (corpus: corpus.corpus, stage: $0) } }
        lines.append(StageTable.render(rows))
        let slow = StageTable.renderSlowest(rows.filter { ["parse", "content", "features", "end to end"].contains($0.stage.stage) })
        if !slow.isEmpty {
            lines.append("Slowest messages (1 thread, worst timed run)")
            lines += slow
        }
        let withCPython = report.corpora.map(\.parse).filter { $0.cpython != nil }
        if !withCPython.isEmpty {
            lines.append("")
            lines.append("CPython email package, same messages, same run (message_from_bytes, policy.default, every leaf get_payload(decode=True); 1 core)")
            lines.append(StageTable.renderCPython(withCPython))
        }
        let agreements = report.corpora.compactMap { corpus in corpus.inferenceAgreement.map { (corpus.corpus, $0) } }
        if !agreements.isEmpty {
            lines.append("")
            lines.append("Inference paths compared (probabilities; plain Swift loop as reference)")
            var table = BenchTable(headers: ["corpus", "messages", "max |batch − loop|", "max |single − loop|", "class disagreements"],
                                   rightAligned: [1, 2, 3, 4])
            for (corpus, agreement) in agreements {
                table.append([corpus, BenchNumberText.grouped(agreement.messages),
                              String(format: "%.2e", agreement.maxBatchVersusLoop),
                              String(format: "%.2e", agreement.maxSingleVersusLoop), "\(agreement.classDisagreements)"])
            }
            lines.append(table.render())
        }
        lines.append("")
        lines.append("Floors")
        lines += report.floors.map { "  " + $0.line }
        if report.environment.buildConfiguration != "release" {
            lines.append("  note: a debug build; speed floors apply to release builds (swift build -c release)")
        }
        lines.append("Resident memory after loading: \(report.residentBytesAfterLoading.map(BenchNumberText.megabytes) ?? "n/a"); peak: \(report.peakResidentBytes.map(BenchNumberText.megabytes) ?? "n/a")")
        return lines
    }
}
