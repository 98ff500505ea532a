import MailThreatCore

/// Issue 2's parse measurements: the parse stage and parse + content on a corpus held in
/// memory, CPython's email package on the same files, and the adversarial inputs against
/// ordinary mail's cost per MB.
///
/// ```swift
/// let benchmark = ParseBenchmark(runner: runner, pipeline: pipeline, progress: progress)
/// let result = try benchmark.measure(corpus, withContent: true, cpython: cpythonOptions, timing: timing)
/// let hostile = benchmark.measureAdversarial(scale: 1, withContent: true,
///                                            ordinary: ParseBenchmark.ordinaryCost([result]))
/// ```
struct ParseBenchmark {
    /// Times the stages.
    let runner: StageRunner
    /// The library calls.
    let pipeline: BenchPipeline
    /// Progress on stderr.
    let progress: ProgressReporter

    /// Parse and parse + content on `corpus`, then the CPython reference on the same paths.
    func measure(_ corpus: LoadedCorpus, withContent: Bool, cpython: CPythonOptions, timing: TimingOptions)
        throws -> CorpusParseResult
    {
        let messages = corpus.byteArrays
        let bytes = corpus.totalBytes
        let pipeline = self.pipeline
        let names = corpus.itemNames
        let parse = runner.measure(
            stage: "parse", detail: "structure + transfer decoding (bytes → ParsedMessage)",
            label: corpus.name, items: messages.count, messages: messages.count, bytes: bytes,
            itemNames: names
        ) { index in
            pipeline.parse(messages[index]).parts.count
        }
        var parseAndContent: StageMeasurement?
        if withContent {
            parseAndContent = runner.measure(
                stage: "parse + content",
                detail: "parse, then charset decoding, HTML to text, URL extraction (bytes → MessageContent)",
                label: corpus.name, items: messages.count, messages: messages.count, bytes: bytes,
                itemNames: names
            ) { index in
                BenchPipeline.weight(of: pipeline.content(pipeline.parse(messages[index])))
            }
        }
        var reference: CPythonParseReference?
        if !cpython.skipCPython {
            progress.note("cpython parse · \(corpus.name): \(messages.count) messages, \(timing.warmup) warm-up + \(timing.runs) timed runs")
            reference = try CPythonParseReference.run(
                paths: corpus.messages.map(\.path), runs: timing.runs, warmupRuns: timing.warmup,
                script: cpython.cpythonScript, python: cpython.python, quiet: timing.quiet)
        }
        return CorpusParseResult(corpus: corpus.name, split: corpus.split, parse: parse,
                                 parseAndContent: parseAndContent, cpython: reference)
    }

    /// Ordinary mail's cost per MB over `corpora` (total median seconds ÷ total MB).
    static func ordinaryCost(_ corpora: [CorpusParseResult]) -> (parse: Double, parseAndContent: Double?) {
        var megabytes = 0.0
        var parseSeconds = 0.0
        var contentSeconds = 0.0
        var contentComplete = true
        for result in corpora {
            megabytes += Double(result.parse.bytes) / 1e6
            parseSeconds += result.parse.singleThread.runs.median
            if let content = result.parseAndContent {
                contentSeconds += content.singleThread.runs.median
            } else {
                contentComplete = false
            }
        }
        guard megabytes > 0 else { return (0, nil) }
        return (parseSeconds * 1_000 / megabytes, contentComplete ? contentSeconds * 1_000 / megabytes : nil)
    }

    /// Measures each adversarial case (built one at a time, so at most one is in memory) and
    /// compares its cost per MB with ordinary mail's.
    func measureAdversarial(scale: Double, withContent: Bool, ordinary: (parse: Double, parseAndContent: Double?))
        -> [AdversarialResult]
    {
        let kinds = AdversarialMessages.Kind.allCases
        var results: [AdversarialResult] = []
        for (position, kind) in kinds.enumerated() {
            progress.note("adversarial \(position + 1)/\(kinds.count): building \(kind.rawValue)")
            let built = AdversarialMessages.build(kind, scale: scale)
            results.append(measure(built, withContent: withContent, ordinary: ordinary))
        }
        return results
    }

    private func measure(_ adversarial: AdversarialMessages.Case, withContent: Bool,
                         ordinary: (parse: Double, parseAndContent: Double?)) -> AdversarialResult {
        let message = [adversarial.bytes]
        let pipeline = self.pipeline
        let single = StageRunner(warmupRuns: runner.warmupRuns, timedRuns: runner.timedRuns,
                                 measureAllCores: false, progress: progress)
        let parse = single.measure(
            stage: "parse", detail: "structure + transfer decoding", label: adversarial.name,
            items: 1, messages: 1, bytes: adversarial.bytes.count, perMessageLatency: false
        ) { _ in pipeline.parse(message[0]).parts.count }
        var parseAndContent: StageMeasurement?
        if withContent {
            parseAndContent = single.measure(
                stage: "parse + content", detail: "parse, charset decoding, HTML to text, URL extraction",
                label: adversarial.name, items: 1, messages: 1, bytes: adversarial.bytes.count, perMessageLatency: false
            ) { _ in BenchPipeline.weight(of: pipeline.content(pipeline.parse(message[0]))) }
        }
        let parsed = pipeline.parse(adversarial.bytes)
        var kinds: [String] = []
        for defect in parsed.defects where !kinds.contains(defect.kind.rawValue) { kinds.append(defect.kind.rawValue) }
        // Content limits (giant text parts, giant header values) are hit while reading, not parsing.
        let readInPart = withContent && pipeline.content(parsed).exceededContentLimits
        if readInPart { kinds.append("contentLimitExceeded") }
        let parseRatio = ordinary.parse > 0 ? parse.singleThread.millisecondsPerMegabyte / ordinary.parse : .infinity
        var contentRatio: Double?
        if let measured = parseAndContent, let reference = ordinary.parseAndContent {
            contentRatio = reference > 0 ? measured.singleThread.millisecondsPerMegabyte / reference : .infinity
        }
        let passed = parseRatio <= SpeedFloor.adversarialCostFactor
            && (contentRatio.map { $0 <= SpeedFloor.adversarialCostFactor } ?? true)
        return AdversarialResult(
            name: adversarial.name, summary: adversarial.summary, bytes: adversarial.bytes.count,
            parts: parsed.parts.count, defectKinds: kinds, hitLimit: parsed.hitLimit || readInPart, parse: parse,
            parseAndContent: parseAndContent, parseCostRatio: parseRatio, parseAndContentCostRatio: contentRatio,
            passed: passed)
    }
}
