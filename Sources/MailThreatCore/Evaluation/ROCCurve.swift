/// The ROC curve of an unwanted-mail score: catch rate against false-positive rate as the
/// flagging threshold sweeps from above the highest score down to the lowest.
///
/// Messages with equal scores enter the curve together (one point per distinct score), so a
/// tie between ham and unwanted mail is a diagonal segment and counts half in the area.
///
/// ```swift
/// let curve = ROCCurve(hamScores: [0.1, 0.4, 0.8], unwantedScores: [0.4, 0.9])
/// curve.points.count                   // 5: start, 0.9, 0.8, 0.4, 0.1
/// curve.areaAboveCurve?.percent        // 1-ROCA% = 100 × (1 + 0.5) / 6 = 25
/// let csv = curve.csv()                // threshold,fpr,tpr,false_positives,true_positives
/// let svg = curve.svg(title: "spamassassin")
/// ```
public struct ROCCurve: Sendable, Hashable, Codable {
    /// Ham messages in the curve.
    public let hamTotal: Int
    /// Unwanted messages in the curve.
    public let unwantedTotal: Int
    /// Points from the flag-nothing start (threshold `+∞`, 0/0) to the flag-everything end, in
    /// order of decreasing threshold. Empty when either class is empty.
    public let points: [ROCPoint]
    /// The classifier's actual verdicts (`flagged`) as a point, when built from messages.
    public let operatingPoint: ROCPoint?

    /// Builds the curve from the scores of each class (NaN ranks below every other score).
    public init(hamScores: [Double], unwantedScores: [Double]) {
        let ranked = hamScores.map { (score: $0.isNaN ? -Double.infinity : $0, isUnwanted: false) }
            + unwantedScores.map { (score: $0.isNaN ? -Double.infinity : $0, isUnwanted: true) }
        self.init(ranked: ranked, hamTotal: hamScores.count, unwantedTotal: unwantedScores.count, operatingPoint: nil)
    }

    /// Builds the curve from scored messages, with their verdicts as the operating point.
    ///
    /// - Parameter threshold: when given, a message counts as flagged iff its score is at least
    ///   this value (as in ``CorpusEvaluation/compute(corpus:messages:threshold:)``); `nil` keeps
    ///   each message's own `flagged`.
    public init(messages: [ScoredMessage], threshold: Double? = nil) {
        var hamTotal = 0
        var unwantedTotal = 0
        var falsePositives = 0
        var truePositives = 0
        var ranked: [(score: Double, isUnwanted: Bool)] = []
        ranked.reserveCapacity(messages.count)
        for message in messages {
            let flagged = threshold.map { message.unwantedScore >= $0 } ?? message.flagged
            if message.isUnwanted {
                unwantedTotal += 1
                if flagged { truePositives += 1 }
            } else {
                hamTotal += 1
                if flagged { falsePositives += 1 }
            }
            ranked.append((message.rankingScore, message.isUnwanted))
        }
        let operatingPoint = (hamTotal > 0 && unwantedTotal > 0)
            ? ROCPoint(threshold: threshold, falsePositives: falsePositives, truePositives: truePositives,
                       hamTotal: hamTotal, unwantedTotal: unwantedTotal)
            : nil
        self.init(ranked: ranked, hamTotal: hamTotal, unwantedTotal: unwantedTotal, operatingPoint: operatingPoint)
    }

    private init(ranked: [(score: Double, isUnwanted: Bool)], hamTotal: Int, unwantedTotal: Int, operatingPoint: ROCPoint?) {
        self.hamTotal = hamTotal
        self.unwantedTotal = unwantedTotal
        self.operatingPoint = operatingPoint
        guard hamTotal > 0, unwantedTotal > 0 else {
            self.points = []
            return
        }
        let sorted = ranked.sorted { $0.score > $1.score }
        var points = [ROCPoint(threshold: .infinity, falsePositives: 0, truePositives: 0,
                               hamTotal: hamTotal, unwantedTotal: unwantedTotal)]
        var falsePositives = 0
        var truePositives = 0
        var index = 0
        while index < sorted.count {
            let score = sorted[index].score
            while index < sorted.count && sorted[index].score == score {
                if sorted[index].isUnwanted { truePositives += 1 } else { falsePositives += 1 }
                index += 1
            }
            points.append(ROCPoint(threshold: score, falsePositives: falsePositives, truePositives: truePositives,
                                   hamTotal: hamTotal, unwantedTotal: unwantedTotal))
        }
        self.points = points
    }

    /// 1-ROCA (the area above the curve), or `nil` when either class is empty.
    public var areaAboveCurve: AreaAboveROC? {
        guard hamTotal > 0, unwantedTotal > 0, points.count > 1 else { return nil }
        // Trapezoids in count units: Σ Δfp × (tp + tp_prev) / 2 is the number of (ham, unwanted)
        // pairs ranked correctly, ties counting half. Doubles are exact here below 2^53.
        var correctlyOrdered = 0.0
        for (previous, point) in zip(points, points.dropFirst()) {
            let width = Double(point.falsePositives - previous.falsePositives)
            correctlyOrdered += width * Double(point.truePositives + previous.truePositives) / 2
        }
        let pairs = Double(hamTotal) * Double(unwantedTotal)
        return AreaAboveROC(misorderedPairs: pairs - correctlyOrdered, pairs: pairs)
    }

    /// The best catch reachable with at most `budget` false positives, choosing the threshold
    /// on this very data (hence optimistic). `nil` when either class is empty.
    ///
    /// Among thresholds within the budget the one with the most unwanted mail flagged wins;
    /// among those, the one with the fewest false positives.
    public func catchAtFalsePositiveBudget(_ budget: PercentThreshold) -> CatchAtFalsePositiveBudget? {
        guard hamTotal > 0, unwantedTotal > 0, var best = points.first else { return nil }
        for point in points.dropFirst() {
            let withinBudget = CountedPercentage(count: point.falsePositives, total: hamTotal)
                .compare(with: budget).map { $0 <= 0 } ?? false
            guard withinBudget else { break }  // false positives only grow along the curve
            if point.truePositives > best.truePositives { best = point }
        }
        return CatchAtFalsePositiveBudget(
            budget: budget,
            caught: CountedPercentage(count: best.truePositives, total: unwantedTotal),
            falsePositives: CountedPercentage(count: best.falsePositives, total: hamTotal),
            threshold: best.threshold.flatMap { $0 == .infinity ? nil : $0 })
    }
}
