/// Parses the link targets of one message, each distinct URL once and each distinct origin
/// (`scheme://user@host:port`) of a clean `http(s)` URL once: newsletters link dozens of
/// paths on the same few hosts, and the host analysis (IDNA, public suffixes, shorteners) is
/// the expensive part of ``EmailURL``.
struct LinkTargetCache {
    /// Targets of URLs that ``LinkTarget/quickSplit(_:)`` does not take.
    private var byURL = SmallStringMap<String, LinkTarget>()
    /// Targets by origin, for URLs that ``LinkTarget/quickSplit(_:)`` takes (their path and
    /// query are replaced per URL, so a repeated URL needs no entry of its own).
    private var byOrigin = SmallStringMap<Substring, LinkTarget>()

    /// The target of `url`.
    mutating func target(for url: String) -> LinkTarget {
        if let split = LinkTarget.quickSplit(url) {
            if var known = byOrigin[split.origin] {
                known.path = split.path
                known.query = split.query
                return known
            }
            let target = LinkTarget(url: url)
            byOrigin.insert(target, for: split.origin)
            return target
        }
        if let known = byURL[url] { return known }
        let target = LinkTarget(url: url)
        byURL.insert(target, for: url)
        return target
    }
}
