import ArgumentParser
import Foundation
import SurveyAnalysis
import SurveyStore

extension VocCommand {
    /// `voc store copy SRC DST`: copies a whole store, e.g. SQLite to PostgreSQL or back.
    struct StoreCopy: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "copy",
            abstract: "Copy everything in one store into another (SQLite <-> PostgreSQL).",
            discussion: """
                Copies survey definitions, respondents, contact attempts, responses exactly as stored (answers with \
                paradata and unreachable flags, ladders, cursors), quota counts and weight sets. Responses whose id \
                is already in DST are skipped. The source is only read.
                """)

        @Argument(help: ArgumentHelp("The store to copy from.", valueName: "SRC"))
        var source: String

        @Argument(help: ArgumentHelp("The store to copy into (created if it is a new SQLite file).", valueName: "DST"))
        var destination: String

        @Option(name: .customLong("busy-timeout"), help: "Seconds to wait for a store before failing.")
        var busyTimeout: Double = 5

        func validate() throws {
            if source == destination { throw ValidationError("SRC and DST are the same store") }
        }

        func run() async throws {
            do {
                let from = try await StudyStore.open(source, mustExist: true, timeout: busyTimeout)
                let into = try await StudyStore.open(destination, mustExist: false, timeout: busyTimeout)
                guard let from = from as? any StoreTransferring, let into = into as? any StoreTransferring else {
                    throw CommandFailure("error: these stores cannot be copied")
                }
                let summary = try await StoreCopier.copy(from: from, to: into)
                print(
                    "copied \(summary.responses) responses, \(summary.respondents) respondents, "
                        + "\(summary.contactAttempts) contact attempts, \(summary.definitions) definitions and "
                        + "\(summary.weightSets) weight sets, \(summary.qualityRuns) quality runs, \(summary.focusSessions) focus-group sessions and "
                        + "\(summary.codings) codings from \(StoreOpener.displayName(source)) to "
                        + "\(StoreOpener.displayName(destination))")
            } catch {
                throw CommandFailure.report(error)
            }
        }
    }
}
