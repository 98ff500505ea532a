/// Finds the domain a link's visible text claims (`www.paypal.com`,
/// `https://secure.example.com/login`), to compare it with where the link really goes.
enum AnchorTextDomain {
    /// The first host-like token of `text`: two or more dot-separated labels of ASCII letters,
    /// digits and hyphens, the last one 2–24 letters; lower-cased. A scheme (`https://`) or
    /// user info before it is skipped. Only the first 512 bytes are read.
    ///
    /// ```swift
    /// AnchorTextDomain.find(in: "Log in at WWW.PayPal.com today")  // "www.paypal.com"
    /// AnchorTextDomain.find(in: "Click here")                      // nil
    /// ```
    static func find(in text: String) -> String? {
        var token: [UInt8] = []
        var result: String?
        func check() {
            guard result == nil else { return }
            defer { token.removeAll(keepingCapacity: true) }
            // Strip trailing dots, then require 2+ labels and an alphabetic TLD.
            while token.last == UInt8(ascii: ".") { token.removeLast() }
            guard let lastDot = token.lastIndex(of: UInt8(ascii: ".")), lastDot > 0 else { return }
            let tld = token[(lastDot + 1)...]
            guard (2...24).contains(tld.count), tld.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return }
            var previousWasDot = true
            for byte in token {
                let isDot = byte == UInt8(ascii: ".")
                if isDot && previousWasDot { return }  // empty label
                previousWasDot = isDot
            }
            result = String(decoding: token, as: UTF8.self)
        }
        for byte in text.utf8.prefix(512) {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            let isHostByte = (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39)
                || lower == UInt8(ascii: "-") || lower == UInt8(ascii: ".")
            if isHostByte {
                token.append(lower)
            } else {
                // `user@` ends a token that is not the host, and so does `scheme:` (no dot).
                if byte == UInt8(ascii: "@")
                    || (byte == UInt8(ascii: ":") && !token.contains(UInt8(ascii: "."))) {
                    token.removeAll(keepingCapacity: true)
                } else {
                    check()
                }
                if result != nil { break }
            }
        }
        check()
        return result
    }
}
