import ArgumentParser
import MailThreatCore

/// `MailThreatBench parse`: issue 2's parse figures on corpora held in memory, CPython's email
/// package on the same messages, and the adversarial inputs.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse speed: structure + transfer decoding, and with the library's reading, against CPython.",
        discussion: """
            Messages are read into memory first. Figures are the median of --runs timed runs after \
            --warmup untimed ones, on one core (and on every core unless --single-thread-only). \
            CPython's email package (scripts/cpython-parse-reference.py) parses the same messages \
            in the same run. --adversarial adds the hostile inputs of issue 2, built in code, with \
            their cost per MB next to ordinary mail's. MB = 1,000,000 bytes.
            """)

    @OptionGroup var timing: TimingOptions
    @OptionGroup var cpython: CPythonOptions

    @Option(help: "Rows of corpus folders to use: train, test or all.")
    var split = "all"

    @Flag(help: "Also measure the adversarial inputs (several hundred MB, built one at a time).")
    var adversarial = false

    @Option(help: "Size of the adversarial inputs relative to issue 2's (1 = 10,000-deep nesting, 50 MB header, …).")
    var adversarialScale = 1.0

    @Flag(help: "Time the parse stage only (skip parse + content).")
    var parseOnly = false

    @Argument(help: "Corpus folders (with index.tsv) or folders of messages.")
    var corpora: [String]

    func validate() throws {
        guard !corpora.isEmpty else { throw ValidationError("give at least one corpus folder") }
        guard adversarialScale > 0, adversarialScale <= 4 else { throw ValidationError("--adversarial-scale must be in (0, 4]") }
    }

    func run() throws {
        let progress = ProgressReporter(enabled: !timing.quiet)
        let pinned = BLASThreadControl.setThreads(1)
        let environment = BenchEnvironment.current(blasThreadsWhileMeasuring: pinned ? 1 : nil)
        let pipeline = try BenchPipeline(model: .none, rulesPath: nil)
        let runner = StageRunner(warmupRuns: timing.warmup, timedRuns: timing.runs,
                                 measureAllCores: !timing.singleThreadOnly, progress: progress)
        let benchmark = ParseBenchmark(runner: runner, pipeline: pipeline, progress: progress)

        var results: [CorpusParseResult] = []
        for folder in corpora {
            let corpus = try LoadedCorpus.load(folder: folder, split: split, progress: progress)
            guard !corpus.messages.isEmpty else { throw BenchError("\(folder): no messages in split '\(split)'") }
            results.append(try benchmark.measure(corpus, withContent: !parseOnly, cpython: cpython, timing: timing))
        }
        let ordinary = ParseBenchmark.ordinaryCost(results)
        var hostile: [AdversarialResult]?
        if adversarial {
            hostile = benchmark.measureAdversarial(scale: adversarialScale, withContent: !parseOnly, ordinary: ordinary)
        }
        progress.finish()

        let floors = Self.floors(results, adversarial: hostile, scale: adversarialScale)
        let report = ParseReport(
            environment: environment, warmupRuns: timing.warmup, timedRuns: timing.runs, corpora: results,
            ordinaryParseMillisecondsPerMegabyte: ordinary.parse,
            ordinaryParseAndContentMillisecondsPerMegabyte: ordinary.parseAndContent,
            adversarial: hostile, adversarialScale: adversarial ? adversarialScale : nil, floors: floors,
            peakResidentBytes: Self.overallPeak(results, adversarial: hostile))
        ReportOutput.printReport(Self.text(report))
        if let json = timing.json { try ReportOutput.writeJSON(report, to: json) }
        if timing.check && floors.contains(where: { !$0.passed }) {
            throw BenchError("speed floors missed: " + floors.filter { !$0.passed }.map(\.requirement).joined(separator: "; "))
        }
    }

    /// The largest peak seen: stages reset the peak before they run, so the whole run's peak
    /// is the largest of theirs and the current one.
    static func overallPeak(_ results: [CorpusParseResult], adversarial: [AdversarialResult]?) -> Int? {
        var peaks = [ProcessMemory.peakResidentBytes()]
        for result in results { peaks += [result.parse.peakResidentBytes, result.parseAndContent?.peakResidentBytes] }
        for result in adversarial ?? [] { peaks += [result.parse.peakResidentBytes, result.parseAndContent?.peakResidentBytes] }
        return peaks.compactMap { $0 }.max()
    }

    /// Issue 2's floors against the measured figures.
    static func floors(_ results: [CorpusParseResult], adversarial: [AdversarialResult]?, scale: Double) -> [SpeedFloor] {
        var floors: [SpeedFloor] = []
        for result in results {
            let parse = result.parse.singleThread.megabytesPerSecond
            floors.append(SpeedFloor(
                requirement: "parse (structure + transfer decoding) ≥ \(Int(SpeedFloor.parseMegabytesPerSecond)) MB/s on 1 core, \(result.corpus)",
                measured: "\(BenchNumberText.rate(parse)) MB/s" + (result.parseSpeedupOverCPython.map { ", \(BenchNumberText.ratio($0)) CPython" } ?? ""),
                passed: parse >= SpeedFloor.parseMegabytesPerSecond))
            if let content = result.parseAndContent?.singleThread.megabytesPerSecond {
                floors.append(SpeedFloor(
                    requirement: "parse + charset decoding, HTML to text, URL extraction ≥ \(Int(SpeedFloor.contentMegabytesPerSecond)) MB/s on 1 core, \(result.corpus)",
                    measured: "\(BenchNumberText.rate(content)) MB/s" + (result.parseAndContentSpeedupOverCPython.map { ", \(BenchNumberText.ratio($0)) CPython" } ?? ""),
                    passed: content >= SpeedFloor.contentMegabytesPerSecond))
            }
        }
        for result in adversarial ?? [] {
            let worst = max(result.parseCostRatio, result.parseAndContentCostRatio ?? 0)
            floors.append(SpeedFloor(
                requirement: "\(result.name)\(scale == 1 ? "" : " (scale \(scale))") ≤ \(Int(SpeedFloor.adversarialCostFactor))× ordinary cost per MB",
                measured: BenchNumberText.ratio(worst),
                passed: result.passed))
        }
        return floors
    }

    /// The text report.
    static func text(_ report: ParseReport) -> [String] {
        var lines = ["MailThreatBench parse: messages in memory; median of \(report.timedRuns) timed runs after \(report.warmupRuns) warm-up"]
        lines += report.environment.reportLines
        lines.append("")
        lines.append("Parse stages (issue 2)")
        var rows: [(corpus: String, stage: StageMeasurement)] = []
        for result in report.corpora {
            rows.append((result.corpus, result.parse))
            if let content = result.parseAndContent { rows.append((result.corpus, content)) }
        }
        lines.append(StageTable.render(rows))
        let slow = StageTable.renderSlowest(rows)
        if !slow.isEmpty {
            lines.append("Slowest messages (1 thread, worst timed run)")
            lines += slow
        }
        if report.corpora.contains(where: { $0.cpython != nil }) {
            lines.append("")
            lines.append("CPython email package, same messages, same run (message_from_bytes, policy.default, every leaf get_payload(decode=True); 1 core)")
            lines.append(StageTable.renderCPython(report.corpora))
        }
        if let adversarial = report.adversarial {
            lines.append("")
            lines.append("Adversarial inputs (built in code, one message each, 1 core): cost per MB against ordinary mail")
            let label = "ordinary mail (" + report.corpora.map(\.corpus).joined(separator: ", ") + ")"
            lines.append(StageTable.renderAdversarial(
                adversarial, ordinaryLabel: label,
                ordinary: (report.ordinaryParseMillisecondsPerMegabyte, report.ordinaryParseAndContentMillisecondsPerMegabyte)))
            for result in adversarial { lines.append("  \(result.name): \(result.summary)") }
        }
        lines.append("")
        lines.append("Floors")
        lines += report.floors.map { "  " + $0.line }
        if !report.environment.buildConfiguration.hasPrefix("release") {
            lines.append("  note: a debug build; speed floors apply to release builds (swift build -c release)")
        }
        lines.append("Peak resident memory: \(report.peakResidentBytes.map(BenchNumberText.megabytes) ?? "n/a")")
        return lines
    }
}
