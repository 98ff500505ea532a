/// The library's reading of a parsed message: the decoded text, links, attachments and
/// sender/route facts that features and rules look at.
///
/// Unlike ``MIMESummary`` (the comparison view), this is the richest reading: undeclared 8-bit
/// text is charset-detected, HTML is rendered to visible text, form actions and image sources
/// are links too, TNEF and uuencoded files are attachments.
///
/// Post-delivery header fields (those a gateway never sees, see ``PostDeliveryHeaders``) are
/// not read into it at all.
public struct MessageContent: Sendable {
    /// Where a link was found.
    public enum LinkSource: String, Sendable, Hashable, Codable {
        case plainText, htmlAnchor, htmlImage, htmlForm, htmlOther
    }

    /// One link (URL as written, not yet normalised) with the text a reader sees for it.
    public struct Link: Sendable, Hashable {
        public var url: String
        public var anchorText: String
        public var source: LinkSource
        public init(url: String, anchorText: String = "", source: LinkSource) {
            self.url = url
            self.anchorText = anchorText
            self.source = source
        }
    }

    /// One attachment (or inline non-text leaf), including files inside TNEF and uuencode.
    public struct Attachment: Sendable, Hashable {
        /// Decoded file name, `""` when none was given.
        public var filename: String
        /// Declared media type of the part (`application/octet-stream` for embedded files).
        public var declaredType: String
        /// Type sniffed from the bytes.
        public var sniffedType: FileType
        /// Size in bytes after transfer decoding.
        public var size: Int
        /// Lower-case hex SHA-256 of the bytes.
        public var sha256: String
        /// True when the part's disposition is `inline` (or none was given).
        public var isInline: Bool
        /// Index of the MIME part it came from.
        public var partIndex: Int
        /// True for files found inside another attachment (TNEF) or text (uuencode).
        public var isEmbedded: Bool
        /// The decoded bytes, kept for signals that look inside (archives); may be empty when
        /// the part was over the decoded-bytes limit.
        public var data: ArraySlice<UInt8>

        /// The lower-cased file name extension, without the dot (`""` when none).
        public var fileExtension: String {
            guard let dot = filename.lastIndex(of: "."), dot != filename.index(before: filename.endIndex) else { return "" }
            return String(filename[filename.index(after: dot)...]).lowercased()
        }
    }

    /// Decoded Subject (line text).
    public var subject: String = ""
    /// From, Reply-To, Sender, To and Cc mailboxes.
    public var from: [Mailbox] = []
    public var replyTo: [Mailbox] = []
    public var sender: [Mailbox] = []
    public var to: [Mailbox] = []
    public var cc: [Mailbox] = []
    /// The address of `Return-Path`, lower-cased, `""` when absent.
    public var returnPath: String = ""
    /// The Date field, if it parsed.
    public var date: MessageDate?
    /// The raw Date field text was present.
    public var hasDateField: Bool = false
    /// Message-ID without angle brackets, if any.
    public var messageID: String?
    /// `X-Mailer` or `User-Agent` value (line text), `""` when absent.
    public var mailer: String = ""
    /// Received hops, top-most first, with the top-most (the collector's own) removed. Parsed on
    /// first read: the model does not use them (see `SenderFeatures`), rules and people may.
    public var receivedHops: [ReceivedHop] {
        get {
            switch receivedStorage {
            case .fields(let values): return values.map { ReceivedHop.parse($0) }
            case .parsed(let hops): return hops
            }
        }
        set { receivedStorage = .parsed(newValue) }
    }

    /// The Received field values as read, or hops set directly.
    enum ReceivedStorage: Sendable {
        case fields([[UInt8]])
        case parsed([ReceivedHop])
    }

    var receivedStorage: ReceivedStorage = .parsed([])
    /// Authentication-Results method/result pairs (collector's authserv-id not used).
    public var authenticationResults: [AuthenticationResults] = []

    /// Text of every `text/plain` leaf that is not an attachment, decoded and body-normalised.
    public var plainText: String = ""
    /// Visible text rendered from every `text/html` leaf that is not an attachment.
    public var htmlVisibleText: String = ""
    /// Bytes of HTML seen (after decoding), for layout features.
    public var htmlLength: Int = 0
    /// The scanned HTML documents.
    public var htmlDocuments: [HTMLContent] = []
    /// Every link from text and HTML, in order of appearance.
    public var links: [Link] = []
    /// Attachments and embedded files.
    public var attachments: [Attachment] = []
    /// Media types of all leaves in order, e.g. `["text/plain", "text/html"]`.
    public var leafTypes: [String] = []
    /// The top-level media type.
    public var topLevelType: String = "text/plain"
    /// Defect kinds recorded while parsing.
    public var defectKinds: [MIMEDefect.Kind] = []
    /// True when a parse limit (``ParseLimits``) or a content limit (``ContentLimits``) was hit:
    /// the message was not read in full.
    public var hitLimit: Bool = false
    /// True when a text part or a header value was longer than ``ContentLimits`` allow and was
    /// read in part.
    public var exceededContentLimits: Bool = false
    /// The top-level header fields a gateway can see, in order: post-delivery fields removed
    /// (the top-most `Received`, the collector's hop, is still here; ``receivedHops`` drops it).
    public var headers: [HeaderField] {
        get {
            switch headerStorage {
            case .visible(let all, let indices): return indices.map { all[$0] }
            case .fields(let fields): return fields
            }
        }
        set { headerStorage = .fields(newValue) }
    }

    /// The names (lower-cased) of the header fields a gateway can see, in order.
    public var headerNames: [String] {
        get { headerNameOverride ?? headers.map(\.lowercasedName) }
        set { headerNameOverride = newValue }
    }

    /// The message's fields and the indices of the visible ones (no per-field copy while
    /// reading), or fields set directly.
    enum HeaderStorage: Sendable {
        case visible(HeaderFields, [Int])
        case fields([HeaderField])
    }

    var headerStorage: HeaderStorage = .fields([])
    /// Names set directly (tests, hand-built content) instead of read from ``headers``.
    var headerNameOverride: [String]?

    /// An empty content record.
    public init() {}
}
