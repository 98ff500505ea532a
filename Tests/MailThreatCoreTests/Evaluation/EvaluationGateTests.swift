import Testing
@testable import MailThreatCore

@Suite struct EvaluationGateTests {
    let hand = CorpusEvaluation.compute(corpus: "corpusA", messages: EvaluationFixture.handCorpus)
    let handB = CorpusEvaluation.compute(corpus: "corpusB", messages: EvaluationFixture.handCorpus)
    let empty = CorpusEvaluation.compute(corpus: "corpusC", messages: [])
    let phishOnly = CorpusEvaluation.compute(corpus: "phishing", messages: [
        EvaluationFixture.message("a", "phish", "phish", 0.9),
        EvaluationFixture.message("b", "phish", "phish", 0.2),
    ])

    @Test func percentThresholdParsing() {
        #expect(PercentThreshold(parsing: "99.8")?.partsPerMillion == 998_000)
        #expect(PercentThreshold(parsing: "0.01%")?.partsPerMillion == 100)
        #expect(PercentThreshold(parsing: "0.0001")?.partsPerMillion == 1)
        #expect(PercentThreshold(parsing: "100")?.partsPerMillion == 1_000_000)
        #expect(PercentThreshold(parsing: "0")?.partsPerMillion == 0)
        #expect(PercentThreshold(parsing: "99.8")?.text == "99.8")
        for bad in ["", ".", "5.", ".5", "-1", "+1", "100.0001", "101", "1.23456", "abc", "9 9", "1e2", "1000", "٩٩"] {
            #expect(PercentThreshold(parsing: bad) == nil, "\(bad)")
        }
        #expect(PercentThreshold(partsPerMillion: 1_000).text == "0.1")
        #expect(PercentThreshold(partsPerMillion: 100).text == "0.01")
        #expect(PercentThreshold(partsPerMillion: 998_000).text == "99.8")
        #expect(PercentThreshold(partsPerMillion: 1_000_000).text == "100")
    }

