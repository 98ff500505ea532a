/// Routes a byte buffer to the decoder for a codec.
enum CharsetDecoding {
    static func decode(_ bytes: UnsafeRawBufferPointer, codec: CharsetCodec) -> String {
        switch codec {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .utf16:
            return UTF16Decoder.decode(bytes, byteOrder: .detect)
        case .utf16LittleEndian:
            return UTF16Decoder.decode(bytes, byteOrder: .littleEndian)
        case .utf16BigEndian:
            return UTF16Decoder.decode(bytes, byteOrder: .bigEndian)
        case .utf32:
            return UTF32Decoder.decode(bytes, byteOrder: .detect)
        case .utf32LittleEndian:
            return UTF32Decoder.decode(bytes, byteOrder: .littleEndian)
        case .utf32BigEndian:
            return UTF32Decoder.decode(bytes, byteOrder: .bigEndian)
        case .utf7:
            return UTF7Decoder.decode(bytes)
        case .gb18030:
            return GB18030Decoder.decode(bytes)
        case .hz:
            return HZDecoder.decode(bytes)
        case .cp950:
            return DoubleByteDecoder.decode(bytes, table: .cp950)
        case .big5HKSCS:
            return DoubleByteDecoder.decode(
                bytes, table: .big5HKSCS, sequences: DoubleByteCodePageData.big5HKSCSSequences)
        case .cp949:
            return DoubleByteDecoder.decode(bytes, table: .cp949)
        case .johab:
            return JohabDecoder.decode(bytes)
        case .iso2022KR:
            return ISO2022KRDecoder.decode(bytes)
        case .cp932:
            return DoubleByteDecoder.decode(bytes, table: .cp932)
        case .eucJPViaCP932:
            return EUCJPViaCP932Decoder.decode(bytes)
        case .iso2022JPViaCP932:
            return ISO2022JPViaCP932Decoder.decode(bytes)
        case .iso2022JP2, .iso2022JP3, .iso2022JP2004, .shiftJIS2004, .eucJIS2004:
            return GlibcJapaneseDecoding.decode(bytes, codec: codec)
        default:
            if let decoder = SingleByteDecoder.forCodec(codec) {
                return decoder.decode(bytes)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}

extension CharsetCodec {
    /// For pure-ASCII input: the bytes that still need the decoder (escapes, shifts,
    /// `~`, `+`, ...); with none of them present the text is the bytes themselves.
    /// Nil when ASCII is never read as itself (UTF-16/32).
    var asciiBytesNeedingDecoder: [UInt8]? {
        switch self {
        case .utf16, .utf16LittleEndian, .utf16BigEndian, .utf32, .utf32LittleEndian, .utf32BigEndian:
            nil
        case .utf7:
            [UInt8(ascii: "+")]
        case .hz:
            [UInt8(ascii: "~")]
        case .shiftJIS2004:
            [UInt8(ascii: "\\"), UInt8(ascii: "~")]  // JIS X 0201 yen sign and overline
        case .iso2022KR, .iso2022JPViaCP932, .iso2022JP2, .iso2022JP3, .iso2022JP2004:
            [0x1B, 0x0E, 0x0F]
        default:
            []
        }
    }
}
