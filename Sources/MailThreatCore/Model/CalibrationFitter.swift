import CBLAS
import Foundation

/// Fits a ``Calibration`` on held-out logits by regularized maximum likelihood.
///
/// The objective is the mean cross-entropy of the calibrated logits plus a ridge
/// `λ/2 · ‖θ − θ_identity‖²`, minimized by Newton's method: each iteration builds the exact
/// gradient and Hessian (`Σ Jᵀ (diag p − p pᵀ) J / N + λI`, with `J` the Jacobian of the
/// calibrated logits in θ) and solves the symmetric positive-definite Newton system with
/// LAPACK's Cholesky solver `dposv_`, then backtracks until the objective decreases. The
/// problem is convex, so this converges in a handful of iterations. The ridge keeps a class
/// that is absent from the held-out data from being pushed to −∞ and makes the system
/// positive definite (softmax is invariant to a common bias shift).
///
/// - ``Method/vectorScaling``: `2 × classes` parameters (per-class scale and bias). The default.
/// - ``Method/temperature``: one shared scale `1/T`, biases zero.
///
/// ```swift
/// let heldOutLogits = classifier.logits(for: heldOut.map(\.features))
/// let calibration = try CalibrationFitter().fit(logits: heldOutLogits, labels: heldOut.map(\.label))
/// quantizedModel.calibration = calibration
/// ```
public struct CalibrationFitter: Sendable {
    /// The family of calibrations to fit.
    public enum Method: String, Sendable, Hashable, CaseIterable {
        /// One temperature shared by all classes.
        case temperature
        /// A scale and a bias per class.
        case vectorScaling
    }

    /// Which family to fit.
    public var method: Method
    /// Ridge strength `λ` pulling θ towards the identity calibration.
    public var regularization: Double
    /// Upper bound on Newton iterations.
    public var maximumIterations: Int

    /// Creates a fitter.
    public init(method: Method = .vectorScaling, regularization: Double = 1e-3, maximumIterations: Int = 50) {
        self.method = method
        self.regularization = regularization
        self.maximumIterations = maximumIterations
    }

    /// Fits on `logits` (raw, uncalibrated: ``Classifier/logits(for:)-([SparseFeatures])``)
    /// and the true class index of each row.
    ///
    /// - Throws: ``CalibrationError`` for empty or inconsistent data or a failed solve.
    public func fit(logits: [[Float]], labels: [Int]) throws(CalibrationError) -> Calibration {
        guard !logits.isEmpty else { throw .emptyData }
        guard logits.count == labels.count else {
            throw .shapeMismatch("\(logits.count) logit rows, \(labels.count) labels")
        }
        let classCount = logits[0].count
        guard classCount >= 2 else { throw .shapeMismatch("need at least two classes") }
        for (position, row) in logits.enumerated() {
            guard row.count == classCount else { throw .shapeMismatch("row \(position) has \(row.count) logits") }
            guard row.allSatisfy(\.isFinite) else { throw .nonFiniteLogits(example: position) }
            guard (0..<classCount).contains(labels[position]) else {
                throw .labelOutOfRange(example: position, label: labels[position])
            }
        }
        let problem = CalibrationObjective(
            logits: logits.map { $0.map(Double.init) }, labels: labels, classCount: classCount,
            method: method, regularization: max(regularization, 1e-9))

        var theta = problem.identity
        var current = problem.evaluate(theta, derivatives: true)
        for _ in 0..<max(maximumIterations, 0) {
            guard current.gradient.contains(where: { abs($0) > 1e-10 }) else { break }
            let direction = try Self.solve(hessian: current.hessian, gradient: current.gradient)
            var stepLength = 1.0
            var accepted = false
            for _ in 0..<40 {
                let candidate = zip(theta, direction).map { $0 - stepLength * $1 }
                let value = problem.evaluate(candidate, derivatives: false).value
                if value.isFinite, value < current.value {
                    theta = candidate
                    accepted = true
                    break
                }
                stepLength /= 2
            }
            guard accepted else { break }
            let previous = current.value
            current = problem.evaluate(theta, derivatives: true)
            if previous - current.value < 1e-14 * max(1, abs(previous)) { break }
        }
        return problem.calibration(from: theta)
    }

    /// Fits on a classifier's raw logits for held-out examples.
    ///
    /// - Throws: ``CalibrationError``.
    public func fit(classifier: Classifier, on examples: [TrainingExample]) throws(CalibrationError) -> Calibration {
        try fit(logits: classifier.logits(for: examples.map(\.features)), labels: examples.map(\.label))
    }

    /// Mean cross-entropy (log-loss, natural log) of `logits` after `calibration` (if any).
    /// Rows with a label outside the row are skipped.
    public static func meanLogLoss(logits: [[Float]], labels: [Int], calibration: Calibration? = nil) -> Double {
        var total = 0.0
        var counted = 0
        for (row, label) in zip(logits, labels) where row.indices.contains(label) {
            let calibrated = calibration?.calibrated(row) ?? row
            let logSumExp = calibrated.withUnsafeBufferPointer { ModelSoftmax.logSumExp($0.baseAddress!, count: $0.count) }
            total += logSumExp - Double(calibrated[label])
            counted += 1
        }
        return counted > 0 ? total / Double(counted) : 0
    }

    /// Solves `H x = g` for the symmetric positive-definite Newton system with `dposv_`.
    static func solve(hessian: [Double], gradient: [Double]) throws(CalibrationError) -> [Double] {
        var matrix = hessian  // symmetric, so row- and column-major agree
        var solution = gradient
        var order = Int32(gradient.count)
        var leading = order
        var rightHandSides: Int32 = 1
        var leadingB = order
        var info: Int32 = 0
        var upper = CChar(UInt8(ascii: "U"))
        matrix.withUnsafeMutableBufferPointer { matrix in
            solution.withUnsafeMutableBufferPointer { solution in
                dposv_(
                    &upper, &order, &rightHandSides, matrix.baseAddress, &leading,
                    solution.baseAddress, &leadingB, &info)
            }
        }
        guard info == 0 else { throw .solverFailed(info: info) }
        return solution
    }
}
