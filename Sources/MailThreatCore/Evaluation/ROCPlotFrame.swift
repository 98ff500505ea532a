import Foundation

/// Geometry of the ROC plot: pixel mapping, grid, axes and tick labels.
struct ROCPlotFrame {
    let width = 760
    let height = 560
    let plotLeft = 80.0
    let plotRight = 730.0
    let plotTop = 70.0
    let plotBottom = 490.0
    let scale: ROCCurve.AxisScale
    /// The lowest decade shown on a log axis: 10^lowestExponent.
    let lowestExponent: Int

    init(scale: ROCCurve.AxisScale, hamTotal: Int) {
        self.scale = scale
        let smallestRate = 1 / Double(max(hamTotal, 1))
        let exponent = Int(floor(log10(smallestRate)))
        self.lowestExponent = min(max(exponent, -6), -1)
    }

    var plotCenterX: Double { (plotLeft + plotRight) / 2 }
    var plotCenterY: Double { (plotTop + plotBottom) / 2 }

    /// Pixel x of a false-positive rate in [0, 1].
    func x(_ rate: Double) -> Double {
        let clamped = rate.isNaN ? 0 : min(max(rate, 0), 1)
        let position: Double
        switch scale {
        case .linear:
            position = clamped
        case .logarithmic:
            let lowest = Double(lowestExponent)
            let logRate = clamped > 0 ? max(log10(clamped), lowest) : lowest
            position = (logRate - lowest) / -lowest
        }
        return plotLeft + position * (plotRight - plotLeft)
    }

    /// Pixel y of a catch rate in [0, 1].
    func y(_ rate: Double) -> Double {
        let clamped = rate.isNaN ? 0 : min(max(rate, 0), 1)
        return plotBottom - clamped * (plotBottom - plotTop)
    }

    /// `x,y x,y …` for an SVG polyline, dropping points that land on the previous pixel spot.
    func polylinePoints(_ rates: [(Double, Double)]) -> String {
        var parts: [String] = []
        parts.reserveCapacity(rates.count)
        var previous = ""
        for (fpr, tpr) in rates {
            let part = "\(EvaluationNumberText.fixed(x(fpr), decimals: 2)),\(EvaluationNumberText.fixed(y(tpr), decimals: 2))"
            if part != previous { parts.append(part) }
            previous = part
        }
        return parts.joined(separator: " ")
    }

    /// The diagonal a random score would follow, dashed.
    func chanceLine() -> String {
        let samples: [Double]
        switch scale {
        case .linear: samples = [0, 1]
        case .logarithmic:
            let steps = -lowestExponent * 10
            samples = (0...steps).map { pow(10, Double(lowestExponent) * (1 - Double($0) / Double(steps))) }
        }
        let line = polylinePoints(samples.map { ($0, $0) })
        return #"<polyline fill="none" stroke="rgb(153,153,153)" stroke-width="1" stroke-dasharray="4 4" points="\#(line)"/>"#
    }

    /// Grid lines, the plot border, tick labels and axis titles.
    func gridAndAxes() -> [String] {
        var lines: [String] = []
        let light = #"stroke="rgb(230,230,230)" stroke-width="1""#
        let medium = #"stroke="rgb(200,200,200)" stroke-width="1""#
        // Catch-rate grid and labels: 0 … 100 % by 10 %.
        for step in 0...10 {
            let rate = Double(step) / 10
            let py = fixed(y(rate))
            lines.append(#"<line x1="\#(fixed(plotLeft))" y1="\#(py)" x2="\#(fixed(plotRight))" y2="\#(py)" \#(step % 5 == 0 ? medium : light)/>"#)
            lines.append(#"<text x="\#(fixed(plotLeft - 8))" y="\#(fixed(y(rate) + 4))" text-anchor="end" font-size="11">\#(step * 10) %</text>"#)
        }
        // False-positive grid and labels.
        switch scale {
        case .linear:
            for step in 0...10 {
                let px = fixed(x(Double(step) / 10))
                lines.append(#"<line x1="\#(px)" y1="\#(fixed(plotTop))" x2="\#(px)" y2="\#(fixed(plotBottom))" \#(step % 5 == 0 ? medium : light)/>"#)
                lines.append(#"<text x="\#(px)" y="\#(fixed(plotBottom + 18))" text-anchor="middle" font-size="11">\#(step * 10) %</text>"#)
            }
        case .logarithmic:
            for exponent in lowestExponent...0 {
                let decade = pow(10, Double(exponent))
                let px = fixed(x(decade))
                lines.append(#"<line x1="\#(px)" y1="\#(fixed(plotTop))" x2="\#(px)" y2="\#(fixed(plotBottom))" \#(medium)/>"#)
                lines.append(#"<text x="\#(px)" y="\#(fixed(plotBottom + 18))" text-anchor="middle" font-size="11">\#(decadeLabel(exponent))</text>"#)
                guard exponent < 0 else { continue }
                for multiple in 2...9 {
                    let minor = fixed(x(decade * Double(multiple)))
                    lines.append(#"<line x1="\#(minor)" y1="\#(fixed(plotTop))" x2="\#(minor)" y2="\#(fixed(plotBottom))" \#(light)/>"#)
                }
            }
        }
        lines.append(#"<rect x="\#(fixed(plotLeft))" y="\#(fixed(plotTop))" width="\#(fixed(plotRight - plotLeft))" height="\#(fixed(plotBottom - plotTop))" fill="none" stroke="rgb(51,51,51)" stroke-width="1"/>"#)
        let axisTitle = scale == .logarithmic
            ? "false-positive rate: ham flagged (log scale)" : "false-positive rate: ham flagged"
        lines.append(#"<text x="\#(fixed(plotCenterX))" y="\#(fixed(plotBottom + 44))" text-anchor="middle" font-size="13">\#(axisTitle)</text>"#)
        lines.append(#"<text x="22" y="\#(fixed(plotCenterY))" text-anchor="middle" font-size="13" transform="rotate(-90 22 \#(fixed(plotCenterY)))">catch rate: unwanted mail flagged</text>"#)
        return lines
    }

    /// `"0.01 %"` for exponent −4, `"100 %"` for 0.
    private func decadeLabel(_ exponent: Int) -> String {
        let percentExponent = exponent + 2
        if percentExponent >= 0 {
            var digits = "1"
            for _ in 0..<percentExponent { digits += "0" }
            return digits + " %"
        }
        return "0." + String(repeating: "0", count: -percentExponent - 1) + "1 %"
    }

    private func fixed(_ value: Double) -> String { EvaluationNumberText.fixed(value, decimals: 2) }
}
