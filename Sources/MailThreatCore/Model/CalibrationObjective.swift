import Foundation

/// The regularized calibration objective of ``CalibrationFitter`` and its exact derivatives.
///
/// `J(θ) = (1/N) Σₙ CE(calibrated logitsₙ, yₙ) + λ/2 ‖θ − θ_identity‖²`. For vector scaling
/// `θ = (scale₁…scale_C, bias₁…bias_C)`; for temperature scaling `θ = (1/T)`. The Hessian is
/// `(1/N) Σₙ Jₙᵀ (diag pₙ − pₙpₙᵀ) Jₙ + λI`, positive definite thanks to the ridge.
struct CalibrationObjective {
    let logits: [[Double]]
    let labels: [Int]
    let classCount: Int
    let method: CalibrationFitter.Method
    let regularization: Double

    var parameterCount: Int { method == .temperature ? 1 : 2 * classCount }

    /// θ of the identity calibration (scales 1, biases 0).
    var identity: [Double] {
        method == .temperature
            ? [1] : [Double](repeating: 1, count: classCount) + [Double](repeating: 0, count: classCount)
    }

    func calibration(from theta: [Double]) -> Calibration {
        switch method {
        case .temperature:
            return Calibration(
                uncheckedScales: [Float](repeating: Float(theta[0]), count: classCount),
                biases: [Float](repeating: 0, count: classCount))
        case .vectorScaling:
            return Calibration(
                uncheckedScales: theta[0..<classCount].map { Float($0) },
                biases: theta[classCount...].map { Float($0) })
        }
    }

    /// Objective value and, if asked, gradient and row-major Hessian at θ.
    func evaluate(_ theta: [Double], derivatives: Bool)
        -> (value: Double, gradient: [Double], hessian: [Double])
    {
        let n = parameterCount
        let c = classCount
        var value = 0.0
        var gradient = [Double](repeating: 0, count: derivatives ? n : 0)
        var hessian = [Double](repeating: 0, count: derivatives ? n * n : 0)
        var calibrated = [Double](repeating: 0, count: c)
        var probability = [Double](repeating: 0, count: c)
        for (row, label) in zip(logits, labels) {
            for k in 0..<c {
                calibrated[k] = method == .temperature ? theta[0] * row[k] : theta[k] * row[k] + theta[c + k]
            }
            let largest = calibrated.max() ?? 0
            var sum = 0.0
            for k in 0..<c {
                probability[k] = exp(calibrated[k] - largest)
                sum += probability[k]
            }
            value += largest + log(sum) - calibrated[label]
            guard derivatives else { continue }
            for k in 0..<c { probability[k] /= sum }
            let residual = (0..<c).map { probability[$0] - ($0 == label ? 1 : 0) }
            switch method {
            case .temperature:
                var expected = 0.0
                var expectedSquare = 0.0
                for k in 0..<c {
                    gradient[0] += residual[k] * row[k]
                    expected += probability[k] * row[k]
                    expectedSquare += probability[k] * row[k] * row[k]
                }
                hessian[0] += expectedSquare - expected * expected
            case .vectorScaling:
                for i in 0..<c {
                    gradient[i] += residual[i] * row[i]
                    gradient[c + i] += residual[i]
                    for j in 0..<c {
                        let curvature = (i == j ? probability[i] : 0) - probability[i] * probability[j]
                        hessian[i * n + j] += row[i] * curvature * row[j]
                        hessian[i * n + c + j] += row[i] * curvature
                        hessian[(c + i) * n + j] += curvature * row[j]
                        hessian[(c + i) * n + c + j] += curvature
                    }
                }
            }
        }
        let count = Double(logits.count)
        let anchor = identity
        var penalty = 0.0
        for p in 0..<n { penalty += (theta[p] - anchor[p]) * (theta[p] - anchor[p]) }
        value = value / count + regularization / 2 * penalty
        if derivatives {
            for p in 0..<n { gradient[p] = gradient[p] / count + regularization * (theta[p] - anchor[p]) }
            for p in 0..<(n * n) { hessian[p] /= count }
            for p in 0..<n { hessian[p * n + p] += regularization }
        }
        return (value, gradient, hessian)
    }
}
