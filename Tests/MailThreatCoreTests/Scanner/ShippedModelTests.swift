import Foundation
import Testing
@testable import MailThreatCore

/// The shipped default model on labelled messages it never saw in training (test-split fixtures,
/// see Fixtures/ModelEvaluation/README.md), plus the post-delivery invariance the issue demands.
@Suite("Shipped model")
struct ShippedModelTests {
    static let scanner: MailThreatScanner? = try? MailThreatScanner(model: .loadDefault())

    struct Fixture {
        var path: String
        var label: String
        var bytes: [UInt8]
    }

    static let fixtures: [Fixture] = {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?
            .appendingPathComponent("ModelEvaluation"),
            let corpus = try? CorpusIndex(folder: folder.path) else { return [] }
        return corpus.entries.compactMap { e in (try? e.read()).map { Fixture(path: e.path, label: e.label, bytes: $0) } }
    }()

    @Test func theDefaultModelLoadsWithNoConfiguration() throws {
        let model = try DetectionModel.loadDefault()
        #expect(model.classifier.classes.first == "ham")
        #expect(model.flagThreshold > 0 && model.flagThreshold < 1)
        #expect(model.tagThreshold <= model.flagThreshold)
    }

    @Test func scoresTheFixtureSetAboveItsFloors() throws {
        let scanner = try #require(Self.scanner)
        #expect(Self.fixtures.count == 61)
        var ham = 0, hamFlagged = 0, unwanted = 0, caught = 0
        for f in Self.fixtures {
            let v = scanner.scan(f.bytes)
            if f.label == "ham" {
                ham += 1
                if v.isUnwanted { hamFlagged += 1 }
            } else {
                unwanted += 1
                if v.isUnwanted { caught += 1 }
            }
        }
        #expect(ham == 28 && unwanted == 33)
        // Regression floors for the shipped model (measured when it was trained: 0/28 ham
        // flagged, 21/33 unwanted caught); the 99.8 % goal is not met yet.
        #expect(hamFlagged <= 1, "ham flagged \(hamFlagged)/\(ham)")
        #expect(Double(caught) >= 0.5 * Double(unwanted), "caught \(caught)/\(unwanted)")
    }

    @Test func strippingPostDeliveryHeadersChangesNothing() throws {
        let scanner = try #require(Self.scanner)
        for f in Self.fixtures {
            let original = scanner.scan(f.bytes)
            let stripped = scanner.scan(PostDeliveryHeaders.strip(f.bytes))
            #expect(original.probabilities == stripped.probabilities, "\(f.path)")
            #expect(original.action == stripped.action, "\(f.path)")
        }
    }

    @Test func int8AndFloatWeightsGiveTheSameVerdicts() throws {
        let scanner = try #require(Self.scanner)
        let model = scanner.model
        let float = Classifier(model: { var m = model.file.model.dequantized(); m.calibration = model.file.model.calibration; return m }())
        for f in Self.fixtures {
            let features = model.extractor.features(for: MessageContent(message: MIMEParser().parse(f.bytes)))
            let q = Double(1 - model.classifier.probabilities(for: features)[model.hamIndex])
            let fl = Double(1 - float.probabilities(for: features)[model.hamIndex])
            #expect((q >= model.flagThreshold) == (fl >= model.flagThreshold), "\(f.path): \(q) vs \(fl)")
        }
    }

    @Test func batchAndSingleScansAgree() throws {
        let scanner = try #require(Self.scanner)
        let messages = Self.fixtures.prefix(20).map(\.bytes)
        let batch = scanner.scan(batch: Array(messages))
        for (m, b) in zip(messages, batch) {
            let s = scanner.scan(m)
            #expect(abs(s.unwantedScore - b.unwantedScore) < 1e-4)
            #expect(s.action == b.action)
        }
    }
}
