import ArgumentParser

/// `mailthreat`: scan, inspect and train from the command line.
@main
struct MailThreatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mailthreat",
        abstract: "Email threat detection: ham, spam, phishing, fraud and malware.",
        subcommands: [ScanCommand.self, InspectCommand.self, TrainCommand.self]
    )
}
