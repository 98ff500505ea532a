/// Registered domains (``LinkTarget/registeredDomain(ofHost:)``) of the hosts one message
/// names, computed once each: the From, Reply-To, Return-Path and relay host names and the
/// domains claimed by link texts are often the same few hosts.
struct RegisteredDomainCache {
    private var domains = SmallStringMap<String, String>()

    /// The registered domain of `host` (lower-cased ASCII form; the host itself when it has
    /// none).
    mutating func registeredDomain(ofHost host: some StringProtocol) -> String {
        let key = String(host)
        if let known = domains[key] { return known }
        let domain = LinkTarget.registeredDomain(ofHost: key)
        if domains.count < 256 { domains.insert(domain, for: key) }
        return domain
    }
}
