import Foundation
import Testing
@testable import MailThreatCore

@Suite struct EvaluationReportTests {
    let hand = CorpusEvaluation.compute(corpus: "hand", messages: EvaluationFixture.handCorpus)
    let phishOnly = CorpusEvaluation.compute(corpus: "phishing", messages: [
        EvaluationFixture.message("a", "phish", "phish", 0.9),
    ])

    @Test func percentText() {
        #expect(EvaluationNumberText.fixed(99.1197, decimals: 2) == "99.12")
        #expect(EvaluationNumberText.fixed(0.005, decimals: 2) == "0.01")
        #expect(EvaluationNumberText.fixed(-0.001, decimals: 2) == "0.00")
        #expect(EvaluationNumberText.fixed(-1.5, decimals: 0) == "-2")
        #expect(EvaluationNumberText.fixed(100, decimals: 3) == "100.000")
        #expect(EvaluationNumberText.fixed(0.000123, decimals: 4) == "0.0001")
        #expect(EvaluationNumberText.fixed(.nan, decimals: 2) == "nan")
        #expect(EvaluationNumberText.fixed(-.infinity, decimals: 2) == "-inf")
        #expect(EvaluationNumberText.format(nil, decimals: 2) == "n/a")
        #expect(CountedPercentage(count: 563, total: 568).description == "99.12 % (563/568)")
        #expect(CountedPercentage(count: 0, total: 0).description == "n/a (0/0)")
        #expect(EvaluationNumberText.plainCount(6.5) == "6.5" && EvaluationNumberText.plainCount(24) == "24")
    }

    @Test func summaryTableShowsCountsBesidePercentages() {
        let text = EvaluationTable.render([hand, phishOnly])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(text.hasPrefix("Verdicts (threshold: classifier verdicts)\n"))
        let handRow = lines.first { $0.hasPrefix("hand ") }!
        for cell in ["10", "66.67 % (4/6)", "25.00 % (1/4)", "33.33 % (2/6)", "35.857 %"] {
            #expect(handRow.contains(cell), "\(cell) in \(handRow)")
        }
        let phishRow = lines.first { $0.hasPrefix("phishing ") }!
        #expect(phishRow.contains("100.00 % (1/1)") && phishRow.contains("n/a (0/0)") && phishRow.hasSuffix("n/a"))
        // Ranking table: 1-ROCA with pairs, optimistic catch per budget with its false positives.
        #expect(text.contains("catch at FP ≤ 0.1 % *"))
        #expect(text.contains("catch at FP ≤ 0.01 % *"))
        let rankingRow = lines.first { $0.hasPrefix("hand ") && $0.contains("pairs") }!
        #expect(rankingRow.contains("27.0833 % (6.5/24 pairs)"))
        #expect(rankingRow.contains("33.33 % (2/6), 0 FP"))
        // Per-label table.
        #expect(lines.contains { $0.hasPrefix("hand ") && $0.contains("phish") && $0.contains("50.00 % (1/2)") })
        // Every header has a rule line of the same layout under it.
        for (index, line) in lines.enumerated() where line.hasPrefix("corpus ") {
            let rule = lines[index + 1]
            #expect(rule.allSatisfy { $0 == "-" || $0 == " " })
            #expect(rule.count >= line.count)
        }
    }

    @Test func detailsShowConfusionMatrixAndWorstErrors() {
        let text = EvaluationTable.renderDetails(hand, misclassifiedLimit: 2)
        #expect(text.contains("Confusion matrix: hand"))
        let lines = text.split(separator: "\n").map(String.init)
        let spamRow = lines.first { $0.hasPrefix("spam ") }!
        #expect(spamRow.split(separator: " ") == ["spam", "1", "2", "1", "4"])
        #expect(text.contains("Misclassified: hand, 4 messages (showing the 2 worst)"))
        let errorRows = lines.filter { $0.hasPrefix("false-positive") || $0.hasPrefix("missed") || $0.hasPrefix("wrong-class") }
        #expect(errorRows.count == 2)
        #expect(errorRows[0].contains("msgs/h4.eml") && errorRows[0].contains("0.8000"))
        #expect(errorRows[0].contains("reason of msgs/h4.eml; second; third") && !errorRows[0].contains("fourth"))
        #expect(errorRows[1].contains("msgs/p2.eml"))
    }

    @Test func controlCharactersCannotBreakTheTable() {
        let evaluation = CorpusEvaluation.compute(corpus: "bad\nname", messages: [
            ScoredMessage(path: "a\u{1b}[31mred\r\nb", label: "ham", predictedClass: "spam", unwantedScore: 0.9,
                          flagged: true, reasons: ["x\ty"]),
        ])
        let text = EvaluationTable.render([evaluation]) + EvaluationTable.renderDetails(evaluation)
        #expect(!text.contains("\u{1b}") && !text.contains("\r") && !text.contains("\t"))
        #expect(text.contains("bad?name") && text.contains("a?[31mred??b") && text.contains("x?y"))
    }

    @Test func jsonCarriesEveryFigureAndRoundTrips() throws {
        let hostile = CorpusEvaluation.compute(corpus: "inf", messages: [
            ScoredMessage(path: "i", label: "ham", predictedClass: "spam", unwantedScore: .infinity, flagged: true),
            ScoredMessage(path: "j", label: "spam", predictedClass: "spam", unwantedScore: 0.7, flagged: true),
        ])
        let data = try EvaluationJSON.makeEncoder().encode([hand, phishOnly, hostile])
        let text = String(decoding: data, as: UTF8.self)
        for key in ["\"caught\"", "\"falsePositives\"", "\"missed\"", "\"lamPercent\"", "\"areaAboveROC\"",
                    "\"catchAtFalsePositiveBudgets\"", "\"optimistic\" : true", "\"confusionMatrix\"",
                    "\"misclassified\"", "\"labels\"", "\"unwantedScore\" : \"inf\""] {
            #expect(text.contains(key), "\(key)")
        }
        let decoded = try EvaluationJSON.makeDecoder().decode([CorpusEvaluation].self, from: data)
        #expect(decoded == [hand, phishOnly, hostile])
        // Independent read: the counts behind the catch rate.
        let object = try JSONSerialization.jsonObject(with: data) as! [[String: Any]]
        let caught = object[0]["caught"] as! [String: Any]
        #expect(caught["count"] as? Int == 4 && caught["total"] as? Int == 6)
    }
}
