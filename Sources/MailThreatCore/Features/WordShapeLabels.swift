/// The tokens of the word-shape features.
enum WordShapeLabels {
    /// `num.0` … `num.6`, `num.7+` by digit count.
    static let number = (0...6).map { "num.\($0)" } + ["num.7+"]
    /// `id.<log bucket>` by length in bytes.
    static let id = FeatureBucket.logLabels.map { "id." + $0 }
    /// `long.<log bucket>` by length in bytes.
    static let long = FeatureBucket.logLabels.map { "long." + $0 }
}
