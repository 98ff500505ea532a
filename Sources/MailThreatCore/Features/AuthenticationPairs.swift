/// Reads method/result pairs (`spf`/`pass`, `dkim`/`fail`) out of an
/// ``AuthenticationResults`` record, the only part of it the features use.
enum AuthenticationPairs {
    /// The record's method and result names, as written.
    static func pairs(of record: AuthenticationResults) -> [(method: String, result: String)] {
        record.results.map { ($0.method, $0.result) }
    }
}
