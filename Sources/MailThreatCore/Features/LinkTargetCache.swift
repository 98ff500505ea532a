/// Parses the link targets of one message, each distinct URL once and each distinct origin
/// (`scheme://user@host:port`) of a clean `http(s)` URL once: newsletters link dozens of
/// paths on the same few hosts, and the host analysis (IDNA, public suffixes, shorteners) is
/// the expensive part of ``EmailURL``.
struct LinkTargetCache {
    private var byURL: [String: LinkTarget] = [:]
    private var byOrigin: [String: LinkTarget] = [:]

    /// The target of `url`.
    mutating func target(for url: String) -> LinkTarget {
        if let known = byURL[url] { return known }
        var target: LinkTarget
        if let split = LinkTarget.quickSplit(url) {
            if var known = byOrigin[split.origin] {
                known.path = split.path
                known.query = split.query
                target = known
            } else {
                target = LinkTarget(url: url)
                byOrigin[split.origin] = target
            }
        } else {
            target = LinkTarget(url: url)
        }
        byURL[url] = target
        return target
    }
}
