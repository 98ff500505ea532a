import Testing
@testable import MailThreatCore

/// Expected hashes come from an independent Python implementation of the algorithm in
/// ``FeatureHasher``'s documentation (integers, `int.from_bytes(..., "little")`, 128-bit
/// products by Python's arbitrary-precision multiplication).
@Suite("Features: hasher")
struct FeaturesHasherTests {
    @Test("Known hashes and buckets (Python reference)", arguments: [
        (UInt64(0), "w:free", UInt64(0x40A6_E8FD_7A24_BADB), UInt32(66_203), UInt32(252)),
        (0, "hdr.replyto_mismatch", 0x976A_C1F7_CE09_9E70, 155_051, 591),
        (0, "url.tld:ru", 0xCA52_E409_8F56_CF68, 207_179, 790),
        (0, "bi:click here", 0x7462_63F6_8B26_E561, 119_177, 454),
        (0, "cjk:免费", 0xD5AD_7382_D893_8F1E, 218_805, 834),
        (0, "", 0x0409_638E_E2BD_E459, 4_133, 15),
        (0, "a", 0x28D2_0533_09D2_8531, 41_800, 159),
        (0, "w:", 0x3F89_1350_F9E1_4B80, 65_060, 248),
        (0, "lex:money:2-3", 0x807F_5B66_3A47_22F5, 131_581, 501),
        (0, "url.host:a-very-long-host-name.example.com", 0x29CE_0517_30F4_A9F9, 42_808, 163),
        (42, "w:free", 0x7CDA_DA8A_EC93_0BC6, 127_851, 487),
        (42, "bi:click here", 0x17AB_F8A8_57EF_6E8E, 24_239, 92),
        (0x4D61_696C_5468_7274, "w:free", 0x2A32_ACE4_E14D_8FAE, 43_210, 164),
        (0x4D61_696C_5468_7274, "cjk:免费", 0x5A60_C47C_C3CA_8701, 92_547, 353),
    ])
    func knownValues(seed: UInt64, name: String, hash: UInt64, bucket: UInt32, smallBucket: UInt32) {
        let hasher = FeatureHasher(seed: seed, hashSpace: 1 << 18)
        #expect(hasher.hash(name) == hash)
        #expect(hasher.index(of: name) == bucket)
        #expect(FeatureHasher(seed: seed, hashSpace: 1_000).index(of: name) == smallBucket)
    }

    @Test("Deterministic, and the seed changes the mapping")
    func seedDependence() {
        let names = (0..<500).map { "w:word\($0)" }
        let first = FeatureHasher(seed: 1, hashSpace: 1 << 18)
        let again = FeatureHasher(seed: 1, hashSpace: 1 << 18)
        let other = FeatureHasher(seed: 2, hashSpace: 1 << 18)
        #expect(names.map(first.index(of:)) == names.map(again.index(of:)))
        let differing = zip(names.map(first.index(of:)), names.map(other.index(of:))).filter { $0 != $1 }.count
        #expect(differing >= 495)
    }

    @Test("Buckets stay in range and spread evenly")
    func distribution() {
        let hasher = FeatureHasher(seed: 7, hashSpace: 64)
        var counts = [Int](repeating: 0, count: 64)
        for number in 0..<64_000 {
            let bucket = hasher.index(of: "url.host:host\(number).example")
            #expect(bucket < 64)
            counts[Int(bucket)] += 1
        }
        // 1,000 expected per bucket; a fair hash stays well within ±15 %.
        #expect(counts.min()! > 850 && counts.max()! < 1_150)
        #expect(FeatureHasher(seed: 7, hashSpace: 1).index(of: "anything") == 0)
        #expect(FeatureHasher(seed: 7, hashSpace: 0).hashSpace == 1)
    }

    @Test("Every length from 0 to 40 bytes hashes, and one changed byte changes the hash")
    func lengths() {
        let hasher = FeatureHasher(seed: 3, hashSpace: 1 << 20)
        var seen: Set<UInt64> = []
        for length in 0...40 {
            let name = String(repeating: "x", count: length)
            let changed = String(repeating: "x", count: max(0, length - 1)) + (length > 0 ? "y" : "")
            seen.insert(hasher.hash(name))
            if length > 0 { #expect(hasher.hash(name) != hasher.hash(changed)) }
        }
        #expect(seen.count == 41)
    }

    @Test("Parts hashing equals hashing the spelled-out name")
    func partsMatchNames() {
        let hasher = FeatureHasher(seed: 99, hashSpace: 1 << 18)
        func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
        let free = bytes("free")
        let here = bytes("here")
        let click = bytes("click")
        let wordHash = free.withUnsafeBufferPointer { hasher.hash(token: $0, state: hasher.wordState) }
        #expect(wordHash == hasher.hash("w:free"))
        let tld = bytes("ru").withUnsafeBufferPointer { hasher.hash(token: $0, state: hasher.namespaceState("url.tld")) }
        #expect(tld == hasher.hash("url.tld:ru"))
        let clickHash = click.withUnsafeBufferPointer { hasher.hash(token: $0, state: hasher.wordState) }
        let hereHash = here.withUnsafeBufferPointer { hasher.hash(token: $0, state: hasher.wordState) }
        #expect(hasher.bigramHash(clickHash, hereHash) == hasher.hash("bi:click here"))
        #expect(hasher.bigramHash(hereHash, clickHash) != hasher.hash("bi:click here"))
        let plain = bytes("att.none").withUnsafeBufferPointer { hasher.hash(plain: $0) }
        #expect(plain == hasher.hash("att.none"))
    }
}
