import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import MailThreatCore

@Suite struct EvaluationROCCurveTests {
    @Test func pointsGroupTiedScores() {
        let curve = ROCCurve(hamScores: [0.2, 0.5], unwantedScores: [0.5, 0.9])
        #expect(curve.hamTotal == 2 && curve.unwantedTotal == 2)
        #expect(curve.points.map(\.threshold) == [.infinity, 0.9, 0.5, 0.2])
        #expect(curve.points.map(\.falsePositives) == [0, 0, 1, 2])
        #expect(curve.points.map(\.truePositives) == [0, 1, 2, 2])
        #expect(curve.points.map(\.falsePositiveRate) == [0, 0, 0.5, 1])
        #expect(curve.points.map(\.truePositiveRate) == [0, 0.5, 1, 1])
        #expect(curve.operatingPoint == nil)
        // The tie at 0.5 is half a misordered pair out of 4.
        #expect(curve.areaAboveCurve == AreaAboveROC(misorderedPairs: 0.5, pairs: 4))
        #expect(curve.areaAboveCurve?.percent == 12.5)
    }

    @Test func csvListsEveryPointWithCounts() {
        let curve = ROCCurve(hamScores: [0.2, 0.5], unwantedScores: [0.5, 0.9])
        #expect(curve.csv() == """
            threshold,fpr,tpr,false_positives,true_positives
            inf,0.0,0.0,0,0
            0.9,0.0,0.5,0,1
            0.5,0.5,1.0,1,2
            0.2,1.0,1.0,2,2

            """)
        #expect(ROCCurve(hamScores: [], unwantedScores: [0.3]).csv() == "threshold,fpr,tpr,false_positives,true_positives\n")
    }

    @Test func handCorpusCurve() {
        let curve = ROCCurve(messages: EvaluationFixture.handCorpus)
        // Distinct scores, highest first, with the class counts entering at each:
        // 0.99 U, 0.95 U, 0.80 U+H, 0.70 U, 0.45 H, 0.40 U, 0.30 H, 0.20 U, 0.10 H.
        #expect(curve.points.map(\.threshold) == [.infinity, 0.99, 0.95, 0.80, 0.70, 0.45, 0.40, 0.30, 0.20, 0.10])
        #expect(curve.points.map(\.falsePositives) == [0, 0, 0, 1, 1, 2, 2, 3, 3, 4])
        #expect(curve.points.map(\.truePositives) == [0, 1, 2, 3, 4, 4, 5, 5, 6, 6])
        #expect(curve.operatingPoint?.falsePositives == 1)
        #expect(curve.operatingPoint?.truePositives == 4)
        #expect(curve.operatingPoint?.threshold == nil)
        #expect(ROCCurve(messages: EvaluationFixture.handCorpus, threshold: 0.9).operatingPoint?.threshold == 0.9)
    }

    @Test func areaMatchesPairCountingOnRandomData() {
        var generator = EvaluationLCG(seed: 42)
        for _ in 0..<20 {
            let hamCount = Int(generator.next() % 40) + 1
            let unwantedCount = Int(generator.next() % 40) + 1
            // Few distinct scores, so ties are common.
            let ham = (0..<hamCount).map { _ in Double(generator.next() % 12) / 11 }
            let unwanted = (0..<unwantedCount).map { _ in Double(generator.next() % 12) / 11 }
            var misordered = 0.0
            for h in ham {
                for u in unwanted {
                    if h > u { misordered += 1 } else if h == u { misordered += 0.5 }
                }
            }
            let area = ROCCurve(hamScores: ham, unwantedScores: unwanted).areaAboveCurve!
            #expect(area.misorderedPairs == misordered)
            #expect(area.pairs == Double(hamCount * unwantedCount))
        }
    }

    @Test func catchAtBudgetPrefersFewerFalsePositivesOnEqualCatch() {
        // 1000 ham: 0.1 % allows one false positive. Ham at 0.97 and 0.5; unwanted 0.99, 0.98, 0.6.
        let ham = [0.97, 0.5] + Array(repeating: 0.1, count: 998)
        let curve = ROCCurve(hamScores: ham, unwantedScores: [0.99, 0.98, 0.6])
        let oneFalsePositive = curve.catchAtFalsePositiveBudget(PercentThreshold(parsing: "0.1")!)!
        // Down to 0.6: 3 caught with ham 0.97 flagged (1 FP, within 0.1 % of 1000).
        #expect(oneFalsePositive.caught == CountedPercentage(count: 3, total: 3))
        #expect(oneFalsePositive.falsePositives == CountedPercentage(count: 1, total: 1000))
        #expect(oneFalsePositive.threshold == 0.6)
        let none = curve.catchAtFalsePositiveBudget(PercentThreshold(parsing: "0.01")!)!
        #expect(none.caught == CountedPercentage(count: 2, total: 3))
        #expect(none.threshold == 0.98)
        // Flagging 0.97 adds a false positive but no catch: stay at 0.98.
        let flat = ROCCurve(hamScores: ham, unwantedScores: [0.99, 0.98, 0.3])
            .catchAtFalsePositiveBudget(PercentThreshold(parsing: "0.1")!)!
        #expect(flat.caught == CountedPercentage(count: 2, total: 3))
        #expect(flat.falsePositives.count == 0)
        #expect(flat.threshold == 0.98)
        // Everything scored below every ham: the best is to flag nothing.
        let hopeless = ROCCurve(hamScores: [0.9], unwantedScores: [0.1]).catchAtFalsePositiveBudget(PercentThreshold(parsing: "0")!)!
        #expect(hopeless.caught == CountedPercentage(count: 0, total: 1))
        #expect(hopeless.threshold == nil)
        #expect(hopeless.description == "0.00 % (0/1) at FP 0.00 % (0/1), nothing flagged (optimistic)")
    }

    @Test func singleClassHasNoCurve() {
        let curve = ROCCurve(hamScores: [0.1, 0.2], unwantedScores: [])
        #expect(curve.points.isEmpty)
        #expect(curve.areaAboveCurve == nil)
        #expect(curve.catchAtFalsePositiveBudget(PercentThreshold(partsPerMillion: 1_000)) == nil)
        let svg = curve.svg(title: "ham only", falsePositiveScale: .linear)
        #expect(svg.contains("No ROC curve"))
        #expect(EvaluationSVGCheck.parse(svg).elementCounts["svg"] == 1)
    }

    @Test func svgIsWellFormedInBothScales() {
        let curve = ROCCurve(messages: EvaluationFixture.handCorpus)
        let title = #"hand <corpus> & "quotes" 'apostrophes' \#u{1} ≥ 中文"#
        for scale in ROCCurve.AxisScale.allCases {
            let svg = curve.svg(title: title, falsePositiveScale: scale)
            #expect(svg.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
            let parsed = EvaluationSVGCheck.parse(svg)
            #expect(parsed.error == nil, "\(scale): \(parsed.error ?? "")")
            #expect(parsed.rootElement == "svg")
            #expect(parsed.rootNamespace == "http://www.w3.org/2000/svg")
            #expect(parsed.elementCounts["polyline"] == 2)  // chance line and curve
            #expect(parsed.elementCounts["circle", default: 0] >= 1)  // operating point
            #expect(parsed.titleText == "hand <corpus> & \"quotes\" 'apostrophes' \u{FFFD} ≥ 中文")
            #expect(parsed.texts.contains("100 %"))
            #expect(parsed.texts.contains("50 %"))
        }
        let logarithmic = EvaluationSVGCheck.parse(curve.svg(title: "t", falsePositiveScale: .logarithmic))
        // 4 ham: decades from 10 % (10^-1) to 100 %.
        #expect(logarithmic.texts.contains("10 %"))
        #expect(logarithmic.texts.contains { $0.contains("log scale") })
    }

    @Test func logAxisReachesOneOverHamTotal() {
        let ham = Array(repeating: 0.1, count: 1244)
        let svg = ROCCurve(hamScores: ham, unwantedScores: [0.9]).svg(title: "t")
        let parsed = EvaluationSVGCheck.parse(svg)
        #expect(parsed.error == nil)
        // 1/1244 = 0.08 % needs the 0.01 % decade (10^-4).
        #expect(parsed.texts.contains("0.01 %"))
        #expect(!parsed.texts.contains("0.001 %"))
    }
}

/// Parses SVG text with Foundation's XMLParser where available; otherwise checks structure.
enum EvaluationSVGCheck {
    struct Result {
        var error: String?
        var rootElement: String?
        var rootNamespace: String?
        var elementCounts: [String: Int] = [:]
        var titleText = ""
        var texts: [String] = []
    }

    static func parse(_ svg: String) -> Result {
        #if canImport(FoundationXML) || canImport(Darwin)
        let delegate = Delegate()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = delegate
        let ok = parser.parse()
        var result = delegate.result
        if !ok { result.error = parser.parserError.map { "\($0)" } ?? "parse failed" }
        return result
        #else
        var result = Result()
        result.rootElement = svg.contains("<svg ") ? "svg" : nil
        result.rootNamespace = svg.contains(#"xmlns="http://www.w3.org/2000/svg""#) ? "http://www.w3.org/2000/svg" : nil
        if !svg.hasSuffix("</svg>\n") { result.error = "not closed" }
        return result
        #endif
    }

    #if canImport(FoundationXML) || canImport(Darwin)
    final class Delegate: NSObject, XMLParserDelegate {
        var result = Result()
        private var stack: [String] = []
        private var currentText = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if stack.isEmpty {
                result.rootElement = name
                result.rootNamespace = attributes["xmlns"]
            }
            stack.append(name)
            result.elementCounts[name, default: 0] += 1
            currentText = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { currentText += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "title" { result.titleText = currentText }
            if name == "text" { result.texts.append(currentText) }
            currentText = ""
            stack.removeLast()
        }
    }
    #endif
}
