/// The label vocabulary the evaluation knows by name, and the order classes are shown in.
///
/// ```swift
/// EvaluationLabels.ordered(["phish", "ham", "zeta", "spam"])  // ["ham", "spam", "phish", "zeta"]
/// ```
public enum EvaluationLabels {
    /// The one wanted class; every other label is unwanted mail.
    public static let ham = "ham"
    /// The corpus labels in display order: ham first, then the unwanted classes.
    public static let known: [String] = ["ham", "spam", "phish", "fraud", "malware"]

    /// Sorts labels for display: the ``known`` labels in their order, then the rest
    /// alphabetically (by Unicode scalars), without duplicates.
    public static func ordered<Labels: Sequence>(_ labels: Labels) -> [String]
    where Labels.Element == String {
        let unique = Set(labels)
        let knownPresent = known.filter { unique.contains($0) }
        let others = unique.subtracting(known).sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        return knownPresent + others
    }
}
