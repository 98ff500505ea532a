extension FloatModel {
    /// The element-wise mean of models of one architecture (snapshots of one training run:
    /// tail averaging, see ``TrainingOptions/snapshotsPerEpoch``). One model is returned as is;
    /// the calibration is the first model's.
    ///
    /// - Precondition: `models` is not empty and every model has the first one's architecture.
    static func averaged(_ models: [FloatModel]) -> FloatModel {
        precondition(!models.isEmpty, "averaging no models")
        guard models.count > 1 else { return models[0] }
        let first = models[0]
        precondition(models.allSatisfy { $0.architecture == first.architecture }, "averaging models of different shapes")
        let scale = 1 / Float(models.count)
        func mean(_ tensor: (FloatModel) -> [Float]) -> [Float] {
            var sum = tensor(first)
            for model in models.dropFirst() {
                let values = tensor(model)
                for i in sum.indices { sum[i] += values[i] }
            }
            for i in sum.indices { sum[i] *= scale }
            return sum
        }
        let layers = first.layers.indices.map { position in
            DenseLayer(
                unchecked: first.layers[position].inputSize, outputSize: first.layers[position].outputSize,
                weights: mean { $0.layers[position].weights }, bias: mean { $0.layers[position].bias })
        }
        return FloatModel(unchecked: first.architecture, embedding: mean(\.embedding), layers: layers,
                          calibration: first.calibration)
    }
}
