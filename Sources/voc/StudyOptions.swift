import ArgumentParser
import Foundation
import SurveyAnalysis
import SurveyStore

/// Where `voc needs` and `voc banner` read respondents from: a response store (positional `STORE`), or a CSV file
/// in the wide layout (`--data FILE`, with `--survey FILE` giving the question types).
///
/// With a store, the design comes from the respondents (design weight, stratum, clusters) or a stored weight set
/// (`--weight-set NAME`); with `--data`, from the columns named by the design options.
struct StudyOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("A response store (SQLite file written by voc import).", valueName: "STORE"))
    var store: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "CSV file with one row per respondent (the wide layout of voc export).",
            valueName: "FILE"))
    var data: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "With --data: the survey definition file (question types, batteries). With a STORE holding several surveys: "
                + "the survey id.", valueName: "FILE|ID"))
    var survey: String?

    @Option(
        name: .customLong("weight-set"),
        help: ArgumentHelp(
            "A weight set saved in STORE by voc weight.",
            valueName: "NAME"))
    var weightSet: String?

    @OptionGroup var design: DesignOptions

    func validate() throws {
        switch (store, data) {
        case (nil, nil): throw ValidationError("give a STORE or --data FILE.csv")
        case (_?, _?): throw ValidationError("give either a STORE or --data FILE.csv, not both")
        case (let store?, nil):
            guard StoreOpener.isServerLocation(store) || FileManager.default.fileExists(atPath: store) else {
                throw ValidationError("no store at \(store)")
            }
            if !design.columns.isEmpty {
                throw ValidationError(
                    "--weight/--strata/--cluster/--fpc name columns of --data; a store has the "
                        + "design in its respondents (use --weight-set for stored weights)")
            }
        case (nil, let data?):
            guard FileManager.default.fileExists(atPath: data) else { throw ValidationError("no file at \(data)") }
            if weightSet != nil {
                throw ValidationError(
                    "--weight-set needs a STORE (weight sets are saved in a store); with --data "
                        + "use --weight COL")
            }
        }
        if data != nil, let survey, !FileManager.default.fileExists(atPath: survey) {
            throw ValidationError("no survey file at \(survey)")
        }
    }

    /// The study these options name.
    var request: StudyRequest {
        if let data { return .data(path: data, surveyFile: survey, design: design.designColumns) }
        return .store(path: store ?? "", surveyID: survey, weightSet: weightSet, aggregate: false)
    }
}
