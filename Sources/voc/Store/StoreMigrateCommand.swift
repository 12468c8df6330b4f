import ArgumentParser
import Foundation
import SurveyAnalysis
import SurveyStore

extension VocCommand {
    /// `voc store migrate STORE`: creates or upgrades a store's schema to this voc's version.
    struct StoreMigrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "migrate",
            abstract: "Create or upgrade the schema of a store (an SQLite file or a postgres:// URL).",
            discussion: """
                Applies the migrations the store has not seen, each in one transaction. A store written by a newer \
                voc, or a database that is not a voc store, is refused and left unchanged.
                """)

        @Argument(help: ArgumentHelp("The store: an SQLite file or postgres://USER@HOST:PORT/DB.", valueName: "STORE"))
        var target: String

        @Option(name: .customLong("busy-timeout"), help: "Seconds to wait for the store before failing.")
        var busyTimeout: Double = 5

        func run() async throws {
            do {
                _ = try await StudyStore.open(target, mustExist: false, timeout: busyTimeout)
                print("\(StoreOpener.displayName(target)): schema is up to date")
            } catch {
                throw CommandFailure.report(error)
            }
        }
    }
}
