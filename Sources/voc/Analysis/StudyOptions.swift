import ArgumentParser
import Foundation
import SurveyAnalysis
import SurveyStatistics
import SurveyStore

/// Where the analysis commands (`voc weight`, `estimate`, `needs`, `banner`) read respondents from: a response
/// store (positional `STORE`: the completed responses, their respondents' attributes, computed variables and
/// segments), or a CSV file in the wide layout (`--data FILE`, optionally with `--survey FILE` giving the question
/// types). The one way voc names a study's data; `StoreOptions` names a store for the other commands.
///
/// With a store, the design comes from the respondents (design weight, stratum, clusters) or a stored weight set
/// (`--weight-set NAME`, whose calibration recipe is redone so SEs account for it: `WeightSetDesign`); with
/// `--data`, from the columns the command's design options name.
struct StudyOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "A response store (an SQLite file written by voc import or voc interview, or a postgres:// URL).",
            valueName: "STORE"))
    var store: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "CSV file with one row per respondent and a header row (the wide layout of voc export).",
            valueName: "FILE"))
    var data: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "With a STORE holding several surveys: the survey id. With --data: the survey definition file (question "
                + "types, batteries).", valueName: "ID|FILE"))
    var survey: String?

    @Option(
        name: .customLong("weight-set"),
        help: ArgumentHelp(
            "With a STORE: start from (weight) or use this stored weight set; its calibration is redone so SEs account "
                + "for it.", valueName: "NAME"))
    var weightSet: String?

    @Flag(
        name: .customLong("read-responses"),
        help: ArgumentHelp(
            "With a STORE: read every complete response instead of letting the store count groups (GROUP BY); slower, "
                + "the same figures up to summation order. Computed variables and segments are always read this way."))
    var readResponses = false

    @OptionGroup var quality: QualityFilterOptions

    func validate() throws {
        if quality.qualityRun != nil && quality.excludeFlagged == nil {
            throw ValidationError("--quality-run needs --exclude-flagged")
        }
        switch (store, data) {
        case (nil, nil), (_, ""?): throw ValidationError("give a STORE or --data FILE.csv")
        case (_?, _?): throw ValidationError("give either a STORE or --data FILE.csv, not both")
        case (let store?, nil):
            guard StoreOpener.isServerLocation(store) || FileManager.default.fileExists(atPath: store) else {
                throw ValidationError("no store at \(store)")
            }
        case (nil, let data?):
            guard FileManager.default.fileExists(atPath: data) else { throw ValidationError("no file at \(data)") }
            if readResponses { throw ValidationError("--read-responses needs a STORE") }
            if quality.excludeFlagged != nil {
                throw ValidationError("--exclude-flagged needs a STORE (quality runs are saved in a store)")
            }
            if weightSet != nil {
                throw ValidationError(
                    "--weight-set needs a STORE (weight sets are saved in a store); with --data use --weight COL")
            }
            if let survey, !FileManager.default.fileExists(atPath: survey) {
                throw ValidationError("no survey file at \(survey)")
            }
        }
    }

    /// Refuses design columns with a store (its respondents carry the design).
    func check(design: DesignOptions) throws {
        if store != nil && !design.columns.isEmpty {
            throw ValidationError(
                "--weight/--strata/--cluster/--fpc name columns of --data; a store has the design in its respondents "
                    + "(use --weight-set for stored weights)")
        }
        if store == nil && design.replicates.repweights != nil && design.weight == nil {
            throw ValidationError(DesignOptions.repweightsNeedWeight)
        }
    }

    /// The CSV path (validated); empty with a store.
    var csvPath: String { data ?? "" }

    /// The study these options name, with the design columns of `design` for `--data`. With `aggregate`, a store
    /// groups the rows itself where it can (unless `--read-responses`).
    func request(design: DesignOptions?, aggregate: Bool) -> StudyRequest {
        if let data { return .data(path: data, surveyFile: survey, design: design?.designColumns ?? DesignColumns()) }
        return .store(
            path: store ?? "", surveyID: survey, weightSet: weightSet, aggregate: aggregate && !readResponses,
            quality: quality.filter,
            design: StoreDesignOptions(
                lonelyPSU: design?.lonelyOption ?? .fail, replicates: design?.designColumns.replicates))
    }
}
