/// Collects tokens as strings for ``Tokenizer/tokens(in:)``.
struct TokenCollector: TokenHandler {
    var tokens: [String] = []
    var statistics = TextStatistics()

    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, shape: WordShape) -> Bool {
        tokens.append(String(decoding: bytes, as: UTF8.self))
        return true
    }

    mutating func cjk(_ bytes: UnsafeBufferPointer<UInt8>, characters: Int) -> Bool {
        tokens.append(String(decoding: bytes, as: UTF8.self))
        return true
    }

    mutating func phraseBreak() {}
}
