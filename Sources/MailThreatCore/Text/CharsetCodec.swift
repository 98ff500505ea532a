/// The decoders behind ``Charset``: one case per Python codec named in the
/// oracle's charset label table (README section 4.3). The raw value is the
/// Python codec name, which is also ``Charset/name``.
enum CharsetCodec: String, Sendable, Hashable, CaseIterable {
    // Unicode encoding forms.
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case utf16LittleEndian = "utf-16-le"
    case utf16BigEndian = "utf-16-be"
    case utf32 = "utf-32"
    case utf32LittleEndian = "utf-32-le"
    case utf32BigEndian = "utf-32-be"
    case utf7 = "utf-7"

    // Single-byte code pages (ASCII in 0x00-0x7F, a 128-entry table above).
    case cp1250, cp1251, cp1252, cp1253, cp1254, cp1255, cp1256, cp1257, cp1258
    case cp437, cp850, cp866, cp874
    case iso8859Part2 = "iso8859_2"
    case iso8859Part3 = "iso8859_3"
    case iso8859Part4 = "iso8859_4"
    case iso8859Part5 = "iso8859_5"
    case iso8859Part6 = "iso8859_6"
    case iso8859Part7 = "iso8859_7"
    case iso8859Part8 = "iso8859_8"
    case iso8859Part9 = "iso8859_9"
    case iso8859Part10 = "iso8859_10"
    case iso8859Part13 = "iso8859_13"
    case iso8859Part14 = "iso8859_14"
    case iso8859Part15 = "iso8859_15"
    case iso8859Part16 = "iso8859_16"
    case koi8R = "koi8_r"
    case koi8U = "koi8_u"
    case macRoman = "mac_roman"
    case macCyrillic = "mac_cyrillic"

    // Chinese.
    case gb18030
    case hz
    case cp950
    case big5HKSCS = "big5hkscs"

    // Korean.
    case cp949
    case johab
    case iso2022KR = "iso2022_kr"

    // Japanese.
    case cp932
    /// The oracle's own EUC-JP reader: JIS X 0208 through cp932 (README 4.3).
    case eucJPViaCP932 = "x-eucjp-ms"
    /// The oracle's own ISO-2022-JP reader: JIS X 0208 through cp932 (README 4.3).
    case iso2022JPViaCP932 = "x-iso2022jp-ms"
    case iso2022JP2 = "iso2022_jp_2"
    case iso2022JP3 = "iso2022_jp_3"
    case iso2022JP2004 = "iso2022_jp_2004"
    case shiftJIS2004 = "shift_jis_2004"
    case eucJIS2004 = "euc_jis_2004"
}
