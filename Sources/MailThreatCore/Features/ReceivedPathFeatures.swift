/// Features of the relay path: how many hops, which protocols, and the anomalies of the
/// sending side typical of spam from infected or dynamic hosts. No relay name, address or
/// date is ever emitted, only shapes.
///
/// The top hops that are the recipient's own plumbing (client address loopback or private;
/// or no address and either no sender name, a `localhost` HELO or a non-SMTP protocol such as
/// IMAP fetching or local delivery) are skipped first: they describe where the mail was collected, not who
/// sent it. The first remaining hop is the *hand-off*: the recipient side accepting the mail
/// from the sender side, whose client is the sender's outbound relay.
///
/// | feature | meaning |
/// | --- | --- |
/// | `rcv.hops:<log>` | network hops (client address present, not loopback) after the recipient's plumbing |
/// | `rcv.handoff.no_rdns`, `rcv.handoff.dynamic_rdns`, `rcv.handoff.helo_ip`, `rcv.handoff.helo_bare`, `rcv.handoff.helo_rdns_mismatch`, `rcv.handoff.tls` | the sender's outbound relay as the recipient saw it |
/// | `rcv.handoff.with:<protocol>` | its protocol family |
/// | `rcv.with:<protocol>` | `smtp`, `esmtp`, `esmtps`, `esmtpa`, `esmtpsa`, `lmtp`, `http`, `local`, `other` (per hop below the hand-off) |
/// | `rcv.helo_ip`, `rcv.helo_bare`, `rcv.private_ip` (not loopback), `rcv.no_rdns`, `rcv.authenticated` | per hop below the hand-off |
/// | `rcv.no_date` | a hop without a parsable date stamp (per hop) |
/// | `rcv.time_reversed` | a lower hop is stamped more than 10 minutes after the hop above it |
/// | `rcv.transit:<negative|lt1m|lt1h|lt1d|ge1d>` | time from the lowest to the highest dated hop |
enum ReceivedPathFeatures {
    /// Hops examined at most.
    static let maximumHops = 32

    /// The hops after the recipient's plumbing (see the type's documentation).
    static func senderSideHops(_ hops: [ReceivedHop]) -> ArraySlice<ReceivedHop> {
        var remaining = hops.prefix(maximumHops)
        while let top = remaining.first, isRecipientPlumbing(top) { remaining = remaining.dropFirst() }
        return remaining
    }

    /// True for a hop inside one host or private network, or a mailbox fetch.
    static func isRecipientPlumbing(_ hop: ReceivedHop) -> Bool {
        if let address = clientAddress(of: hop) {
            return isPrivateIPv4(address) || address == "::1"
        }
        let helo = heloName(of: hop)
        if helo.isEmpty || helo == "localhost" { return true }  // local injection, `by` only
        switch protocolFamily(of: hop) {
        case nil, "smtp", "esmtp", "esmtps", "esmtpa", "esmtpsa", "http", "https": return false
        default: return true
        }
    }

