import ArgumentParser

extension VocCommand {
    /// `voc store`: maintain response stores (SQLite files and PostgreSQL databases).
    struct Store: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "store",
            abstract: "Maintain response stores: migrate the schema, copy between SQLite and PostgreSQL.",
            subcommands: [StoreMigrate.self, StoreCopy.self])
    }
}
