import Foundation
import Testing
@testable import MailThreatCore

@Suite("Features: configuration")
struct FeaturesConfigurationTests {
    @Test("The model-file form round-trips and lists every key")
    func roundTrip() throws {
        var configuration = FeatureConfiguration.default
        configuration.seed = 12_345_678_901_234_567_890
        configuration.hashSpace = 1 << 20
        configuration.useWordBigrams = false
        let encoded = configuration.encoded()
        #expect(Set(encoded.keys) == Set(FeatureConfiguration.encodedKeys))
        #expect(encoded["seed"] == "12345678901234567890")
        #expect(encoded["hashSpace"] == "1048576")
        #expect(encoded["useWordBigrams"] == "false")
        #expect(try FeatureConfiguration(encoded: encoded) == configuration)
        #expect(try FeatureConfiguration(encoded: FeatureConfiguration.default.encoded()) == .default)
    }

    @Test("Missing, unknown and malformed keys are errors")
    func rejects() {
        var missing = FeatureConfiguration.default.encoded()
        missing["seed"] = nil
        #expect(throws: FeatureConfigurationError.missingKey("seed")) { try FeatureConfiguration(encoded: missing) }

        var unknown = FeatureConfiguration.default.encoded()
        unknown["stemming"] = "true"
        #expect(throws: FeatureConfigurationError.unknownKey("stemming")) { try FeatureConfiguration(encoded: unknown) }

        var malformed = FeatureConfiguration.default.encoded()
        malformed["useCJKBigrams"] = "yes"
        #expect(throws: FeatureConfigurationError.invalidValue(key: "useCJKBigrams", value: "yes")) {
            try FeatureConfiguration(encoded: malformed)
        }

        var negativeSeed = FeatureConfiguration.default.encoded()
        negativeSeed["seed"] = "-1"
        #expect(throws: FeatureConfigurationError.invalidValue(key: "seed", value: "-1")) {
            try FeatureConfiguration(encoded: negativeSeed)
        }
    }

    @Test("Out-of-range values and other versions are refused")
    func validation() {
        var space = FeatureConfiguration.default
        space.hashSpace = 0
        #expect(throws: FeatureConfigurationError.invalidValue(key: "hashSpace", value: "0")) { try space.validate() }
        space.hashSpace = (1 << 28) + 1
        #expect(throws: FeatureConfigurationError.self) { try space.validate() }

        var word = FeatureConfiguration.default
        word.maxWordBytes = 0
        #expect(throws: FeatureConfigurationError.self) { try word.validate() }

        var version = FeatureConfiguration.default.encoded()
        version["version"] = "999"
        #expect(throws: FeatureConfigurationError.unsupportedVersion(999, supported: FeatureConfiguration.currentVersion)) {
            try FeatureConfiguration(encoded: version)
        }
        #expect(throws: Never.self) { try FeatureConfiguration.default.validate() }
    }

    @Test("Codable JSON round-trip")
    func codable() throws {
        var configuration = FeatureConfiguration.default
        configuration.maxTextTokens = 123
        let data = try JSONEncoder().encode(configuration)
        #expect(try JSONDecoder().decode(FeatureConfiguration.self, from: data) == configuration)
    }

    @Test("Error descriptions name the key")
    func descriptions() {
        #expect(FeatureConfigurationError.missingKey("seed").description.contains("seed"))
        #expect(FeatureConfigurationError.unsupportedVersion(2, supported: 1).description.contains("2"))
    }
}
