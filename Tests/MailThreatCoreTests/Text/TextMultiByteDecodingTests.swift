import Testing
@testable import MailThreatCore

/// Chinese and Korean code pages. Expected texts are CPython's (`mime-oracle.py`
/// `decode_bytes`), runs of U+FFFD collapsed.
struct TextMultiByteDecodingTests {
    static let vectors: [DecodingVector] = [
        DecodingVector("gb2312", [0xC4, 0xE3, 0xBA, 0xC3, 0xA3, 0xAC, 0xCA, 0xC0, 0xBD, 0xE7],
                       "\u{4F60}\u{597D}\u{FF0C}\u{4E16}\u{754C}",
                       "GBK text"),
        DecodingVector("gb2312", [0xA1, 0xAA, 0xA1, 0xA4, 0xA8, 0x44],
                       "\u{2014}\u{B7}\u{2015}",
                       "GBK overrides of GB2312 cells"),
        DecodingVector("gbk", [0x81, 0x30, 0x81, 0x30, 0x84, 0x31, 0xA4, 0x39, 0x90, 0x30, 0x81, 0x30, 0xE3, 0x32, 0x9A, 0x35],
                       "\u{80}\u{FFFF}\u{10000}\u{10FFFF}",
                       "four-byte BMP and supplementary"),
        DecodingVector("gb18030", [0xAA, 0xA1, 0xA6, 0xD9, 0xFE, 0x51],
                       "\u{E000}\u{E78D}\u{E816}",
                       "user-defined areas to PUA"),
        DecodingVector("gb18030", [0x80, 0x41, 0xFF, 0x42, 0x81, 0x30, 0x81, 0x5A, 0xC4],
                       "\u{FFFD}A\u{FFFD}B\u{FFFD}0\u{4E51}\u{FFFD}",
                       "invalid lead, bad four-byte, truncated"),
        DecodingVector("gb18030", [0x78, 0x81, 0x30, 0x41],
                       "x\u{FFFD}",
                       "four-byte prefix cut at the end"),
        DecodingVector("big5", [0xA4, 0xA4, 0xA4, 0xE5, 0xB8, 0xEA, 0xB0, 0x54, 0xBA, 0xF4, 0xB8, 0xF4],
                       "\u{4E2D}\u{6587}\u{8CC7}\u{8A0A}\u{7DB2}\u{8DEF}",
                       "Big5 text"),
        DecodingVector("big5", [0xA3, 0xE1, 0xF9, 0xFE, 0xA1, 0x45],
                       "\u{20AC}\u{2593}\u{2027}",
                       "cp950 additions (euro, box drawing)"),
        DecodingVector("big5", [0xA4, 0x40, 0x81, 0x40, 0xA4],
                       "\u{4E00}\u{FFFD}@\u{FFFD}",
                       "invalid pair, truncated"),
        DecodingVector("big5-hkscs", [0x88, 0x62, 0x88, 0x40, 0x9D, 0x41, 0xA4, 0x40],
                       "\u{CA}\u{304}\u{31C0}\u{281AF}\u{4E00}",
                       "HKSCS two-scalar and non-BMP entries"),
        DecodingVector("ks_c_5601-1987", [0xBE, 0xC8, 0xB3, 0xE7, 0xC7, 0xCF, 0xBC, 0xBC, 0xBF, 0xE4, 0x20, 0x8C, 0x63, 0xB9, 0xE6, 0xB0, 0xA2, 0xC7, 0xCF],
                       "\u{C548}\u{B155}\u{D558}\u{C138}\u{C694} \u{B620}\u{BC29}\u{AC01}\u{D558}",
                       "EUC-KR and UHC syllables"),
        DecodingVector("euc-kr", [0xB0, 0xA1, 0xA1, 0x41, 0xC9, 0xA1, 0xFE, 0xFE, 0xB0],
                       "\u{AC00}\u{C8A5}\u{FFFD}\u{FFE2}\u{FFFD}",
                       "invalid, user-defined, truncated"),
        DecodingVector("johab", [0xD0, 0x65, 0x8A, 0x82, 0xB4, 0xE1, 0x20, 0x88, 0x41, 0x20, 0x84, 0x61, 0x20, 0xF7, 0xD3, 0xF1, 0xAE, 0x20, 0xDC, 0xE7],
                       "\u{D55C}\u{AD6D}\u{C5B4} \u{3131} \u{314F} \u{6F22}\u{5B57} \u{2460}",
                       "Johab syllables, jamo, hanja, symbols"),
        DecodingVector("johab", [0x84, 0x41, 0x88, 0x61, 0x80, 0x41, 0xD9, 0x31, 0xDF, 0x31],
                       "\u{3000}\u{AC00}\u{FFFD}A\u{3000}\u{FFFD}1",
                       "Johab filler, invalid leads"),
        DecodingVector("iso-2022-kr", [0x1B, 0x24, 0x29, 0x43, 0x0E, 0x3E, 0x48, 0x0F, 0x20, 0x41, 0x20, 0x0E, 0x21, 0x21, 0x7F, 0x7F, 0x0A, 0x30, 0x21],
                       "\u{C548} A \u{3000}\u{FFFD}\u{A}0!",
                       "ISO-2022-KR shifts, invalid pair, LF reset"),
        DecodingVector("iso-2022-kr", [0x1B, 0x24, 0x29, 0x5A, 0x0E, 0x41, 0x42, 0x1B, 0x78, 0x79, 0xE9, 0x5A],
                       "\u{FFFD}AB\u{1B}xy\u{E9}Z",
                       "ISO-2022-KR bad designation, ESC passthrough"),
        DecodingVector("hz-gb-2312", [0x48, 0x69, 0x20, 0x7E, 0x7B, 0x3C, 0x3A, 0x4B, 0x79, 0x32, 0x3B, 0x53, 0x7B, 0x7E, 0x7D, 0x20, 0x7E, 0x7E, 0x20, 0x7E, 0x0A, 0x6E, 0x65, 0x78, 0x74],
                       "Hi \u{5DF1}\u{6240}\u{4E0D}\u{6B32} ~ next",
                       "HZ text, tilde escape, line continuation"),
        DecodingVector("hz", [0x7E, 0x7B, 0x21, 0x24, 0x21, 0x2A, 0x7E, 0x7E, 0x0A, 0x7E, 0x7D, 0x7E, 0x7B, 0x78],
                       "\u{30FB}\u{2015}\u{FFFD}",
                       "HZ GB2312 cells, invalid in GB mode"),
    ]

