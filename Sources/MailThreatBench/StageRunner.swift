/// Times one stage: warm-up runs (never counted), then timed runs on one thread with every
/// message's latency, then the same on every core; the median run gives the speed.
///
/// A stage is a closure over item indices returning a small number derived from its output
/// (summed into a checksum, so the optimiser cannot skip the work). Items are messages, or
/// batches of messages for batch stages.
///
/// ```swift
/// let runner = StageRunner(warmupRuns: 1, timedRuns: 5, measureAllCores: true, progress: progress)
/// let parse = runner.measure(stage: "parse", detail: "structure + transfer decoding",
///                            label: "spamassassin", items: messages.count,
///                            messages: messages.count, bytes: totalBytes) { index in
///     parser.parse(messages[index]).parts.count
/// }
/// ```
struct StageRunner {
    /// Untimed runs before the timed ones (caches, page faults, lazy tables).
    let warmupRuns: Int
    /// Timed runs; the median is reported.
    let timedRuns: Int
    /// Whether to measure the all-cores figure too.
    let measureAllCores: Bool
    /// Where progress goes.
    let progress: ProgressReporter

    /// Measures `work` over `0..<items`.
    ///
    /// - Parameters:
    ///   - stage: Short stage name for the report.
    ///   - detail: What the stage does.
    ///   - label: Progress label (corpus name).
    ///   - items: Number of work items (messages, or batches).
    ///   - messages: Messages covered by all items (for messages/s).
    ///   - bytes: Raw input bytes of those messages (for MB/s).
    ///   - perMessageLatency: Record each item's latency (only meaningful when items are messages).
    ///   - parallelChunk: Items per parallel task (`nil`: about 16 tasks per core).
    ///   - itemNames: Path and size of each item, to name the slowest ones (with latency only).
    ///   - work: Processes one item and returns a number derived from its output.
    func measure(
        stage: String, detail: String, label: String, items: Int, messages: Int, bytes: Int,
        perMessageLatency: Bool = true, parallelChunk: Int? = nil, itemNames: [(path: String, bytes: Int)]? = nil,
        work: @escaping @Sendable (Int) -> Int
    ) -> StageMeasurement {
        ProcessMemory.resetPeak()
        let task = "\(stage) · \(label)"
        let totalRuns = warmupRuns + timedRuns
        var checksum = 0
        var seconds: [Double] = []
        var latencies: [UInt64] = []
        if perMessageLatency { latencies.reserveCapacity(items * timedRuns) }
        for run in 0..<totalRuns {
            let timed = run >= warmupRuns
            let note = timed ? "1 thread, run \(run - warmupRuns + 1)/\(timedRuns)" : "1 thread, warm-up"
            progress.update(task, done: run, total: totalRuns, note: note)
            let start = MonotonicClock.nanoseconds()
            if timed && perMessageLatency {
                for index in 0..<items {
                    let before = MonotonicClock.nanoseconds()
                    checksum &+= work(index)
                    latencies.append(MonotonicClock.nanoseconds() &- before)
                }
            } else {
                for index in 0..<items { checksum &+= work(index) }
            }
            let elapsed = MonotonicClock.seconds(since: start)
            if timed { seconds.append(elapsed) }
        }
        let single = ThroughputFigure(threads: 1, runs: RunSeries(seconds: seconds), messages: messages, bytes: bytes)

        var allCores: ThroughputFigure?
        if measureAllCores && ParallelWork.cores > 1 {
            var parallelSeconds: [Double] = []
            for run in 0..<totalRuns {
                let timed = run >= warmupRuns
                let note = timed ? "\(ParallelWork.cores) threads, run \(run - warmupRuns + 1)/\(timedRuns)" : "\(ParallelWork.cores) threads, warm-up"
                progress.update(task, done: run, total: totalRuns, note: note)
                let tally = SharedTally<Int>(count: 0, initial: 0)
                let start = MonotonicClock.nanoseconds()
                ParallelWork.forEachChunk(count: items, chunk: parallelChunk) { range in
                    var local = 0
                    for index in range { local &+= work(index) }
                    tally.add(checksum: local)
                }
                let elapsed = MonotonicClock.seconds(since: start)
                checksum &+= tally.total
                if timed { parallelSeconds.append(elapsed) }
            }
            allCores = ThroughputFigure(
                threads: ParallelWork.cores, runs: RunSeries(seconds: parallelSeconds), messages: messages, bytes: bytes)
        }
        progress.update(task, done: totalRuns, total: totalRuns, note: "done")
        progress.finish()
        return StageMeasurement(
            stage: stage, detail: detail, messages: messages, bytes: bytes, singleThread: single,
            allCores: allCores, latency: LatencyDistribution(nanoseconds: latencies),
            slowest: itemNames.flatMap { Self.slowest(latencies, items: items, names: $0) },
            peakResidentBytes: ProcessMemory.peakResidentBytes(), checksum: checksum)
    }

    /// The `count` items with the largest latency in any timed run (`latencies` holds the
    /// runs one after the other, `items` per run).
    static func slowest(_ latencies: [UInt64], items: Int, names: [(path: String, bytes: Int)], count: Int = 5)
        -> [SlowMessage]?
    {
        guard items > 0, names.count == items, !latencies.isEmpty else { return nil }
        var worst = [UInt64](repeating: 0, count: items)
        for (position, latency) in latencies.enumerated() {
            let item = position % items
            worst[item] = max(worst[item], latency)
        }
        let ranked = worst.indices.sorted { worst[$0] > worst[$1] }.prefix(count)
        return ranked.map { SlowMessage(path: names[$0].path, bytes: names[$0].bytes, microseconds: Double(worst[$0]) / 1_000) }
    }
}
