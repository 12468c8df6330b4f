import ArgumentParser

extension VocCommand {
    /// `voc focus`: focus-group sessions (new, run, import).
    struct Focus: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "focus",
            abstract: "Focus-group sessions: create one with its roster, run it live, import transcripts.",
            subcommands: [FocusNew.self, FocusRun.self, FocusImport.self, FocusShow.self])
    }
}
