import Foundation

/// NFC for text where some scalars are not NFC-stable: the text is cut before
/// every stable scalar, and only the pieces holding an unstable scalar go through
/// Foundation's NFC, followed by ``PostCompositionPass`` (the fold and a Hangul fix).
///
/// Hostile input: Foundation's canonical reordering is quadratic in the length of a
/// run of combining marks (100,000 marks take seconds), so a piece is also cut after
/// ``maximumPieceBytes``. Real text never comes close (Unicode's stream-safe format
/// allows 30 marks in a row); for longer runs the result is NFC piece by piece.
enum SegmentedNFC {
    /// The longest piece handed to Foundation in one call.
    static let maximumPieceBytes = 256

    /// The normalised UTF-8, or nil when NFC changes nothing.
    static func apply(_ input: UnsafeRawBufferPointer) -> [UInt8]? {
        let count = input.count
        var output: [UInt8] = []
        var changed = false
        var copiedUpTo = 0
        var segmentStart = 0
        var segmentIsDirty = false
        var index = 0

        func flushSegment(endingAt end: Int) {
            guard segmentIsDirty, segmentStart < end else { return }
            segmentIsDirty = false
            let piece = UnsafeRawBufferPointer(rebasing: input[segmentStart..<end])
            let normalized = normalizePiece(String(decoding: piece, as: UTF8.self))
            if normalized.utf8.elementsEqual(piece) { return }
            if !changed {
                changed = true
                output.reserveCapacity(count + 16)
            }
            output.append(contentsOf: UnsafeRawBufferPointer(rebasing: input[copiedUpTo..<segmentStart]))
            output.append(contentsOf: normalized.utf8)
            copiedUpTo = end
        }

        while index < count {
            let lead = input[index]
            if lead < 0x80 {
                // ASCII is stable: a dirty piece ends here; skip the rest of the ASCII run.
                flushSegment(endingAt: index)
                index += 1
                while count - index >= 8,
                    input.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                while index < count, input[index] < 0x80 {
                    index += 1
                }
                segmentStart = index - 1
                continue
            }
            let start = index
            let (scalar, length) = StructuralPass.decodeScalar(input, at: index)
            index += length
            if NFCStableScalars.contains(scalar) {
                flushSegment(endingAt: start)
                segmentStart = start
            } else {
                if segmentIsDirty, start - segmentStart >= maximumPieceBytes {
                    flushSegment(endingAt: start)
                    segmentStart = start
                }
                segmentIsDirty = true
            }
        }
        flushSegment(endingAt: count)
        guard changed else { return nil }
        output.append(contentsOf: UnsafeRawBufferPointer(rebasing: input[copiedUpTo...]))
        return output
    }

    /// NFC of one piece, with the fixes Foundation needs.
    static func normalizePiece(_ piece: String) -> String {
        // Foundation's NFC leaves the marks of consecutive multi-mark decompositions
        // unsorted (U+0F73 U+0F73 gives 0F71 0F72 0F71 0F72); a second pass sorts them.
        let composed = piece.precomposedStringWithCanonicalMapping.precomposedStringWithCanonicalMapping
        return PostCompositionPass.apply(composed)
    }
}
