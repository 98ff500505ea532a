/// A gate file line that could not be read.
///
/// ```swift
/// error.description   // "gate file line 3: unknown key 'min_cach' (known: min_catch, …)"
/// ```
public struct GateFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line number.
    public let line: Int
    /// What is wrong with the line.
    public let message: String

    /// Creates an error for `line`.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// `"gate file line N: message"`.
    public var description: String { "gate file line \(line): \(message)" }
}
