import ArgumentParser

extension VocCommand {
    /// The registered subcommands, in the order `voc --help` lists them.
    static var allSubcommands: [any ParsableCommand.Type] {
        [
            // survey definitions
            Validate.self,
            Show.self,
            Convert.self,
            New.self,
            Schema.self,
            // collection
            VocCommand.Sample.self,
            VocCommand.Import.self,
            VocCommand.Status.self,
            VocCommand.Quality.self,
            VocCommand.Interview.self,
            VocCommand.Serve.self,
            VocCommand.Simulate.self,
            VocCommand.Store.self,
            VocCommand.Focus.self,
            // coding and qualitative analysis
            VocCommand.Code.self,
            VocCommand.Themes.self,
            VocCommand.Ladder.self,
            // statistics
            VocCommand.Weight.self,
            VocCommand.Estimate.self,
            VocCommand.Needs.self,
            VocCommand.Banner.self,
            // export
            VocCommand.Export.self,
            VocCommand.Report.self,
        ]
    }
}
