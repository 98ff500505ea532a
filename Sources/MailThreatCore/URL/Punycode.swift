/// Punycode (RFC 3492), the encoding of Unicode domain labels in ASCII (`xn--` labels).
///
/// ```swift
/// Punycode.encode("bücher")      // "bcher-kva"
/// Punycode.decode("bcher-kva")   // "bücher"
/// ```
///
/// Both directions work on one label without the `xn--` prefix, reject overflow and
/// invalid digits (returning `nil`) and run in time linear in the output length times the
/// number of non-basic characters, with the label length capped at ``maximumLabelLength``.
public enum Punycode {
    private static let base = 36
    private static let tMin = 1
    private static let tMax = 26
    private static let skew = 38
    private static let damp = 700
    private static let initialBias = 72
    private static let initialN = 128
    /// Longest label accepted in either direction (DNS allows 63; some slack for junk, while
    /// keeping the quadratic worst case of the algorithm small).
    public static let maximumLabelLength = 253

    /// Encodes `label` (Unicode) to Punycode without the `xn--` prefix.
    public static func encode(_ label: String) -> String? {
        let input = label.unicodeScalars.map { Int($0.value) }
        guard input.count <= maximumLabelLength else { return nil }
        var output = input.filter { $0 < 0x80 }.map { UInt8($0) }
        let basicCount = output.count
        var handled = basicCount
        if basicCount > 0 { output.append(0x2D) }
        var n = initialN
        var delta = 0
        var bias = initialBias
        while handled < input.count {
            guard let m = input.filter({ $0 >= n }).min() else { break }
            let (product, overflow) = (m - n).multipliedReportingOverflow(by: handled + 1)
            guard !overflow, delta <= Int(Int32.max) - product else { return nil }
            delta += product
            n = m
            for character in input {
                if character < n {
                    delta += 1
                    guard delta <= Int(Int32.max) else { return nil }
                }
                if character == n {
                    var q = delta
                    var k = base
                    while true {
                        let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                        if q < t { break }
                        output.append(digit(t + (q - t) % (base - t)))
                        q = (q - t) / (base - t)
                        k += base
                    }
                    output.append(digit(q))
                    bias = adapt(delta: delta, count: handled + 1, first: handled == basicCount)
                    delta = 0
                    handled += 1
                }
            }
            delta += 1
            n += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes a Punycode `label` (without `xn--`); `nil` when it is not valid Punycode.
    public static func decode(_ label: String) -> String? {
        let input = Array(label.utf8)
        guard input.count <= maximumLabelLength, input.allSatisfy({ $0 < 0x80 }) else { return nil }
        var output: [Int] = []
        let delimiter = input.lastIndex(of: 0x2D)
        if let delimiter {
            output = input[..<delimiter].map { Int($0) }
        }
        var index = delimiter.map { $0 + 1 } ?? 0
        var n = initialN
        var i = 0
        var bias = initialBias
        while index < input.count {
            let oldI = i
            var w = 1
            var k = base
            while true {
                guard index < input.count, let value = digitValue(input[index]) else { return nil }
                index += 1
                let (product, overflow) = value.multipliedReportingOverflow(by: w)
                guard !overflow, i <= Int(Int32.max) - product else { return nil }
                i += product
                let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                if value < t { break }
                let (nextW, wOverflow) = w.multipliedReportingOverflow(by: base - t)
                guard !wOverflow, nextW <= Int(Int32.max) else { return nil }
                w = nextW
                k += base
            }
            bias = adapt(delta: i - oldI, count: output.count + 1, first: oldI == 0)
            guard i / (output.count + 1) <= Int(Int32.max) - n else { return nil }
            n += i / (output.count + 1)
            i %= output.count + 1
            guard n <= 0x10FFFF, !(0xD800...0xDFFF).contains(n), output.count < maximumLabelLength else { return nil }
            output.insert(n, at: i)
            i += 1
        }
        var scalars = String.UnicodeScalarView()
        for value in output {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    private static func adapt(delta: Int, count: Int, first: Bool) -> Int {
        var delta = first ? delta / damp : delta / 2
        delta += delta / count
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }

    private static func digit(_ value: Int) -> UInt8 {
        value < 26 ? UInt8(0x61 + value) : UInt8(0x30 + value - 26)
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x30...0x39: return Int(byte) - 0x30 + 26
        case 0x41...0x5A: return Int(byte) - 0x41
        case 0x61...0x7A: return Int(byte) - 0x61
        default: return nil
        }
    }
}
