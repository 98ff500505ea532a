/// The text tables every speed report shares: stage figures, the CPython comparison and the
/// adversarial inputs.
enum StageTable {
    /// One row per (corpus, stage): rates on one core and on every core, latency, memory.
    static func render(_ rows: [(corpus: String, stage: StageMeasurement)]) -> String {
        let cores = rows.compactMap { $0.stage.allCores?.threads }.first
        var headers = ["corpus", "stage", "messages", "MB", "msg/s 1 core", "MB/s 1 core", "median (spread)"]
        if let cores { headers += ["msg/s \(cores) cores", "MB/s \(cores) cores"] }
        headers += ["p50 µs", "p99 µs", "max µs", "peak RSS"]
        var table = BenchTable(headers: headers, rightAligned: Set(2..<headers.count).subtracting([6]))
        for (corpus, stage) in rows {
            var row = [corpus, stage.stage, BenchNumberText.grouped(stage.messages), BenchNumberText.fixed(Double(stage.bytes) / 1e6, 2),
                       BenchNumberText.rate(stage.singleThread.messagesPerSecond),
                       BenchNumberText.rate(stage.singleThread.megabytesPerSecond),
                       BenchNumberText.series(stage.singleThread.runs)]
            if cores != nil {
                row += [stage.allCores.map { BenchNumberText.rate($0.messagesPerSecond) } ?? "–",
                        stage.allCores.map { BenchNumberText.rate($0.megabytesPerSecond) } ?? "–"]
            }
            row += [stage.latency.map { BenchNumberText.rate($0.p50Microseconds) } ?? "–",
                    stage.latency.map { BenchNumberText.rate($0.p99Microseconds) } ?? "–",
                    stage.latency.map { BenchNumberText.rate($0.maxMicroseconds) } ?? "–",
                    stage.peakResidentBytes.map(BenchNumberText.megabytes) ?? "n/a"]
            table.append(row)
        }
        return table.render()
    }

    /// Our parse stage against CPython's email package on the same messages (one core each).
    static func renderCPython(_ results: [CorpusParseResult]) -> String {
        var table = BenchTable(
            headers: ["corpus", "messages", "MB", "CPython MB/s", "CPython median (spread)", "failures",
                      "parse MB/s", "× CPython", "parse + content MB/s", "× CPython"],
            rightAligned: [1, 2, 3, 5, 6, 7, 8, 9])
        for result in results {
            guard let cpython = result.cpython else { continue }
            table.append([
                result.corpus, BenchNumberText.grouped(cpython.messages), BenchNumberText.fixed(Double(cpython.bytes) / 1e6, 2),
                BenchNumberText.rate(cpython.megabytesPerSecond),
                BenchNumberText.series(RunSeries(seconds: cpython.runsSeconds)), "\(cpython.failures)",
                BenchNumberText.rate(result.parse.singleThread.megabytesPerSecond),
                result.parseSpeedupOverCPython.map(BenchNumberText.ratio) ?? "n/a",
                result.parseAndContent.map { BenchNumberText.rate($0.singleThread.megabytesPerSecond) } ?? "–",
                result.parseAndContentSpeedupOverCPython.map(BenchNumberText.ratio) ?? "–",
            ])
        }
        return table.render()
    }

    /// Each adversarial input's cost per MB next to ordinary mail's.
    static func renderAdversarial(_ results: [AdversarialResult], ordinaryLabel: String,
                                  ordinary: (parse: Double, parseAndContent: Double?)) -> String {
        var table = BenchTable(
            headers: ["input", "size", "parts", "limit hit / defects", "parse ms/MB", "× ordinary",
                      "parse + content ms/MB", "× ordinary", "peak RSS", "≤ 3×"],
            rightAligned: [1, 2, 4, 5, 6, 7, 8])
        table.append([ordinaryLabel, "", "", "", BenchNumberText.fixed(ordinary.parse, 3), "1.00×",
                      ordinary.parseAndContent.map { BenchNumberText.fixed($0, 3) } ?? "–",
                      ordinary.parseAndContent == nil ? "–" : "1.00×", "", ""])
        for result in results {
            let defects = (result.hitLimit ? "LIMIT " : "") + (result.defectKinds.isEmpty ? "none" : result.defectKinds.joined(separator: ","))
            let peak = [result.parse.peakResidentBytes, result.parseAndContent?.peakResidentBytes].compactMap { $0 }.max()
            table.append([
                result.name, BenchNumberText.megabytes(result.bytes), BenchNumberText.grouped(result.parts), defects,
                BenchNumberText.fixed(result.parse.singleThread.millisecondsPerMegabyte, 3),
                BenchNumberText.ratio(result.parseCostRatio),
                result.parseAndContent.map { BenchNumberText.fixed($0.singleThread.millisecondsPerMegabyte, 3) } ?? "–",
                result.parseAndContentCostRatio.map(BenchNumberText.ratio) ?? "–",
                peak.map(BenchNumberText.megabytes) ?? "n/a",
                result.passed ? "ok" : "MISS",
            ])
        }
        return table.render()
    }

    /// The slowest messages of each stage that recorded them, one line per stage.
    static func renderSlowest(_ rows: [(corpus: String, stage: StageMeasurement)]) -> [String] {
        rows.compactMap { corpus, stage in
            guard let slowest = stage.slowest, !slowest.isEmpty else { return nil }
            let list = slowest.map { "\($0.path) \(BenchNumberText.rate($0.microseconds / 1_000)) ms (\(BenchNumberText.size($0.bytes)))" }
            return "  \(corpus) · \(stage.stage): " + list.joined(separator: ", ")
        }
    }
}
