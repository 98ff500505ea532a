/// Something wrong or unusual found while parsing, recorded on the part where it was found.
///
/// Defects never stop parsing. They are signals for the later stages (features and rules):
/// real mail from broken mailers has a few, spam kits and evasion attempts have many.
public struct MIMEDefect: Sendable, Hashable, CustomStringConvertible {
    /// The kinds of defects the parser records.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        // Header block
        /// The header block ended at a line that is neither a field nor a continuation.
        case missingHeaderBodySeparator
        /// A header line without a field name (`: value`) or a continuation before any field.
        case malformedHeaderLine
        /// An mbox `From ` line inside the header block (other than a leading one).
        case misplacedEnvelopeLine
        /// Raw 8-bit bytes in a header field (not RFC 2047 encoded).
        case eightBitHeader
        /// NUL bytes in headers or body.
        case nulByte
        // Multipart structure
        /// `multipart/*` without a usable `boundary` parameter.
        case missingBoundaryParameter
        /// No delimiter line of the declared boundary was found.
        case startBoundaryNotFound
        /// The close delimiter (`--boundary--`) is missing.
        case closeBoundaryNotFound
        // Transfer encodings
        /// Base64 data contained bytes outside the alphabet, bad padding or a dangling character.
        case invalidBase64
        /// Quoted-printable data contained `=` not followed by two hex digits or a line end.
        case invalidQuotedPrintable
        /// An unknown Content-Transfer-Encoding value.
        case unknownTransferEncoding
        /// The declared Content-Type could not be parsed; `text/plain` was assumed.
        case invalidContentType
        // Limits
        /// Nesting deeper than ``ParseLimits/maxNestingDepth``.
        case nestingLimitExceeded
        /// More entities than ``ParseLimits/maxParts``.
        case partLimitExceeded
        /// A header block larger than ``ParseLimits/maxHeaderBlockBytes`` or with more than
        /// ``ParseLimits/maxHeaderFields`` fields.
        case headerLimitExceeded
        /// Transfer decoding stopped at ``ParseLimits/maxDecodedBytes``.
        case decodedSizeLimitExceeded

        /// True for the kinds that mean a configured limit cut the parse short.
        public var isLimit: Bool {
            switch self {
            case .nestingLimitExceeded, .partLimitExceeded, .headerLimitExceeded, .decodedSizeLimitExceeded:
                return true
            default:
                return false
            }
        }
    }

    /// What was found.
    public var kind: Kind
    /// Index of the part (in ``ParsedMessage/parts``) where it was found.
    public var partIndex: Int
    /// A short human-readable detail (never message content longer than a few bytes).
    public var detail: String

    /// Creates a defect record.
    public init(_ kind: Kind, partIndex: Int, detail: String = "") {
        self.kind = kind
        self.partIndex = partIndex
        self.detail = detail
    }

    public var description: String {
        detail.isEmpty ? "\(kind.rawValue) (part \(partIndex))" : "\(kind.rawValue) (part \(partIndex)): \(detail)"
    }
}
