/// The first pass of ``TextNormalization`` over UTF-8 bytes: drops one leading BOM
/// and turns CRLF/CR into LF (body), collapses U+FFFD runs, collapses and trims
/// `White_Space` (line), and folds vendor variants of NFC-stable scalars. Scalars
/// that are not NFC-stable are left for ``SegmentedNFC``, and so is U+2225 before
/// one of them (NFC must come first: U+2225 U+0338 composes to U+2226).
///
/// Unchanged stretches are copied in bulk; when nothing changes, no bytes are
/// produced at all.
enum StructuralPass {
    struct Result {
        /// The new text, or nil when the input is already what this pass would produce.
        var bytes: [UInt8]?
        /// A scalar that is not NFC-stable was seen.
        var needsNFC: Bool
    }

    /// Output that stays a view of the input until the first change.
    private struct LazyOutput {
        let input: UnsafeRawBufferPointer
        var bytes: [UInt8] = []
        var changed = false
        /// Input before this index is accounted for in `bytes` (once `changed`).
        var copiedUpTo = 0

        init(_ input: UnsafeRawBufferPointer) {
            self.input = input
        }

        /// Drops input[start..<end] and writes `replacement` in its place.
        mutating func replace(_ start: Int, _ end: Int, with replacement: UInt32?) {
            if !changed {
                changed = true
                bytes.reserveCapacity(input.count)
            }
            if copiedUpTo < start {
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: input[copiedUpTo..<start]))
            }
            if let replacement { Self.appendScalar(replacement, to: &bytes) }
            copiedUpTo = end
        }

        /// Appends the UTF-8 form of a Unicode scalar value.
        static func appendScalar(_ scalar: UInt32, to output: inout [UInt8]) {
            if scalar < 0x80 {
                output.append(UInt8(truncatingIfNeeded: scalar))
            } else if scalar < 0x800 {
                output.append(UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6))
                output.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
            } else if scalar < 0x10000 {
                output.append(UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12))
                output.append(UInt8(truncatingIfNeeded: 0x80 | (scalar >> 6) & 0x3F))
                output.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
            } else {
                output.append(UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18))
                output.append(UInt8(truncatingIfNeeded: 0x80 | (scalar >> 12) & 0x3F))
                output.append(UInt8(truncatingIfNeeded: 0x80 | (scalar >> 6) & 0x3F))
                output.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
            }
        }

        /// The finished bytes, or nil when nothing changed.
        mutating func finish() -> [UInt8]? {
            guard changed else { return nil }
            if copiedUpTo < input.count {
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: input[copiedUpTo...]))
            }
            return bytes
        }
    }

    static func run(_ input: UnsafeRawBufferPointer, mode: TextNormalization.Mode) -> Result {
        let count = input.count
        var output = LazyOutput(input)
        var needsNFC = false
        var index = 0
        var previousWasReplacement = false
        // Line mode: start of the pending whitespace run, and whether text was written.
        var whitespaceStart = -1
        var sawText = false

        if mode == .body, count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF {
            output.replace(0, 3, with: nil)
            index = 3
        }
        while index < count {
            if mode == .body {
                // Skip eight-byte stretches of ASCII without CR.
                var skipped = false
                while count - index >= 8 {
                    let word = input.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    let carriageReturns = word ^ 0x0D0D_0D0D_0D0D_0D0D
                    let hasCR = (carriageReturns &- 0x0101_0101_0101_0101) & ~carriageReturns & 0x8080_8080_8080_8080
                    if word & 0x8080_8080_8080_8080 != 0 || hasCR != 0 { break }
                    index += 8
                    skipped = true
                }
                if skipped { previousWasReplacement = false }
                // Skip NFC-stable two- and three-byte scalars that nothing here changes.
                let fastStart = index
                index = skipPlainNonASCII(input, from: index)
                if index > fastStart { previousWasReplacement = false }
                guard index < count else { break }
            }
            let start = index
            let lead = input[index]
            var scalar = UInt32(lead)
            if lead < 0x80 {
                index += 1
                // ASCII needs attention only for CR (body) and whitespace (line).
                if mode == .body {
                    previousWasReplacement = false
                    if lead == 0x0D {
                        if index < count, input[index] == 0x0A {
                            output.replace(start, index, with: nil)  // CRLF: drop the CR, keep the LF
                        } else {
                            output.replace(start, index, with: 0x0A)
                        }
                    }
                    continue
                }
            } else {
                let length: Int
                (scalar, length) = decodeScalar(input, at: index)
                index += length
            }

            if scalar == 0xFFFD {
                if previousWasReplacement {
                    output.replace(start, index, with: nil)
                    continue
                }
                previousWasReplacement = true
            } else {
                previousWasReplacement = false
            }

            if mode == .line {
                if Whitespace.contains(scalar) {
                    if whitespaceStart < 0 { whitespaceStart = start }
                    continue
                }
                if whitespaceStart >= 0 {
                    // A run before text: one space, or nothing at the start.
                    let isSingleSpace = start - whitespaceStart == 1 && input[whitespaceStart] == 0x20
                    if !sawText {
                        output.replace(whitespaceStart, start, with: nil)
                    } else if !isSingleSpace {
                        output.replace(whitespaceStart, start, with: 0x20)
                    }
                    whitespaceStart = -1
                }
                sawText = true
            }
            if scalar < 0x80 { continue }
            if !NFCStableScalars.contains(scalar) {
                needsNFC = true
            } else if let folded = VendorVariantFold.target(of: scalar) {
                // U+2225 + U+0338 (possibly after other marks) must compose to U+2226
                // first; before any unstable scalar the piece is left to NFC.
                let next = index < count && input[index] >= 0x80 ? decodeScalar(input, at: index).0 : 0
                let mayCompose = scalar == 0x2225 && !NFCStableScalars.contains(next)
                    && !(mode == .line && Whitespace.contains(next))
                if !mayCompose {
                    output.replace(start, index, with: folded)
                }
            }
        }
        if mode == .line, whitespaceStart >= 0 {
            output.replace(whitespaceStart, count, with: nil)  // trailing run
        }
        return Result(bytes: output.finish(), needsNFC: needsNFC)
    }

    /// The index after the run of two- and three-byte scalars starting at `start` that
    /// are NFC-stable and neither U+FFFD, CR nor a vendor-variant fold source (body text
    /// leaves such scalars as they are).
    static func skipPlainNonASCII(_ input: UnsafeRawBufferPointer, from start: Int) -> Int {
        let count = input.count
        var index = start
        return NFCStableScalars.basicPlane.withUnsafeBufferPointer { stableBits in
            while index + 1 < count {
                let lead = UInt32(input[index])
                let scalar: UInt32
                let length: Int
                if lead >= 0xC2, lead <= 0xDF {
                    scalar = (lead & 0x1F) << 6 | (UInt32(input[index + 1]) & 0x3F)
                    length = 2
                } else if lead >= 0xE0, lead <= 0xEF, index + 2 < count {
                    scalar = (lead & 0x0F) << 12 | (UInt32(input[index + 1]) & 0x3F) << 6
                        | (UInt32(input[index + 2]) & 0x3F)
                    if scalar == 0xFFFD || VendorVariantFold.target(of: scalar) != nil { break }
                    length = 3
                } else {
                    break
                }
                guard stableBits[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0 else { break }
                index += length
            }
            return index
        }
    }

    /// Decodes the scalar at `index` of valid UTF-8 (a Swift string's bytes);
    /// defensive against truncation.
    @inline(__always)
    static func decodeScalar(_ utf8: UnsafeRawBufferPointer, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(utf8[index])
        let remaining = utf8.count - index
        if lead >= 0xF0, remaining >= 4 {
            return ((lead & 0x07) << 18 | (UInt32(utf8[index + 1]) & 0x3F) << 12
                | (UInt32(utf8[index + 2]) & 0x3F) << 6 | (UInt32(utf8[index + 3]) & 0x3F), 4)
        }
        if lead >= 0xE0, remaining >= 3 {
            return ((lead & 0x0F) << 12 | (UInt32(utf8[index + 1]) & 0x3F) << 6
                | (UInt32(utf8[index + 2]) & 0x3F), 3)
        }
        if lead >= 0xC0, remaining >= 2 {
            return ((lead & 0x1F) << 6 | (UInt32(utf8[index + 1]) & 0x3F), 2)
        }
        return (0xFFFD, 1)
    }
}
