import ArgumentParser

extension VocCommand {
    /// `voc code`: code open texts (default) or measure agreement between coders.
    struct Code: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "code",
            abstract: "Code survey why-answers and transcript turns; measure agreement between coders.",
            subcommands: [CodeTexts.self, CodeAgreement.self],
            defaultSubcommand: CodeTexts.self)
    }
}
