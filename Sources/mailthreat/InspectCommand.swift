import ArgumentParser
import Foundation
import MailThreatCore

/// `mailthreat inspect [--json] PATH...`: the parsed structure of messages.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how messages parse: headers, MIME tree, text, links, attachments, defects.",
        discussion: """
        PATH may be a message file, a folder, or a corpus folder with index.tsv. With --json, \
        prints one MIME-summary record per message (JSON Lines) in the schema of \
        ../shared/tools/README.md, for comparison with mime-oracle.py through mime-diff.py.
        """
    )

    @Flag(name: .long, help: "Print JSON Lines in the MIME-summary comparison schema.")
    var json = false

    @Flag(name: .long, help: "Also list the model features each message produces (before hashing).")
    var features = false

    @Argument(help: "Message files or folders.")
    var paths: [String]

    func run() throws {
        let expanded = try MessagePaths.expand(paths)
        var limits = ParseLimits()
        limits.maxNestingDepth = 200
        let parser = MIMEParser(limits: limits)
        let out = FileHandle.standardOutput
        var writer = JSONWriter()
        for path in expanded {
            let bytes: [UInt8]
            do {
                bytes = try MessagePaths.readFile(path)
            } catch {
                if json {
                    writer.reset()
                    writer.beginObject(); writer.key("path"); writer.value(path)
                    writer.key("error"); writer.value("unreadable: \(error)"); writer.endObject()
                    writer.appendRaw("\n")
                    out.write(Data(writer.bytes))
                } else {
                    print("\(path): unreadable: \(error)")
                }
                continue
            }
            let message = parser.parse(bytes)
            if json {
                writer.reset()
                MIMESummary(path: path, message: message).write(to: &writer)
                writer.appendRaw("\n")
                out.write(Data(writer.bytes))
            } else {
                print(InspectReport(path: path, message: message).text, terminator: "")
                if features {
                    let named = FeatureExtractor().namedFeatures(for: MessageContent(message: message))
                    print("Features (\(named.count)):")
                    for f in named { print("  \(f.name) = \(f.value)") }
                    print("")
                }
            }
        }
    }
}
