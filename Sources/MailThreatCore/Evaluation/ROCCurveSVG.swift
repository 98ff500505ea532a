import Foundation

extension ROCCurve {
    /// How the false-positive axis of ``svg(title:falsePositiveScale:)`` is scaled.
    public enum AxisScale: String, Sendable, Hashable, Codable, CaseIterable {
        /// 0 … 100 % evenly.
        case linear
        /// Decades from about 1 / ham total up to 100 %: shows the low-false-positive region
        /// that matters for mail. Points with no false positive sit on the left edge.
        case logarithmic
    }

    /// The curve drawn as a self-contained SVG document (no scripts, fonts or links) that a
    /// browser opens directly: axes, grid, tick labels in percent, the chance line, the curve,
    /// and the classifier's operating point when known.
    ///
    /// ```swift
    /// let svg = ROCCurve(messages: scored).svg(title: "trec06c test split")
    /// // write `svg` to roc-trec06c.svg and open it in a browser
    /// ```
    public func svg(title: String, falsePositiveScale: AxisScale = .logarithmic) -> String {
        let frame = ROCPlotFrame(scale: falsePositiveScale, hamTotal: hamTotal)
        var body: [String] = []
        body.append(#"<rect x="0" y="0" width="\#(frame.width)" height="\#(frame.height)" fill="rgb(255,255,255)"/>"#)
        body.append(#"<text x="\#(frame.width / 2)" y="28" text-anchor="middle" font-size="18" font-weight="bold">\#(EvaluationXMLText.escape(title))</text>"#)
        body.append(#"<text x="\#(frame.width / 2)" y="48" text-anchor="middle" font-size="12" fill="rgb(68,68,68)">\#(EvaluationXMLText.escape(summaryLine))</text>"#)
        body += frame.gridAndAxes()
        if points.isEmpty {
            body.append(#"<text x="\#(frame.plotCenterX)" y="\#(frame.plotCenterY)" text-anchor="middle" font-size="14" fill="rgb(170,0,0)">No ROC curve: the corpus needs both ham and unwanted mail.</text>"#)
        } else {
            body.append(frame.chanceLine())
            let curve = frame.polylinePoints(points.map { ($0.falsePositiveRate, $0.truePositiveRate) })
            body.append(#"<polyline fill="none" stroke="rgb(31,95,191)" stroke-width="2" stroke-linejoin="round" points="\#(curve)"/>"#)
            if let operatingPoint {
                let x = EvaluationNumberText.fixed(frame.x(operatingPoint.falsePositiveRate), decimals: 2)
                let y = EvaluationNumberText.fixed(frame.y(operatingPoint.truePositiveRate), decimals: 2)
                body.append(#"<circle cx="\#(x)" cy="\#(y)" r="5" fill="rgb(214,39,40)" stroke="rgb(255,255,255)" stroke-width="1"/>"#)
            }
            body += legend(frame: frame)
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(frame.width)" height="\(frame.height)" viewBox="0 0 \(frame.width) \(frame.height)" font-family="sans-serif">
            <title>\(EvaluationXMLText.escape(title))</title>
            \(body.joined(separator: "\n"))
            </svg>

            """
    }

    /// "ham 1244, unwanted 568, 1-ROCA 0.0123 % (…)".
    private var summaryLine: String {
        var line = "ham \(hamTotal), unwanted \(unwantedTotal)"
        if let area = areaAboveCurve { line += ", 1-ROCA \(area)" }
        return line
    }

    /// The legend in a white box in the bottom-right corner (the empty region for a useful score).
    private func legend(frame: ROCPlotFrame) -> [String] {
        enum Marker { case dot, line, none }
        var entries: [(marker: Marker, text: String)] = []
        entries.append((.line, "ROC curve (flag when score ≥ threshold)"))
        if let operatingPoint {
            let caught = CountedPercentage(count: operatingPoint.truePositives, total: unwantedTotal)
            let flaggedHam = CountedPercentage(count: operatingPoint.falsePositives, total: hamTotal)
            let at = operatingPoint.threshold.map { " at score ≥ \(EvaluationNumberText.plain($0))" } ?? ""
            entries.append((.dot, "verdicts\(at): catch \(caught), FP \(flaggedHam)"))
        }
        if frame.scale == .logarithmic {
            entries.append((.none, "log scale: no-false-positive points sit on the left edge"))
        }
        let lineHeight = 18.0
        let longest = entries.map { $0.text.count }.max() ?? 0
        let boxWidth = min(Double(longest) * 6.6 + 34, frame.plotRight - frame.plotLeft - 20)
        let boxHeight = Double(entries.count) * lineHeight + 10
        let boxLeft = frame.plotRight - boxWidth - 10
        let boxTop = frame.plotBottom - boxHeight - 10
        func fixed(_ value: Double) -> String { EvaluationNumberText.fixed(value, decimals: 2) }
        var lines = [#"<rect x="\#(fixed(boxLeft))" y="\#(fixed(boxTop))" width="\#(fixed(boxWidth))" height="\#(fixed(boxHeight))" fill="rgb(255,255,255)" fill-opacity="0.9" stroke="rgb(200,200,200)" stroke-width="1"/>"#]
        for (index, entry) in entries.enumerated() {
            let baseline = boxTop + 5 + lineHeight * Double(index + 1) - 4
            let markerY = fixed(baseline - 4)
            switch entry.marker {
            case .dot:
                lines.append(#"<circle cx="\#(fixed(boxLeft + 13))" cy="\#(markerY)" r="5" fill="rgb(214,39,40)"/>"#)
            case .line:
                lines.append(#"<line x1="\#(fixed(boxLeft + 6))" y1="\#(markerY)" x2="\#(fixed(boxLeft + 20))" y2="\#(markerY)" stroke="rgb(31,95,191)" stroke-width="2"/>"#)
            case .none:
                break
            }
            let color = entry.marker == .none ? #" fill="rgb(102,102,102)""# : ""
            lines.append(#"<text x="\#(fixed(boxLeft + 26))" y="\#(fixed(baseline))" font-size="12"\#(color)>\#(EvaluationXMLText.escape(entry.text))</text>"#)
        }
        return lines
    }
}