    @Test func gatesThatPassReportNothing() throws {
        let gates = try GateFile.parse("""
            # corpus   requirements
            corpusA    min_catch=66.6  max_fp=25   max_lam=36  max_1roca=27.0834  # all just pass
            corpusA2   min_catch=1
            *          min_messages=10 min_flagged_spam=75 max_flagged_ham=25
            """)
        #expect(gates.count == 3)
        #expect(gates[0].corpus == "corpusA" && gates[0].line == 2)
        #expect(gates[0].requirements == [
            .minCatch(PercentThreshold(parsing: "66.6")!), .maxFalsePositives(PercentThreshold(parsing: "25")!),
            .maxLAM(PercentThreshold(parsing: "36")!), .maxAreaAboveROC(PercentThreshold(parsing: "27.0834")!),
        ])
        #expect(gates[2].isWildcard)
        // 25 % false positives (1/4) against max_fp=25 passes: the comparison is exact on counts.
        #expect(CorpusGate.check(gates, [hand]).isEmpty)
        #expect(gates[0].check(hand).isEmpty)
        #expect(CorpusGate.unevaluated(gates, [hand]).map(\.corpus) == ["corpusA2"])
    }

    @Test func gatesThatShouldFailDoFail() throws {
        let gates = try GateFile.parse("""
            corpusB   min_catch=66.67 max_fp=25 max_lam=30 max_1roca=27.0833 min_flagged_phish=50.5
            phishing  min_flagged_phish=60 max_fp=1
            *         min_messages=5 max_fp=0.1
            """)
        let failures = CorpusGate.check(gates, [handB, empty, phishOnly])
        #expect(failures.map(\.description) == [
            // 4/6 = 66.666…: shown with a third decimal so it does not read as 66.67.
            "corpusB: catch 66.667 % (4/6) < 66.67 %",
            "corpusB: lam 35.86 % > 30 %",
            "corpusB: 1-ROCA 27.08333 % (6.5/24 pairs) > 27.0833 %",
            "corpusB: flagged phish 50.00 % (1/2) < 50.5 %",
            // corpusB's own max_fp=25 overrides the wildcard max_fp=0.1.
            // The empty corpus: min_messages fails; the wildcard's max_fp is undefined, skipped.
            "corpusC: messages 0 < 5",
            // Named gate on an undefined figure fails; flagged share 1/2 < 60 %.
            "phishing: flagged phish 50.00 % (1/2) < 60 %",
            "phishing: false positives n/a (no ham), required ≤ 1 %",
            "phishing: messages 2 < 5",
        ])
        #expect(GateFailure.corpora(failures) == ["corpusB", "corpusC", "phishing"])
        #expect(failures[0].requirement == .minCatch(PercentThreshold(parsing: "66.67")!))
    }

    @Test func commandLineLimitsAsWildcardGate() {
        let limits = CorpusGate(corpus: CorpusGate.wildcard, requirements: [
            .minCatch(PercentThreshold(parsing: "70")!), .maxFalsePositives(PercentThreshold(parsing: "10")!),
        ])
        let failures = CorpusGate.check([limits], [hand, phishOnly])
        #expect(failures.map(\.description) == [
            "corpusA: catch 66.67 % (4/6) < 70 %",
            "corpusA: false positives 25.00 % (1/4) > 10 %",
            "phishing: catch 50.00 % (1/2) < 70 %",
        ])
        // The same limits on a named gate also fail the undefined false-positive rate.
        let named = CorpusGate(corpus: "phishing", requirements: limits.requirements)
        #expect(named.check(phishOnly).map(\.message) == [
            "catch 50.00 % (1/2) < 70 %", "false positives n/a (no ham), required ≤ 10 %",
        ])
    }

    @Test func exactBoundaries() throws {
        // 998 of 1000 caught is exactly 99.8 %: passes min_catch=99.8 (no rounding trouble).
        let messages = (0..<1000).map { EvaluationFixture.message("m\($0)", "spam", "spam", $0 < 998 ? 0.9 : 0.1) }
        let evaluation = CorpusEvaluation.compute(corpus: "edge", messages: messages)
        let gates = try GateFile.parse("edge min_catch=99.8\n")
        #expect(CorpusGate.check(gates, [evaluation]).isEmpty)
        let stricter = try GateFile.parse("edge min_catch=99.8001\n")
        #expect(CorpusGate.check(stricter, [evaluation]).map(\.description) == ["edge: catch 99.8000 % (998/1000) < 99.8001 %"])
    }

    @Test func malformedGateFilesNameTheLine() {
        let cases: [(String, Int, String)] = [
            ("a min_cath=99", 1, "unknown key 'min_cath'"),
            ("# c\n\na min_catch=abc", 3, "min_catch=abc: expected a percentage from 0 to 100"),
            ("a min_catch=101", 1, "expected a percentage"),
            ("a min_catch = 99", 1, "expected key=value (no spaces around '='), found 'min_catch'"),
            ("a min_catch=99\na max_fp=1", 2, "corpus 'a' already has gates on line 1"),
            ("a min_catch=99 min_catch=98", 1, "key 'min_catch' appears twice"),
            ("a   # nothing", 1, "corpus 'a' has no requirements"),
            ("min_catch=99", 1, "expected a corpus name first, found 'min_catch=99'"),
            ("a min_messages=1.5", 1, "min_messages=1.5: expected a whole number"),
            ("a =5", 1, "expected key=value"),
            ("a min_flagged_=5", 1, "unknown key 'min_flagged_'"),
        ]
        for (text, line, fragment) in cases {
            do {
                _ = try GateFile.parse(text)
                Issue.record("no error for \(text)")
            } catch {
                #expect(error.line == line, "\(text)")
                #expect(error.message.contains(fragment), "\(text): \(error.message)")
                #expect(error.description.hasPrefix("gate file line \(line): "))
            }
        }
    }

    @Test func gateFileToleratesCommentsBlankLinesCRLFAndBOM() throws {
        let gates = try GateFile.parse("\u{FEFF}# header\r\n\r\n\tspamassassin\tmin_catch=99.8%\tmax_fp=0.1 # note\r\n# end")
        #expect(gates == [CorpusGate(corpus: "spamassassin", requirements: [
            .minCatch(PercentThreshold(parsing: "99.8")!), .maxFalsePositives(PercentThreshold(parsing: "0.1")!),
        ], line: 3)])
        #expect(try GateFile.parse("").isEmpty)
        #expect(try GateFile.parse("# only comments\n\n").isEmpty)
    }
}
