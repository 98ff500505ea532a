/// Features of the relay path (`Received` hops below the collector's own): how many hops,
/// which protocols, and anomalies typical of spam sent from infected hosts or forged
/// headers. No relay name or address is ever emitted, only shapes.
///
/// | feature | meaning |
/// | --- | --- |
/// | `rcv.hops:<log>` | hop count |
/// | `rcv.with:<protocol>` | `smtp`, `esmtp`, `esmtps`, `esmtpa`, `esmtpsa`, `lmtp`, `http`, `local`, `other` (per hop) |
/// | `rcv.helo_ip` | a hop's HELO name is an address literal (per hop) |
/// | `rcv.helo_bare` | a hop's HELO name has no dot (`localhost`, `user-pc`) (per hop) |
/// | `rcv.private_ip` | a hop's client address is private or loopback (per hop) |
/// | `rcv.no_rdns` | a hop's client address has no reverse-DNS name (per hop) |
/// | `rcv.helo_rdns_mismatch` | the HELO name and the reverse DNS are in different registered domains (per hop) |
/// | `rcv.tls`, `rcv.authenticated` | the hop used TLS / an authenticated submission (per hop) |
/// | `rcv.no_date` | a hop without a parsable date stamp (per hop) |
/// | `rcv.time_reversed` | a lower hop is stamped more than 10 minutes after the hop above it |
/// | `rcv.transit:<negative|lt1m|lt1h|lt1d|ge1d>` | time from the lowest to the highest dated hop |
enum ReceivedPathFeatures {
    /// Hops examined at most.
    static let maximumHops = 32

    static func extract<Sink: FeatureSink>(_ hops: [ReceivedHop], into emitter: inout FeatureEmitter<Sink>) {
        emitter.logBucket("rcv.hops", hops.count)
        var timestamps: [Int64] = []
        for hop in hops.prefix(maximumHops) {
            if let protocolName = protocolFamily(of: hop) { emitter.count("rcv.with", protocolName) }
            let helo = heloName(of: hop)
            if !helo.isEmpty {
                if isAddressLiteral(helo) {
                    emitter.count("rcv.helo_ip")
                } else if !helo.contains(".") {
                    emitter.count("rcv.helo_bare")
                }
            }
            if let address = clientAddress(of: hop) {
                if isPrivateIPv4(address) { emitter.count("rcv.private_ip") }
                if let reverse = hop.fromRDNS, !reverse.isEmpty {
                    if !helo.isEmpty && !isAddressLiteral(helo) && helo.contains(".")
                        && LinkTarget.registeredDomain(ofHost: helo) != LinkTarget.registeredDomain(ofHost: reverse) {
                        emitter.count("rcv.helo_rdns_mismatch")
                    }
                } else {
                    emitter.count("rcv.no_rdns")
                }
            }
            if hop.usedTLS { emitter.count("rcv.tls") }
            if hop.isAuthenticated { emitter.count("rcv.authenticated") }
            if let stamp = timestamp(of: hop) {
                timestamps.append(stamp)
            } else {
                emitter.count("rcv.no_date")
            }
        }
        // Hops are listed top-most first, so stamps should not increase down the list.
        for index in timestamps.indices.dropFirst() where timestamps[index] > timestamps[index - 1] + 600 {
            emitter.flag("rcv.time_reversed")
            break
        }
        if let newest = timestamps.first, let oldest = timestamps.last, timestamps.count >= 2 {
            let transit = newest - oldest
            let bucket = transit < 0 ? "negative" : transit < 60 ? "lt1m" : transit < 3_600 ? "lt1h"
                : transit < 86_400 ? "lt1d" : "ge1d"
            emitter.flag("rcv.transit", bucket)
        }
    }

    /// The `with` protocol reduced to a known family, nil when absent.
    static func protocolFamily(of hop: ReceivedHop) -> String? {
        let raw = withProtocol(of: hop)
        guard !raw.isEmpty else { return nil }
        let word = String(raw.prefix { $0 != " " && $0 != "\t" && $0 != ";" && $0 != "(" }).lowercased()
        switch word {
        case "smtp", "esmtp", "esmtps", "esmtpa", "esmtpsa", "lmtp", "http", "https", "local":
            return word
        case "utf8smtp", "utf8smtps", "utf8smtpa", "utf8smtpsa":
            return "esmtp" + word.dropFirst(8)
        case "lmtps", "lmtpa", "lmtpsa":
            return "lmtp"
        default:
            return "other"
        }
    }

    /// True for `[192.0.2.1]`, `[IPv6:…]` and bare dotted quads.
    static func isAddressLiteral(_ name: String) -> Bool {
        if name.hasPrefix("[") { return true }
        return parseIPv4(name) != nil
    }

    /// True for 10/8, 172.16/12, 192.168/16, 127/8 and 169.254/16.
    static func isPrivateIPv4(_ address: String) -> Bool {
        guard let octets = parseIPv4(address) else { return false }
        switch (octets[0], octets[1]) {
        case (10, _), (127, _), (192, 168), (169, 254): return true
        case (172, let second): return (16...31).contains(second)
        default: return false
        }
    }

    /// The four octets of a dotted-quad IPv4 address (brackets allowed), nil otherwise.
    static func parseIPv4(_ text: String) -> [Int]? {
        var body = Substring(text)
        if body.hasPrefix("[") && body.hasSuffix("]") { body = body.dropFirst().dropLast() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var octets: [Int] = []
        for part in parts {
            guard (1...3).contains(part.utf8.count), let value = Int(part), value <= 255 else { return nil }
            octets.append(value)
        }
        return octets
    }

    // MARK: - Reading a hop

    /// The HELO/EHLO name the client gave (`helo=` when given, else the `from` name), lower-cased.
    static func heloName(of hop: ReceivedHop) -> String { (hop.helo ?? hop.from ?? "").lowercased() }

    /// The client's IP address, if any.
    static func clientAddress(of hop: ReceivedHop) -> String? { hop.ip }

    /// The `with` clause, `""` when absent.
    static func withProtocol(of hop: ReceivedHop) -> String { hop.with ?? "" }

    /// The hop's date stamp as UTC seconds, if it parsed.
    static func timestamp(of hop: ReceivedHop) -> Int64? { hop.date?.timestamp }
}
