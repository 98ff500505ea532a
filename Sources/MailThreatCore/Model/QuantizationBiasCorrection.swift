extension QuantizedModel {
    /// Quantizes `model`, then corrects each dense layer's float bias so that the int8 model's
    /// mean pre-activation over `samples` equals the float model's (bias correction).
    ///
    /// Rounding weights to int8 shifts a layer's outputs systematically for typical inputs:
    /// the rows of the embedding table and of each dense layer lose a little of their mean.
    /// For layer `l` with float weights `W`, int8 weights `Ŵ`, and mean inputs `E[x]` (float
    /// model) and `E[x̂]` (int8 model, earlier layers already corrected), the bias becomes
    /// `b + W·E[x] − Ŵ·E[x̂]`. Messages near a threshold then keep the float model's verdict more
    /// often. The codes and scales are unchanged, so the file format is too. `samples` should
    /// be training messages; without any the plain quantization is returned.
    public init(quantizing model: FloatModel, correctingBiasOver samples: [SparseFeatures]) {
        self.init(quantizing: model)
        guard !samples.isEmpty else { return }
        let floatMeans = Self.meanLayerInputs(Classifier(model: model), samples)
        var corrected = layers
        for position in corrected.indices {
            let current = QuantizedModel(
                unchecked: architecture, embedding: embedding, layers: corrected, calibration: calibration)
            let int8Means = Self.meanLayerInputs(Classifier(model: current), samples)[position]
            let layer = corrected[position]
            let floatWeights = model.layers[position].weights
            let int8Weights = layer.dequantized().weights
            var bias = layer.bias
            for o in 0..<layer.outputSize {
                var shift = 0.0
                let row = o * layer.inputSize
                for i in 0..<layer.inputSize {
                    shift += Double(floatWeights[row + i]) * floatMeans[position][i]
                        - Double(int8Weights[row + i]) * int8Means[i]
                }
                bias[o] += Float(shift)
            }
            corrected[position] = QuantizedDenseLayer(
                unchecked: layer.inputSize, outputSize: layer.outputSize, codes: layer.codes, scales: layer.scales,
                bias: bias)
        }
        self.init(unchecked: architecture, embedding: embedding, layers: corrected, calibration: calibration)
    }

    /// The mean input of every dense layer over `samples`.
    private static func meanLayerInputs(_ classifier: Classifier, _ samples: [SparseFeatures]) -> [[Double]] {
        var sums: [[Double]] = []
        for features in samples {
            let inputs = classifier.denseLayerInputs(for: features)
            if sums.isEmpty { sums = inputs.map { [Double](repeating: 0, count: $0.count) } }
            for (layer, values) in inputs.enumerated() {
                for (i, value) in values.enumerated() { sums[layer][i] += Double(value) }
            }
        }
        let count = Double(samples.count)
        return sums.map { $0.map { $0 / count } }
    }
}
