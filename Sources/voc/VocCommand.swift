import ArgumentParser

/// The `voc` command-line tool: voice-of-the-customer surveys and focus groups.
///
/// Every subcommand lives in its own file as an `extension VocCommand`.
@main
struct VocCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "voc",
        abstract: "Design, run and analyse customer-feedback surveys and focus groups.",
        version: "0.1.0",
        subcommands: VocCommand.allSubcommands
    )
}
