#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decoding through the C library's `iconv`, for the rare Japanese codecs that
/// have no generated table here (JIS X 0213, ISO-2022-JP-2/3/2004, JIS X 0212).
///
/// A converter is opened per use and never shared. Invalid input becomes U+FFFD
/// and decoding resumes one byte later; an incomplete sequence at the end becomes
/// one U+FFFD.
final class IconvDecoder {
    private let descriptor: iconv_t

    /// Opens a converter from `encoding` (a C library name such as `"EUC-JP"`) to UTF-8.
    init?(encoding: String) {
        let opened = iconv_open("UTF-8", encoding)
        guard let opened, opened != iconv_t(bitPattern: -1) else { return nil }
        descriptor = opened
    }

    /// The default recovery: one U+FFFD for one byte.
    static func replaceOneByte(_ rest: UnsafeRawBufferPointer, _ output: inout UTF8Output) -> Int {
        output.appendReplacement()
        return 1
    }

    deinit {
        iconv_close(descriptor)
    }

    /// Decodes all of `input` with a converter for `encoding`; nil when the C library
    /// does not know `encoding`.
    static func decode(_ input: UnsafeRawBufferPointer, encoding: String) -> String? {
        guard let decoder = IconvDecoder(encoding: encoding) else { return nil }
        var output = UTF8Output(capacity: input.count * 2)
        decoder.decode(input, into: &output)
        return output.makeString()
    }

    /// Decodes `input` as one complete text (the shift state starts fresh), appending to `output`.
    ///
    /// At an invalid sequence `recover` gets the rest of the input (starting at the
    /// offending byte), writes a replacement and returns how many bytes to skip
    /// (at least 1); by default it writes U+FFFD and skips one byte.
    func decode(
        _ input: UnsafeRawBufferPointer, into output: inout UTF8Output,
        recover: (UnsafeRawBufferPointer, inout UTF8Output) -> Int = IconvDecoder.replaceOneByte
    ) {
        _ = iconv(descriptor, nil, nil, nil, nil)  // reset the shift state
        guard let inputBase = input.baseAddress, input.count > 0 else { return }
        let chunkSize = 4096
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: chunkSize) { chunk in
            guard let chunkBase = chunk.baseAddress else { return }
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(
                mutating: inputBase.assumingMemoryBound(to: CChar.self))
            var inLeft = input.count
            var finished = false
            while !finished {
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(chunkBase)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = chunkSize
                let result: Int
                if inLeft > 0 {
                    result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                } else {
                    result = iconv(descriptor, nil, nil, &outPointer, &outLeft)  // flush
                    finished = result != -1 || errno != E2BIG
                }
                let failure = result == -1 ? errno : 0
                output.append(utf8Bytes: UnsafeRawBufferPointer(start: chunkBase, count: chunkSize - outLeft))
                guard inLeft > 0, result == -1 else { continue }
                switch failure {
                case E2BIG:
                    continue
                case EINVAL:  // incomplete sequence at the end of the input
                    output.appendReplacement()
                    inLeft = 0
                default:  // EILSEQ and anything unexpected
                    guard let current = inPointer else {
                        inLeft = 0
                        continue
                    }
                    let rest = UnsafeRawBufferPointer(start: current, count: inLeft)
                    let skipped = min(max(1, recover(rest, &output)), inLeft)
                    inPointer = current + skipped
                    inLeft -= skipped
                }
            }
        }
    }
}
