/// Registered domains (eTLD+1) from a compact, embedded subset of the Public Suffix List
/// (see ``PublicSuffixSubset`` for what the subset holds and leaves out).
///
/// ```swift
/// PublicSuffixList.registeredDomain(of: "login.secure.example.co.uk")   // "example.co.uk"
/// PublicSuffixList.registeredDomain(of: "a.b.example.com")              // "example.com"
/// PublicSuffixList.registeredDomain(of: "co.uk")                        // nil (a public suffix)
/// ```
///
/// ASCII hosts (nearly all) are read as bytes: the rules sit in a ``ByteStringSet`` and the
/// candidate suffixes are byte ranges of the host. Other hosts go through `String` labels
/// (a `.` followed by a combining mark is not a label separator there).
public enum PublicSuffixList {
    private static let ruleTexts: [Substring] = String(describing: PublicSuffixSubset.rules).split(separator: " ")
    private static let rules: Set<Substring> = Set(ruleTexts)
    private static let ruleBytes = ByteStringSet(ruleTexts)
    /// Labels of the longest rule: longer candidate suffixes cannot match.
    private static let maximumRuleLabels = ruleTexts.map { $0.utf8.count { $0 == 0x2E } + 1 }.max() ?? 1

    /// The public suffix of an ASCII, lower-cased `host` (no trailing dot): the longest
    /// listed rule, else the last label. `nil` for an empty host.
    public static func publicSuffix(of host: String) -> String? {
        if let result = withASCIIBytes(of: host, { bytes -> String? in
            guard let start = publicSuffixStart(in: bytes) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
        }) {
            return result
        }
        return publicSuffixByLabels(of: host)
    }

    /// The registered domain (public suffix plus one label) of an ASCII, lower-cased `host`
    /// (one trailing dot is ignored); `nil` when the host is itself a public suffix or has
    /// an empty label where the domain would be.
    public static func registeredDomain(of host: String) -> String? {
        if let result = withASCIIBytes(of: host, { bytes -> String? in
            guard let range = registeredDomainRange(in: bytes) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }) {
            return result
        }
        return registeredDomainByLabels(of: host)
    }

    /// Where the registered domain of the ASCII `host` lies in its bytes (the rules of
    /// ``registeredDomain(of:)``: one trailing dot ignored); `nil` when it has none.
    static func registeredDomainRange(in host: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var end = host.count
        if end > 0 && host[end - 1] == 0x2E { end -= 1 }
        guard end > 0 else { return nil }
        let name = UnsafeBufferPointer(rebasing: host[..<end])
        guard let suffixStart = publicSuffixStart(in: name), suffixStart >= 2, name[suffixStart - 2] != 0x2E else {
            return nil
        }
        var start = suffixStart - 2
        while start > 0 && name[start - 1] != 0x2E { start -= 1 }
        return start..<end
    }

    /// Index of the first byte of the public suffix of the ASCII `host` (no trailing dot
    /// handling); `nil` when its last label is empty.
    static func publicSuffixStart(in host: UnsafeBufferPointer<UInt8>) -> Int? {
        // Label starts from the right: the last label, then the one before, ….
        var labelStart = host.count
        while labelStart > 0 && host[labelStart - 1] != 0x2E { labelStart -= 1 }
        guard labelStart < host.count else { return nil }
        var best = labelStart
        var labels = 1
        while labelStart > 0 && labels < maximumRuleLabels {
            labelStart -= 1  // the dot
            while labelStart > 0 && host[labelStart - 1] != 0x2E { labelStart -= 1 }
            labels += 1
            if ruleBytes.contains(UnsafeBufferPointer(rebasing: host[labelStart...])) { best = labelStart }
        }
        return best
    }

    /// Calls `body` with the UTF-8 bytes of `host` when they are all ASCII; `nil` otherwise.
    private static func withASCIIBytes(of host: String, _ body: (UnsafeBufferPointer<UInt8>) -> String?) -> String?? {
        var host = host
        return host.withUTF8 { bytes -> String?? in
            for byte in bytes where byte >= 0x80 { return .none }
            return .some(body(bytes))
        }
    }

    // MARK: - Hosts with non-ASCII characters

    /// ``publicSuffix(of:)`` on `String` labels (any host; the path for non-ASCII ones).
    static func publicSuffixByLabels(of host: String) -> String? {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard let last = labels.last, !last.isEmpty else { return nil }
        let count = labels.count
        for length in stride(from: count, through: 2, by: -1) {
            let suffix = labels[(count - length)...].joined(separator: ".")
            if rules.contains(Substring(suffix)) { return suffix }
        }
        return String(last)
    }

    /// ``registeredDomain(of:)`` on `String` labels (any host; the path for non-ASCII ones).
    static func registeredDomainByLabels(of host: String) -> String? {
        var name = Substring(host)
        if name.hasSuffix(".") { name = name.dropLast() }
        guard !name.isEmpty, let suffix = publicSuffixByLabels(of: String(name)) else { return nil }
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        let suffixCount = suffix.split(separator: ".", omittingEmptySubsequences: false).count
        guard labels.count > suffixCount, !labels[labels.count - suffixCount - 1].isEmpty else { return nil }
        return labels[(labels.count - suffixCount - 1)...].joined(separator: ".")
    }
}
