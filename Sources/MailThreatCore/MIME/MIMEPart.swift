/// One MIME entity of a parsed message: a container (multipart or embedded message) or a leaf.
///
/// Parts live in ``ParsedMessage/parts`` in depth-first order; `parts[0]` is the message itself.
/// Bodies are zero-copy slices of the message bytes unless a transfer encoding had to be decoded.
public struct MIMEPart: Sendable {
    /// What role the entity plays in the tree.
    public enum Kind: Sendable, Hashable {
        /// `multipart/*` with parsed children.
        case multipart
        /// `message/rfc822` or `message/global`: one child, the embedded message.
        case embeddedMessage
        /// A leaf: any other type, a `multipart/*` whose structure could not be found, or an
        /// entity below the nesting limit.
        case leaf
    }

    /// Position in ``ParsedMessage/parts``.
    public let index: Int
    /// Index of the enclosing entity; `nil` for the message itself.
    public let parent: Int?
    /// Nesting depth; the message is 0.
    public let depth: Int
    /// Indices of the children, in order (containers only).
    public internal(set) var children: [Int]
    /// The entity's own header fields (for `parts[0]`, the message header).
    public let headers: HeaderFields
    /// Lower-case `type/subtype` from the first Content-Type field (README 5.2 rule), or the
    /// default (`text/plain`, or `message/rfc822` inside `multipart/digest`).
    public let mediaType: String
    /// True when no Content-Type field was present and ``mediaType`` is the default.
    public let mediaTypeIsDefault: Bool
    /// The role of the entity.
    public let kind: Kind
    /// Declared transfer encoding.
    public let transferEncoding: TransferEncoding
    /// The body bytes as they stand in the message, before transfer decoding (for containers,
    /// the whole body including preamble and epilogue).
    public let rawBody: ArraySlice<UInt8>
    /// The body after transfer decoding (base64 and quoted-printable); empty for containers.
    public let body: ArraySlice<UInt8>
    /// True when the body was cut by ``ParseLimits/maxDecodedBytes``.
    public let bodyTruncated: Bool

    /// The `type` half of ``mediaType``.
    public var topLevelType: Substring { mediaType.split(separator: "/", maxSplits: 1).first ?? "" }
    /// True for leaves.
    public var isLeaf: Bool { kind == .leaf }
    /// True for `text/*` leaves.
    public var isText: Bool { kind == .leaf && mediaType.hasPrefix("text/") }
    /// True for the `message/*` leaves other than rfc822/global (delivery-status, partial,
    /// external-body, …) whose bodies the MIME-summary contract does not hash.
    public var isOpaqueMessageLeaf: Bool { kind == .leaf && mediaType.hasPrefix("message/") && !mediaTypeIsDefault }
}
