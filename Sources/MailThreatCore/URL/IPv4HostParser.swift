/// The IPv4 host parser of the WHATWG URL standard: up to four dot-separated numbers, each
/// decimal, octal (leading `0`) or hexadecimal (`0x`), the last one filling the remaining
/// bytes. `http://3232235777/`, `http://0x7f.1/` and `http://0300.0250.1.1/` all name an
/// IPv4 address in a browser.
enum IPv4HostParser {
    /// How a host parsed.
    enum Result: Equatable {
        /// Not all parts are numbers: a domain name.
        case notIPv4
        /// Numbers, but out of range (browsers reject the URL).
        case invalid
        /// An address; `isCanonical` for four plain decimal parts without leading zeros.
        case address(UInt32, isCanonical: Bool)
    }

    /// Parses a lower-cased `host`.
    static func parse(_ host: Substring) -> Result {
        var parts = host.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count > 1, parts.last?.isEmpty == true { parts.removeLast() }
        guard !parts.isEmpty, parts.count <= 4 else { return .notIPv4 }
        var numbers: [UInt64] = []
        var isCanonical = parts.count == 4
        for part in parts {
            guard let (value, isPlainDecimal) = number(part) else { return .notIPv4 }
            numbers.append(value)
            if !isPlainDecimal { isCanonical = false }
        }
        for value in numbers.dropLast() where value > 255 { return .invalid }
        let last = numbers[numbers.count - 1]
        let limit: UInt64 = 1 << (8 * UInt64(5 - numbers.count))
        guard last < limit else { return .invalid }
        var address: UInt64 = last
        for (index, value) in numbers.dropLast().enumerated() {
            address |= value << (8 * UInt64(3 - index))
        }
        return .address(UInt32(truncatingIfNeeded: address), isCanonical: isCanonical)
    }

    /// One part: its value (saturated) and whether it was plain decimal without a leading zero.
    private static func number(_ part: Substring) -> (UInt64, Bool)? {
        let bytes = Array(part.utf8)
        guard !bytes.isEmpty else { return nil }
        var radix: UInt64 = 10
        var digits = bytes[...]
        if bytes.count >= 2, bytes[0] == 0x30, bytes[1] | 0x20 == 0x78 {
            radix = 16
            digits = bytes[2...]
        } else if bytes.count >= 2, bytes[0] == 0x30 {
            radix = 8
            digits = bytes[1...]
        }
        var value: UInt64 = 0
        for byte in digits {
            guard let digit = HTMLEntities.hexValue(byte).map(UInt64.init), digit < radix else { return nil }
            value = Swift.min(value * radix + digit, 1 << 40)
        }
        return (value, radix == 10)
    }

    /// Dotted-decimal text of `address`.
    static func dotted(_ address: UInt32) -> String {
        "\(address >> 24).\((address >> 16) & 0xFF).\((address >> 8) & 0xFF).\(address & 0xFF)"
    }
}
