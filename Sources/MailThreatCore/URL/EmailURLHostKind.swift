/// What the host of an ``EmailURL`` is.
public enum EmailURLHostKind: String, Sendable, Hashable {
    /// No host (relative or opaque URL such as `mailto:`).
    case none
    /// A domain name.
    case domain
    /// A dotted-decimal IPv4 address (`192.168.1.1`).
    case ipv4
    /// An IPv4 address written to hide it: one integer (`3232235777`), octal or hex parts
    /// (`0x7f.1`, `0300.0250.1.1`), or fewer than four parts (`127.1`); browsers accept them all.
    case obfuscatedIPv4
    /// A bracketed IPv6 address (`[::1]`).
    case ipv6
}
