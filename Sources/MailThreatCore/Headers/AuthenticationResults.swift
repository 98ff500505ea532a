/// An `Authentication-Results` (or `ARC-Authentication-Results`) field, RFC 8601.
///
/// Comments are ignored, `=` may have spaces around it, and the authserv-id may be missing (as
/// Microsoft writes it) or preceded by an ARC instance `i=N;`. Methods and results are
/// lower-cased; property values are kept as written. It never fails.
///
/// ```swift
/// let ar = AuthenticationResults.parse(Array("""
///     mx.google.com; dkim=pass header.i=@example.com; spf=softfail (domain of x) \
///     smtp.mailfrom=x@example.com; dmarc=fail (p=NONE) header.from=example.com
///     """.utf8))
/// ar.authservID                         // "mx.google.com"
/// ar.result(for: "spf")                 // "softfail"
/// ar.results[0].property("header.i")    // "@example.com"
/// ```
public struct AuthenticationResults: Sendable, Hashable {
    /// The authserv-id (first element), when present.
    public var authservID: String?
    /// The ARC instance (`i=N`) of an `ARC-Authentication-Results` field.
    public var instance: Int?
    /// The method results in field order.
    public var results: [MethodResult]

    /// One `method=result` statement with its reason and properties.
    public struct MethodResult: Sendable, Hashable {
        /// The method, lower-cased, without a `/version` (`spf`, `dkim`, `dmarc`, `arc`, …).
        public var method: String
        /// The result, lower-cased (`pass`, `fail`, `softfail`, `none`, `neutral`, …).
        public var result: String
        /// The `reason=` text, if any.
        public var reason: String?
        /// `ptype.property=value` pairs (`smtp.mailfrom`, `header.from`, `header.d`, …), in order;
        /// other `key=value` pairs (Microsoft's `action=`) are kept too.
        public var properties: [Property]

        /// The value of the first property named `name` (case-insensitive), e.g. `header.from`.
        public func property(_ name: String) -> String? {
            let key = name.lowercased()
            return properties.first { $0.name == key }?.value
        }
    }

    /// One `name=value` property; `name` lower-cased.
    public struct Property: Sendable, Hashable {
        /// The property name, lower-cased (`smtp.mailfrom`).
        public var name: String
        /// The value as written, quotes removed.
        public var value: String
    }

    /// Creates an empty result set.
    public init(authservID: String? = nil, instance: Int? = nil, results: [MethodResult] = []) {
        self.authservID = authservID
        self.instance = instance
        self.results = results
    }

    /// The result of the first statement for `method` (case-insensitive).
    public func result(for method: String) -> String? {
        let key = method.lowercased()
        return results.first { $0.method == key }?.result
    }

    /// Parses the unfolded value of one field.
    public static func parse(_ value: [UInt8]) -> AuthenticationResults {
        var parsed = AuthenticationResults()
        var statements: [[StructuredFieldTokenizer.Token]] = [[]]
        for token in StructuredFieldTokenizer.tokens(value[...], equalsIsSpecial: true) {
            switch token {
            case .semicolon: statements.append([])
            case .comment: break
            default: statements[statements.count - 1].append(token)
            }
        }
        statements.removeAll { $0.isEmpty }
        var index = 0
        if let first = statements.first, first.count == 3, let pair = pairs(in: first).first,
           pair.key == "i", let number = Int(pair.value) {
            parsed.instance = number
            index = 1
        }
        if index < statements.count, !statements[index].contains(.equals),
           case .word(let id)? = statements[index].first {
            parsed.authservID = StructuredFieldTokenizer.text(id)
            index += 1
        }
        for statement in statements[index...] {
            let found = pairs(in: statement)
            guard let first = found.first else { continue }
            let method = first.key.split(separator: "/", maxSplits: 1).first.map(String.init) ?? first.key
            var result = MethodResult(method: method, result: first.value.lowercased(), reason: nil, properties: [])
            for pair in found.dropFirst() {
                if pair.key == "reason", result.reason == nil {
                    result.reason = pair.value
                } else {
                    result.properties.append(Property(name: pair.key, value: pair.value))
                }
            }
            parsed.results.append(result)
        }
        return parsed
    }

    /// `key = value` pairs of one statement; words not followed by `=` are skipped, and a
    /// missing value is empty.
    private static func pairs(in statement: [StructuredFieldTokenizer.Token]) -> [(key: String, value: String)] {
        var found: [(key: String, value: String)] = []
        var index = 0
        while index + 1 < statement.count {
            guard case .word(let key) = statement[index], statement[index + 1] == .equals else {
                index += 1
                continue
            }
            var value: ArraySlice<UInt8> = []
            index += 2
            if index < statement.count {
                switch statement[index] {
                case .word(let bytes), .quoted(let bytes):
                    value = bytes
                    index += 1
                default:
                    break
                }
            }
            found.append((StructuredFieldTokenizer.text(key.map(ASCII.lowercase)),
                          StructuredFieldTokenizer.text(value)))
        }
        return found
    }
}
