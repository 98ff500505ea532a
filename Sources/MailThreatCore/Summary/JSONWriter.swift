/// A minimal, fast JSON serialiser for flat records (objects written in a fixed key order).
///
/// `JSONEncoder` neither keeps key order nor is fast enough for a million records, and the
/// MIME-summary output is a fixed shape; this writer appends straight into a UTF-8 buffer.
public struct JSONWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    private var hasItems: [Bool] = []
    private var afterKey = false

    /// Creates an empty writer.
    public init() {}

    /// The output as a string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func beginValue() {
        if afterKey { afterKey = false; return }
        if let last = hasItems.last {
            if last { bytes.append(0x2C) }
            hasItems[hasItems.count - 1] = true
        }
    }

    /// Starts an object (a value: inside an object, call ``key(_:)`` first).
    public mutating func beginObject() { beginValue(); bytes.append(0x7B); hasItems.append(false) }
    /// Ends the current object.
    public mutating func endObject() { bytes.append(0x7D); hasItems.removeLast() }
    /// Starts an array (a value).
    public mutating func beginArray() { beginValue(); bytes.append(0x5B); hasItems.append(false) }
    /// Ends the current array.
    public mutating func endArray() { bytes.append(0x5D); hasItems.removeLast() }

    /// Writes an object key; the next call writes its value.
    public mutating func key(_ name: String) {
        beginValue()
        appendQuoted(name)
        bytes.append(0x3A)
        afterKey = true
    }

    private static let null: [UInt8] = Array("null".utf8)

    /// Writes a string value (or `null`).
    public mutating func value(_ s: String?) {
        beginValue()
        if let s { appendQuoted(s) } else { bytes.append(contentsOf: Self.null) }
    }

    /// Writes an integer value (or `null`).
    public mutating func value(_ n: Int64?) {
        beginValue()
        if let n { bytes.append(contentsOf: String(n).utf8) } else { bytes.append(contentsOf: Self.null) }
    }

    /// Writes an integer value.
    public mutating func value(_ n: Int) { value(Int64(n)) }

    /// Writes a floating-point value (`null` for NaN and infinities).
    public mutating func value(_ x: Double) {
        beginValue()
        if x.isFinite { bytes.append(contentsOf: "\(x)".utf8) } else { bytes.append(contentsOf: Self.null) }
    }

    /// Writes a Boolean value.
    public mutating func value(_ b: Bool) {
        beginValue()
        bytes.append(contentsOf: (b ? "true" : "false").utf8)
    }

    /// Appends raw bytes (a newline between records, say). The caller keeps the JSON valid.
    public mutating func appendRaw(_ raw: String) { bytes.append(contentsOf: raw.utf8) }

    /// Empties the buffer, keeping its capacity.
    public mutating func reset() { bytes.removeAll(keepingCapacity: true); hasItems.removeAll(); afterKey = false }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendQuoted(_ s: String) {
        bytes.append(0x22)
        for byte in s.utf8 {
            switch byte {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0..<0x20:
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 15)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }
}