    @Test("decodes like CPython", arguments: vectors)
    func decodesLikeCPython(_ vector: DecodingVector) {
        #expect(vector.decoded == vector.expectedScalars)
    }

    @Test func everyCodecDecodesEveryBytePairWithoutTrapping() {
        var input: [UInt8] = []
        for lead in 0x80...0xFF {
            for trail in 0...0xFF {
                input.append(UInt8(lead))
                input.append(UInt8(trail))
            }
        }
        for codec in CharsetCodec.allCases {
            let text = Charset(codec: codec).decode(input)
            #expect(!text.isEmpty, "\(codec)")
        }
    }

    @Test func tablesDecodeTheirFullGrid() {
        // GB18030 two-byte area is total over GBK leads/trails (CPython: 23940 defined pairs).
        let table = DoubleByteTable.gb18030
        var defined = 0
        for lead in 0x81...0xFE {
            for trail in 0x40...0xFE where trail != 0x7F {
                let entry = table.pairs[(lead - 0x80) << 8 | trail]
                if entry < 0xD800 || entry > 0xDFFF { defined += 1 }
            }
        }
        #expect(defined == 23940)
        // cp932 single bytes: 0x80, 0xA0 and 0xFD-0xFF are characters, as in CPython.
        #expect(DoubleByteTable.cp932.singles[0] == 0x80)
        #expect(DoubleByteTable.cp932.singles[0x20] == 0xF8F0)
        #expect(DoubleByteTable.cp932.singles[0x7F] == 0xF8F3)
        #expect(DoubleByteTable.cp932.singles[0x01] == DoubleByteTable.leadMarker)
    }

    @Test func emptyInputGivesEmptyText() {
        for codec in CharsetCodec.allCases {
            #expect(Charset(codec: codec).decode([UInt8]()) == "")
        }
    }

    @Test func sliceAndRawBufferAgreeWithArray() {
        let bytes: [UInt8] = [0x41, 0xC4, 0xE3, 0xBA, 0xC3, 0x42]
        let charset = Charset.forLabel("gb2312")
        #expect(charset.decode(bytes[1...4]) == "\u{4F60}\u{597D}")
        bytes.withUnsafeBytes { raw in
            #expect(charset.decode(raw) == "A\u{4F60}\u{597D}B")
        }
    }
}
