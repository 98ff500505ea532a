extension ROCCurve {
    /// The curve as CSV (LF line ends), one row per point from the flag-nothing start:
    ///
    ///     threshold,fpr,tpr,false_positives,true_positives
    ///     inf,0.0,0.0,0,0
    ///     0.9,0.0,0.5,0,1
    ///
    /// `threshold` means "flag when score ≥ threshold" (`inf` flags nothing); `fpr` and `tpr`
    /// are fractions of the ham and unwanted totals; the counts are beside them. A corpus
    /// without both classes yields the header only.
    public func csv() -> String {
        var text = "threshold,fpr,tpr,false_positives,true_positives\n"
        for point in points {
            let threshold = point.threshold.map(EvaluationNumberText.plain) ?? ""
            text += "\(threshold),\(EvaluationNumberText.plain(point.falsePositiveRate)),\(EvaluationNumberText.plain(point.truePositiveRate)),"
            text += "\(point.falsePositives),\(point.truePositives)\n"
        }
        return text
    }
}
