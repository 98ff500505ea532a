/// One Adam step with decoupled weight decay (AdamW) over a span of parameters.
///
/// `m ← β₁m + (1−β₁)g`, `v ← β₂v + (1−β₂)g²`,
/// `θ ← θ − stepSize · m / (√v + ε) − decay · θ`, where `stepSize` already carries the bias
/// correction `lr · √(1−β₂ᵗ) / (1−β₁ᵗ)` and `decay = lr · weightDecay`.
struct AdamUpdate {
    let beta1: Float
    let beta2: Float
    let epsilon: Float
    let stepSize: Float

    func apply(
        count: Int, parameters: UnsafeMutablePointer<Float>, gradients: UnsafePointer<Float>,
        moment1: UnsafeMutablePointer<Float>, moment2: UnsafeMutablePointer<Float>, decay: Float
    ) {
        // Four lanes at a time, then the tail; every element sees the same IEEE operations in
        // the same order either way, so the result does not depend on where the tail starts.
        let b1 = SIMD4<Float>(repeating: beta1)
        let b2 = SIMD4<Float>(repeating: beta2)
        let oneMinusB1 = SIMD4<Float>(repeating: 1 - beta1)
        let oneMinusB2 = SIMD4<Float>(repeating: 1 - beta2)
        let step = SIMD4<Float>(repeating: stepSize)
        let guardTerm = SIMD4<Float>(repeating: epsilon)
        let shrink = SIMD4<Float>(repeating: decay)
        let p = UnsafeMutableRawPointer(parameters)
        let g = UnsafeRawPointer(gradients)
        let m1 = UnsafeMutableRawPointer(moment1)
        let m2 = UnsafeMutableRawPointer(moment2)
        var start = 0
        while start + 4 <= count {
            let offset = 4 * start
            let gradient = g.loadUnaligned(fromByteOffset: offset, as: SIMD4<Float>.self)
            let m = b1 * m1.loadUnaligned(fromByteOffset: offset, as: SIMD4<Float>.self) + oneMinusB1 * gradient
            let v = b2 * m2.loadUnaligned(fromByteOffset: offset, as: SIMD4<Float>.self)
                + oneMinusB2 * gradient * gradient
            m1.storeBytes(of: m, toByteOffset: offset, as: SIMD4<Float>.self)
            m2.storeBytes(of: v, toByteOffset: offset, as: SIMD4<Float>.self)
            let parameter = p.loadUnaligned(fromByteOffset: offset, as: SIMD4<Float>.self)
            let updated = parameter - step * m / (v.squareRoot() + guardTerm) - shrink * parameter
            p.storeBytes(of: updated, toByteOffset: offset, as: SIMD4<Float>.self)
            start += 4
        }
        for index in start..<count {
            let gradient = gradients[index]
            let m = beta1 * moment1[index] + (1 - beta1) * gradient
            let v = beta2 * moment2[index] + (1 - beta2) * gradient * gradient
            moment1[index] = m
            moment2[index] = v
            let parameter = parameters[index]
            parameters[index] = parameter - stepSize * m / (v.squareRoot() + epsilon) - decay * parameter
        }
    }

    func apply(
        parameters: inout [Float], gradients: [Float], moment1: inout [Float], moment2: inout [Float],
        decay: Float
    ) {
        let count = parameters.count
        parameters.withUnsafeMutableBufferPointer { parameters in
            gradients.withUnsafeBufferPointer { gradients in
                moment1.withUnsafeMutableBufferPointer { moment1 in
                    moment2.withUnsafeMutableBufferPointer { moment2 in
                        apply(
                            count: count, parameters: parameters.baseAddress!,
                            gradients: gradients.baseAddress!, moment1: moment1.baseAddress!,
                            moment2: moment2.baseAddress!, decay: decay)
                    }
                }
            }
        }
    }
}
