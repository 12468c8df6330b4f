import ArgumentParser

extension VocCommand {
    /// `voc sample`: manage the sample of respondents in a store (the interviewers' work queue).
    struct Sample: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sample",
            abstract: "Manage the sample of respondents in a response store.",
            subcommands: [SampleLoad.self, SampleInvite.self])
    }
}
