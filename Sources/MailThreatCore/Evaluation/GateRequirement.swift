/// One accuracy requirement a corpus must meet, as written in a gate file (`key=value`).
///
/// | key                  | requirement                                       |
/// |----------------------|---------------------------------------------------|
/// | `min_catch`          | catch % ≥ value                                   |
/// | `max_fp`             | false-positive % (hm %) ≤ value                   |
/// | `max_lam`            | lam % ≤ value                                     |
/// | `max_1roca`          | 1-ROCA % ≤ value                                  |
/// | `min_flagged_LABEL`  | share of LABEL messages flagged ≥ value           |
/// | `max_flagged_LABEL`  | share of LABEL messages flagged ≤ value           |
/// | `min_messages`       | at least this many messages evaluated (integer)   |
///
/// Percentages take at most four decimals and an optional `%`: `99.8`, `0.01%`.
public enum GateRequirement: Sendable, Hashable {
    /// Catch % (unwanted mail flagged) at least the limit.
    case minCatch(PercentThreshold)
    /// False-positive % (ham flagged) at most the limit.
    case maxFalsePositives(PercentThreshold)
    /// lam % at most the limit.
    case maxLAM(PercentThreshold)
    /// 1-ROCA % at most the limit.
    case maxAreaAboveROC(PercentThreshold)
    /// Flagged share of one label at least the limit (e.g. all-phish corpora).
    case minFlagged(label: String, PercentThreshold)
    /// Flagged share of one label at most the limit (e.g. `max_flagged_ham`).
    case maxFlagged(label: String, PercentThreshold)
    /// At least this many messages were evaluated (guards against an empty run passing).
    case minMessages(Int)

    /// The key as written in a gate file: `min_catch`, `min_flagged_phish`, ….
    public var key: String {
        switch self {
        case .minCatch: return "min_catch"
        case .maxFalsePositives: return "max_fp"
        case .maxLAM: return "max_lam"
        case .maxAreaAboveROC: return "max_1roca"
        case .minFlagged(let label, _): return "min_flagged_\(label)"
        case .maxFlagged(let label, _): return "max_flagged_\(label)"
        case .minMessages: return "min_messages"
        }
    }

    /// The fixed keys (the per-label ones take a label after `min_flagged_` / `max_flagged_`).
    public static let knownKeys = [
        "min_catch", "max_fp", "max_lam", "max_1roca", "min_flagged_LABEL", "max_flagged_LABEL", "min_messages",
    ]

    /// Parses `key` and `value` from a gate file; the error text says what was wrong.
    static func parse(key: String, value: String) -> Result<GateRequirement, GateRequirementError> {
        if key == "min_messages" {
            guard !value.isEmpty, value.count <= 12, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  let count = Int(value) else {
                return .failure(GateRequirementError("min_messages=\(value): expected a whole number of messages, e.g. min_messages=100"))
            }
            return .success(.minMessages(count))
        }
        let make: (PercentThreshold) -> GateRequirement
        switch key {
        case "min_catch": make = { .minCatch($0) }
        case "max_fp": make = { .maxFalsePositives($0) }
        case "max_lam": make = { .maxLAM($0) }
        case "max_1roca": make = { .maxAreaAboveROC($0) }
        default:
            if let label = labelSuffix(key, prefix: "min_flagged_") {
                make = { .minFlagged(label: label, $0) }
            } else if let label = labelSuffix(key, prefix: "max_flagged_") {
                make = { .maxFlagged(label: label, $0) }
            } else {
                return .failure(GateRequirementError("unknown key '\(key)' (known: \(knownKeys.joined(separator: ", ")))"))
            }
        }
        guard let limit = PercentThreshold(parsing: value) else {
            return .failure(GateRequirementError(
                "\(key)=\(value): expected a percentage from 0 to 100 with at most \(PercentThreshold.maximumDecimals) decimals, e.g. \(key)=99.8"))
        }
        return .success(make(limit))
    }

    private static func labelSuffix(_ key: String, prefix: String) -> String? {
        guard key.hasPrefix(prefix) else { return nil }
        let label = String(key.dropFirst(prefix.count))
        return label.isEmpty ? nil : label
    }
}

/// Why a `key=value` pair is not a valid requirement.
struct GateRequirementError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
