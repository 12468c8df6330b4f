import ArgumentParser
import Foundation
import SurveyModel
import SurveyStore

extension VocCommand {
    /// `voc sample load STORE sample.csv`: loads respondents and their attributes into a store.
    struct SampleLoad: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "load",
            abstract: "Load respondents (id, design weight, stratum, cluster, attributes) from a CSV sample file.",
            discussion: """
                Columns: id (or respondent_id), weight (or design_weight), stratum, cluster (or psu), cluster2 \
                (or ssu); every other column is an attribute. Respondents already in the store are updated. \
                Every problem is reported as file:row:column; a sample with any problem stores nothing.
                """)

        @Argument(help: ArgumentHelp("The store file, or a survey file (its default store).", valueName: "STORE"))
        var target: String

        @Argument(help: ArgumentHelp("The sample CSV file.", valueName: "SAMPLE"))
        var sample: String

        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            if !FileManager.default.fileExists(atPath: sample) { throw ValidationError("no sample file at \(sample)") }
        }

        func run() async throws {
            do {
                let respondents = try SampleLoader.read(path: sample).get()
                let (path, survey) = try storeOptions.resolve(target: target)
                let store = try await storeOptions.open(path, mustExist: false)
                if let survey { try await store.register(survey) }
                let count = try await store.upsertRespondents(respondents)
                print(
                    "loaded \(count) respondents into \(StoreOpener.displayName(path)) (\(try await store.respondentCount()) in the store)"
                )
            } catch {
                throw CommandFailure.report(error)
            }
        }
    }
}
