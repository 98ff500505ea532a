import Foundation

/// lam%, the logistic average misclassification rate of the TREC Spam Track and the CEAS
/// challenges: the ham and spam misclassification rates averaged in logit space.
///
///     hm′ = (ham errors  + 0.5) / (ham  + 0.5)
///     sm′ = (spam errors + 0.5) / (spam + 0.5)
///     lam = invlogit((logit(hm′) + logit(sm′)) / 2),  logit(p) = ln(p / (1 − p))
///
/// Source of the smoothing: the CEAS 2007 Spam Challenge rules (G. Cormack), quoted in
/// SpamAssassin bug 5376, comment of 2007-08-07
/// (https://www.mail-archive.com/dev@spamassassin.apache.org/msg21645.html): "FPrate =
/// (#ham-errors + 0.5) / (#ham + 0.5); FNrate = (#spam-errors + 0.5) / (#spam + 0.5);
/// lam = invlogit((logit(FPrate) + logit(FNrate)) / 2)". The +0.5 keeps a zero error count
/// finite (TREC 2005 overview, Cormack & Lynam, defines lam% without spelling out the zero case).
/// The smoothing applies to every count, not only to zero ones, so lam% differs slightly from
/// invlogit of the raw hm%/sm% (which the evaluation reports unsmoothed next to it).
///
/// ```swift
/// LogisticAverageMisclassification.percent(hamErrors: 1, hamTotal: 4, spamErrors: 2, spamTotal: 6)
/// // hm′ = 1.5/4.5, sm′ = 2.5/6.5 → odds √(0.5 × 0.625) → ≈ 35.86
/// ```
public enum LogisticAverageMisclassification {
    /// lam% for the given counts, or `nil` when either class is empty (lam is undefined then).
    public static func percent(hamErrors: Int, hamTotal: Int, spamErrors: Int, spamTotal: Int) -> Double? {
        guard hamTotal > 0, spamTotal > 0 else { return nil }
        let hamRate = smoothedRate(errors: hamErrors, total: hamTotal)
        let spamRate = smoothedRate(errors: spamErrors, total: spamTotal)
        return 100 * inverseLogit((logit(hamRate) + logit(spamRate)) / 2)
    }

    /// `(errors + 0.5) / (total + 0.5)` with `errors` clamped to `0…total`: always in (0, 1).
    static func smoothedRate(errors: Int, total: Int) -> Double {
        let clamped = min(max(errors, 0), total)
        return (Double(clamped) + 0.5) / (Double(total) + 0.5)
    }

    /// ln(p / (1 − p)) written as ln p − ln(1 − p) for accuracy near 0.
    static func logit(_ probability: Double) -> Double {
        log(probability) - log1p(-probability)
    }

    /// 1 / (1 + e^(−x)), computed without overflow for large |x|.
    static func inverseLogit(_ value: Double) -> Double {
        if value >= 0 { return 1 / (1 + exp(-value)) }
        let power = exp(value)
        return power / (1 + power)
    }
}
