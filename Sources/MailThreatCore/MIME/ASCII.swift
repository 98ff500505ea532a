/// Byte constants and small ASCII helpers shared by the byte-level parsers.
@usableFromInline
enum ASCII {
    @usableFromInline static let tab: UInt8 = 0x09
    @usableFromInline static let lf: UInt8 = 0x0A
    @usableFromInline static let cr: UInt8 = 0x0D
    @usableFromInline static let space: UInt8 = 0x20
    @usableFromInline static let quote: UInt8 = 0x22
    @usableFromInline static let hyphen: UInt8 = 0x2D
    @usableFromInline static let colon: UInt8 = 0x3A
    @usableFromInline static let equals: UInt8 = 0x3D

    /// ASCII lower-casing of one byte; other bytes unchanged.
    @inlinable
    static func lowercase(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// Compares `bytes` with an already lower-case ASCII `lowercase`, ignoring ASCII case.
    @inlinable
    static func equalsIgnoringCase<C: Collection<UInt8>>(_ bytes: C, lowercase: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == lowercase.count else { return false }
        var i = 0
        for byte in bytes {
            if ASCII.lowercase(byte) != lowercase[i] { return false }
            i &+= 1
        }
        return true
    }

    /// True for SP and HTAB.
    @inlinable
    static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }
}
