/// The accuracy requirements for one corpus, or for every corpus (`*`), as read from a gate
/// file or built from command-line limits.
///
/// A requirement on a figure the corpus cannot have (catch on an all-ham corpus, a label it does
/// not hold) fails when the gate names the corpus, and is skipped for the wildcard `*`, so
/// `--min-catch`/`--max-fp` can be applied to every corpus at once:
///
/// ```swift
/// let everyCorpus = CorpusGate(corpus: CorpusGate.wildcard, requirements: [
///     .minCatch(PercentThreshold(parsing: "99")!), .maxFalsePositives(PercentThreshold(parsing: "0.1")!)])
/// let failures = CorpusGate.check([everyCorpus] + fileGates, evaluations)
/// for failure in failures { print(failure) }   // "spamassassin: catch 98.77 % (562/569) < 99 %"
/// if !failures.isEmpty { exit(1) }
/// ```
public struct CorpusGate: Sendable, Hashable {
    /// The corpus name that makes a gate apply to every corpus.
    public static let wildcard = "*"

    /// The corpus the requirements are for, or ``wildcard``.
    public let corpus: String
    /// The requirements, in the order written.
    public let requirements: [GateRequirement]
    /// The gate file line the gate came from, if any.
    public let line: Int?

    /// Creates a gate.
    public init(corpus: String, requirements: [GateRequirement], line: Int? = nil) {
        self.corpus = corpus
        self.requirements = requirements
        self.line = line
    }

    /// `true` for the ``wildcard`` gate.
    public var isWildcard: Bool { corpus == Self.wildcard }

    /// The requirements `evaluation` misses (empty when it passes). Ignores the corpus name:
    /// use ``check(_:_:)`` to match gates to corpora.
    public func check(_ evaluation: CorpusEvaluation) -> [GateFailure] {
        requirements.compactMap { Self.failure(of: $0, in: evaluation, skipUndefined: isWildcard) }
    }

    /// Checks every evaluation against the gates that apply to it: its own gate, plus the
    /// wildcard requirements whose key its own gate does not set (its own gate overrides).
    /// Failures come in evaluation order, then requirement order.
    public static func check(_ gates: [CorpusGate], _ evaluations: [CorpusEvaluation]) -> [GateFailure] {
        let wildcardRequirements = gates.filter(\.isWildcard).flatMap(\.requirements)
        var failures: [GateFailure] = []
        for evaluation in evaluations {
            let own = gates.filter { !$0.isWildcard && $0.corpus == evaluation.corpus }.flatMap(\.requirements)
            let ownKeys = Set(own.map(\.key))
            for requirement in own {
                if let failure = failure(of: requirement, in: evaluation, skipUndefined: false) { failures.append(failure) }
            }
            for requirement in wildcardRequirements where !ownKeys.contains(requirement.key) {
                if let failure = failure(of: requirement, in: evaluation, skipUndefined: true) { failures.append(failure) }
            }
        }
        return failures
    }

    /// Named gates whose corpus is not among `evaluations` (a typo, or a corpus not run):
    /// worth a warning, since such a gate silently checks nothing.
    public static func unevaluated(_ gates: [CorpusGate], _ evaluations: [CorpusEvaluation]) -> [CorpusGate] {
        let names = Set(evaluations.map(\.corpus))
        return gates.filter { !$0.isWildcard && !names.contains($0.corpus) }
    }

    private static func failure(of requirement: GateRequirement, in evaluation: CorpusEvaluation, skipUndefined: Bool) -> GateFailure? {
        let problem: String?
        switch requirement {
        case .minCatch(let limit):
            problem = shareProblem("catch", evaluation.caught, limit, minimum: true, undefined: "no unwanted mail", skipUndefined)
        case .maxFalsePositives(let limit):
            problem = shareProblem("false positives", evaluation.falsePositives, limit, minimum: false, undefined: "no ham", skipUndefined)
        case .minFlagged(let label, let limit):
            let share = evaluation.breakdown(label: label)?.flagged ?? CountedPercentage(count: 0, total: 0)
            problem = shareProblem("flagged \(label)", share, limit, minimum: true, undefined: "no \(label) messages", skipUndefined)
        case .maxFlagged(let label, let limit):
            let share = evaluation.breakdown(label: label)?.flagged ?? CountedPercentage(count: 0, total: 0)
            problem = shareProblem("flagged \(label)", share, limit, minimum: false, undefined: "no \(label) messages", skipUndefined)
        case .maxLAM(let limit):
            if let lam = evaluation.lamPercent {
                problem = lam > limit.percent ? "lam \(shown(lam, against: limit)) > \(limit)" : nil
            } else {
                problem = skipUndefined ? nil : "lam n/a (needs both ham and unwanted mail), required ≤ \(limit)"
            }
        case .maxAreaAboveROC(let limit):
            if let area = evaluation.areaAboveROC {
                // misordered / pairs > ppm / 1e6, in products exact below 2^53.
                let exceeds = area.misorderedPairs * Double(PercentThreshold.partsPerMillionScale)
                    > Double(limit.partsPerMillion) * area.pairs
                problem = exceeds
                    ? "1-ROCA \(shown(area.percent, against: limit, minimumDecimals: 4)) (\(EvaluationNumberText.plainCount(area.misorderedPairs))/\(EvaluationNumberText.plainCount(area.pairs)) pairs) > \(limit)"
                    : nil
            } else {
                problem = skipUndefined ? nil : "1-ROCA n/a (needs both ham and unwanted mail), required ≤ \(limit)"
            }
        case .minMessages(let minimum):
            problem = evaluation.messages < minimum ? "messages \(evaluation.messages) < \(minimum)" : nil
        }
        return problem.map { GateFailure(corpus: evaluation.corpus, requirement: requirement, message: $0) }
    }

    private static func shareProblem(
        _ name: String, _ share: CountedPercentage, _ limit: PercentThreshold, minimum: Bool,
        undefined: String, _ skipUndefined: Bool
    ) -> String? {
        guard let order = share.compare(with: limit), let percent = share.percent else {
            return skipUndefined ? nil : "\(name) n/a (\(undefined)), required \(minimum ? "≥" : "≤") \(limit)"
        }
        if minimum && order < 0 { return "\(name) \(shown(percent, against: limit)) (\(share.count)/\(share.total)) < \(limit)" }
        if !minimum && order > 0 { return "\(name) \(shown(percent, against: limit)) (\(share.count)/\(share.total)) > \(limit)" }
        return nil
    }

    /// `percent` with enough decimals (2 or more) that it does not print equal to the limit.
    private static func shown(_ percent: Double, against limit: PercentThreshold, minimumDecimals: Int = 2) -> String {
        var decimals = max(minimumDecimals, limit.decimals)
        var text = EvaluationNumberText.fixed(percent, decimals: decimals)
        while decimals < 8 && text == EvaluationNumberText.fixed(limit.percent, decimals: decimals) {
            decimals += 1
            text = EvaluationNumberText.fixed(percent, decimals: decimals)
        }
        return text + " %"
    }
}
