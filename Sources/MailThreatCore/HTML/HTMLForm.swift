/// A `<form>` (or the implicit form of inputs outside any form) of an HTML body.
public struct HTMLForm: Sendable, Equatable {
    /// The `action` attribute (cleaned like ``HTMLLink/href``); `nil` when absent or implicit.
    public var action: String?
    /// The lower-cased `method` attribute, if present.
    public var method: String?
    /// `true` for the form collecting inputs that appear outside any `<form>`.
    public var isImplicit = false
    /// All `<input>` elements.
    public var inputCount = 0
    /// `<input type=password>`.
    public var passwordInputCount = 0
    /// `<input type=hidden>`.
    public var hiddenInputCount = 0
    /// Text-like inputs: text, email, tel, number, search, url and unknown types.
    public var textInputCount = 0
    /// `<input type=submit|image|button>` and `<button>`.
    public var submitCount = 0
    /// `<textarea>` and `<select>`.
    public var otherFieldCount = 0
    /// The `name` (or `id`) attributes of the fields, lower-cased (at most 32).
    public var fieldNames: [String] = []

    /// A form with no fields counted yet.
    public init(action: String? = nil, method: String? = nil, isImplicit: Bool = false) {
        self.action = action
        self.method = method
        self.isImplicit = isImplicit
    }
}