    static func extract<Sink: FeatureSink>(
        _ allHops: [ReceivedHop], domains: inout RegisteredDomainCache, into emitter: inout FeatureEmitter<Sink>
    ) {
        let hops = senderSideHops(allHops)
        // Loopback re-injections (content filters, list managers) are not network hops.
        let networkHops = hops.lazy.filter { hop in clientAddress(of: hop).map { !isLoopback($0) } ?? false }.count
        emitter.logBucket("rcv.hops", networkHops)
        if let handoff = hops.first { readHandoff(handoff, domains: &domains, into: &emitter) }
        for hop in hops.dropFirst() {
            if let protocolName = protocolFamily(of: hop) { emitter.count("rcv.with", protocolName) }
            let helo = heloName(of: hop)
            if !helo.isEmpty {
                if isAddressLiteral(helo) {
                    emitter.count("rcv.helo_ip")
                } else if !helo.utf8.contains(0x2E) {
                    emitter.count("rcv.helo_bare")
                }
            }
            if let address = clientAddress(of: hop) {
                if isPrivateIPv4(address) && !isLoopback(address) { emitter.count("rcv.private_ip") }
                if (hop.fromRDNS ?? "").isEmpty { emitter.count("rcv.no_rdns") }
            }
            if hop.isAuthenticated { emitter.count("rcv.authenticated") }
        }
        var timestamps: [Int64] = []
        for hop in hops {
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

    /// The hand-off hop: how the sender's outbound relay presented itself.
    private static func readHandoff<Sink: FeatureSink>(
        _ hop: ReceivedHop, domains: inout RegisteredDomainCache, into emitter: inout FeatureEmitter<Sink>
    ) {
        if let protocolName = protocolFamily(of: hop) { emitter.flag("rcv.handoff.with", protocolName) }
        if hop.usedTLS { emitter.flag("rcv.handoff.tls") }
        let helo = heloName(of: hop)
        let heloIsName = !helo.isEmpty && !isAddressLiteral(helo) && helo.utf8.contains(0x2E)
        if !helo.isEmpty && isAddressLiteral(helo) { emitter.flag("rcv.handoff.helo_ip") }
        if !helo.isEmpty && !isAddressLiteral(helo) && !helo.utf8.contains(0x2E) { emitter.flag("rcv.handoff.helo_bare") }
        guard clientAddress(of: hop) != nil else { return }
        guard let reverse = hop.fromRDNS?.lowercased(), !reverse.isEmpty else {
            emitter.flag("rcv.handoff.no_rdns")
            return
        }
        if looksDynamic(reverse) { emitter.flag("rcv.handoff.dynamic_rdns") }
        if heloIsName && domains.registeredDomain(ofHost: helo) != domains.registeredDomain(ofHost: reverse) {
            emitter.flag("rcv.handoff.helo_rdns_mismatch")
        }
    }

    /// Words of reverse-DNS names given to consumer and dynamic address pools.
    private static let dynamicWords: [[UInt8]] = [
        "dsl", "dial", "dyn", "pool", "cable", "ppp", "dhcp", "client", "broadband", "static", "customer",
        "host-", "ip-", "user", "cpe", "modem", "wireless", "mobile",
    ].map { Array($0.utf8) }

    /// True when a reverse-DNS name looks like a consumer or dynamic address (`dsl-…`,
    /// `pool-…`, or four or more digit runs, as in `81-2-3-4.example.net`).
    static func looksDynamic(_ name: String) -> Bool {
        let bytes = ArraySlice(name.utf8.prefix(253))
        if dynamicWords.contains(where: { ByteSearch.contains(bytes, $0) }) { return true }
        var runs = 0
        var inRun = false
        for byte in bytes {
            let isDigit = byte >= 0x30 && byte <= 0x39
            if isDigit && !inRun { runs += 1 }
            inRun = isDigit
        }
        return runs >= 4
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

    /// True for 127/8 and `::1`.
    static func isLoopback(_ address: String) -> Bool {
        address == "::1" || parseIPv4(address)?.first == 127
    }

    /// The four octets of a dotted-quad IPv4 address (brackets allowed), nil otherwise.
    static func parseIPv4(_ text: String) -> [Int]? {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]") { bytes = bytes.dropFirst().dropLast() }
        guard bytes.count <= 15 else { return nil }
        var octets: [Int] = []
        var value = 0
        var digits = 0
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                value = value * 10 + Int(byte - 0x30)
                digits += 1
                guard digits <= 3, value <= 255 else { return nil }
            } else if byte == UInt8(ascii: ".") {
                guard digits > 0, octets.count < 3 else { return nil }
                octets.append(value)
                value = 0
                digits = 0
            } else {
                return nil
            }
        }
        guard digits > 0, octets.count == 3 else { return nil }
        octets.append(value)
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
