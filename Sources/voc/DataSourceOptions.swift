import ArgumentParser
import Foundation
import SurveyAnalysis
import SurveyStore

/// Where `voc weight` and `voc estimate` read respondents from: a response store (positional `STORE`: the completed
/// responses, their respondents' attributes, computed variables and segments), or a CSV file (`--data FILE.csv`).
///
/// With a store, the design comes from the respondents (design weight, stratum, cluster) or a stored weight set
/// (`--weight-set NAME`); with `--data`, from the columns named by the design options. A weight set saved by
/// `voc weight` carries its calibration recipe, which is redone on loading (from the respondents' design weights),
/// so standard errors account for the raking or post-stratification (see `WeightSetDesign`).
struct DataSourceOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "A response store (SQLite file written by voc import or voc interview).",
            valueName: "STORE"))
    var store: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "CSV file with one row per respondent and a header row.",
            valueName: "FILE"))
    var data: String?

    @Option(
        name: .customLong("weight-set"),
        help: ArgumentHelp(
            "With a STORE: start from (weight) or use (estimate) this stored weight set; its calibration is redone so "
                + "SEs account for it.", valueName: "NAME"))
    var weightSet: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "With a STORE holding several surveys: the survey id to use.", valueName: "ID"))
    var survey: String?

    @Flag(
        name: .customLong("read-responses"),
        help: ArgumentHelp(
            "With a STORE: read every complete response instead of letting the store count groups (GROUP BY); slower, "
                + "the same figures up to summation order. Computed variables and segments are always read this way."))
    var readResponses = false

    func validate() throws {
        switch (store, data) {
        case (nil, nil), (_, ""?): throw ValidationError("give a STORE or --data FILE.csv")
        case (_?, _?): throw ValidationError("give either a STORE or --data FILE.csv, not both")
        case (let store?, nil):
            guard StoreOpener.isServerLocation(store) || FileManager.default.fileExists(atPath: store) else {
                throw ValidationError("no store at \(store)")
            }
        case (nil, _?):
            if readResponses { throw ValidationError("--read-responses needs a STORE") }
            if survey != nil { throw ValidationError("--survey chooses a survey in a STORE") }
            if weightSet != nil {
                throw ValidationError(
                    "--weight-set needs a STORE (weight sets are saved in a store); with --data use "
                        + "--weight COL")
            }
        }
    }

    /// The CSV path (validated); empty with a store.
    var csvPath: String { data ?? "" }
}
