/// Registered domains (eTLD+1) from a compact, embedded subset of the Public Suffix List
/// (see ``PublicSuffixSubset`` for what the subset holds and leaves out).
///
/// ```swift
/// PublicSuffixList.registeredDomain(of: "login.secure.example.co.uk")   // "example.co.uk"
/// PublicSuffixList.registeredDomain(of: "a.b.example.com")              // "example.com"
/// PublicSuffixList.registeredDomain(of: "co.uk")                        // nil (a public suffix)
/// ```
public enum PublicSuffixList {
    private static let rules: Set<Substring> = {
        let text = String(describing: PublicSuffixSubset.rules)
        return Set(text.split(separator: " "))
    }()

    /// The public suffix of an ASCII, lower-cased `host` (no trailing dot): the longest
    /// listed rule, else the last label. `nil` for an empty host.
    public static func publicSuffix(of host: String) -> String? {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard let last = labels.last, !last.isEmpty else { return nil }
        let count = labels.count
        for length in stride(from: count, through: 2, by: -1) {
            let suffix = labels[(count - length)...].joined(separator: ".")
            if rules.contains(Substring(suffix)) { return suffix }
        }
        return String(last)
    }

    /// The registered domain (public suffix plus one label) of an ASCII, lower-cased `host`
    /// (one trailing dot is ignored); `nil` when the host is itself a public suffix or has
    /// an empty label where the domain would be.
    public static func registeredDomain(of host: String) -> String? {
        var name = Substring(host)
        if name.hasSuffix(".") { name = name.dropLast() }
        guard !name.isEmpty, let suffix = publicSuffix(of: String(name)) else { return nil }
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        let suffixCount = suffix.split(separator: ".", omittingEmptySubsequences: false).count
        guard labels.count > suffixCount, !labels[labels.count - suffixCount - 1].isEmpty else { return nil }
        return labels[(labels.count - suffixCount - 1)...].joined(separator: ".")
    }
}
