import ArgumentParser

/// The MailThreat benchmark: parse speed against CPython (issue 2), stage-by-stage throughput
/// (issues 3 and 4), and accuracy with per-corpus gates (issues 3 and 4).
///
/// ```text
/// MailThreatBench parse --adversarial .corpora/spamassassin
/// MailThreatBench throughput --split test .corpora/spamassassin
/// MailThreatBench accuracy --split test --gates Gates/default.gates .corpora/*
/// MailThreatBench quantization --float-weights /tmp/float.mtweights .corpora/*
/// ```
@main
struct MailThreatBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "MailThreatBench",
        abstract: "Measures MailThreat: parse speed, stage throughput and accuracy on labelled corpora.",
        subcommands: [ParseCommand.self, ThroughputCommand.self, AccuracyCommand.self, QuantizationCommand.self])
}
