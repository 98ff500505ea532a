/// Why a benchmark could not run (bad arguments, missing model, failed reference run).
struct BenchError: Error, CustomStringConvertible {
    /// What went wrong, in words a person can act on.
    let description: String

    init(_ description: String) { self.description = description }
}
