import ArgumentParser
import Foundation
import SurveyAnalysis
import SurveyParser
import SurveyStatistics
import SurveyStore
import SurveyText

extension VocCommand {
    /// `voc weight`: calibrate weights to population margins (raking or post-stratification), optionally trimmed.
    struct Weight: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "weight",
            abstract: "Weight respondents to population margins (raking, post-stratification, trimming).",
            discussion: """
                Starts from the design weights (--weight COL, else 1), aggregates respondents to the cells of the \
                weighting variables, rakes (or post-stratifies) on the cell table and maps the weights back. With \
                --calfun linear|raking|logit it calibrates instead to the margins and to the totals of numeric \
                variables (margin rows with an empty level) as R's calibrate, with g-weight --bounds. On a \
                STORE the store does the aggregation (GROUP BY) and writes the weights back itself when the \
                weighting variables are attributes or single-code questions (--read-responses reads the \
                responses instead). \
                Prints iterations, the largest margin error per sweep, achieved against target margins and a \
                weight summary. With --out, writes the data back with the new weight column (named by --name). \
                On any error nothing is written.
                """)

        @OptionGroup var source: StudyOptions
        @OptionGroup var calibration: CalibrationOptions

        @Option(name: .long, help: ArgumentHelp("Column of starting (design) weights.", valueName: "COL"))
        var weight: String?

        @Option(name: .long, help: "Name of the new weight set (the column written by --out).")
        var name: String = "weight"

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Write the data with the new weight column to FILE.",
                valueName: "FILE"))
        var out: String?

        @Flag(name: .long, help: "Print one JSON document instead of tables.")
        var json = false

        @OptionGroup var replicates: ReplicateOptions

        @Option(
            name: .customLong("lonely-psu"),
            help: ArgumentHelp(
                "With --replicates: strata with one PSU: fail, remove, adjust, average or certainty (as R's "
                    + "survey.lonely.psu).", valueName: "MODE"))
        var lonelyPSU: String = "fail"

        func validate() throws {
            if calibration.margins == nil { throw ValidationError("--margins FILE is required") }
            try replicates.validate()
            if replicates.repweights != nil {
                throw ValidationError(
                    "--repweights reads replicate columns for estimation (voc estimate --data); voc weight makes "
                        + "replicates from a store's design with --replicates")
            }
            if replicates.replicates != nil, source.store == nil {
                throw ValidationError(
                    "--replicates saves replicate weights with a weight set in a STORE; with --data, make them "
                        + "when estimating (voc estimate --data FILE --margins ... --replicates TYPE)")
            }
            if LonelyPSU(rawValue: lonelyPSU) == nil {
                throw ValidationError(
                    "--lonely-psu must be one of: " + LonelyPSU.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if name.isEmpty { throw ValidationError("--name must not be empty") }
            if source.store == nil, source.survey != nil {
                throw ValidationError("--survey chooses a survey in a STORE")
            }
            if source.store != nil {
                if out != nil {
                    throw ValidationError(
                        "--out writes CSV data back; with a STORE the weights are saved "
                            + "in the store as the weight set --name")
                }
                if weight != nil {
                    throw ValidationError(
                        "--weight names a CSV column; a store starts from the "
                            + "respondents' design weights (or --weight-set)")
                }
            }
        }

        func run() async throws {
            let started = Date()
            let targets: MarginTargets
            do {
                targets = try MarginTargets.load(path: calibration.margins!)
            } catch {
                throw CommandFailure.report(error)
            }
            if let store = source.store {
                try await runOnStore(store, targets: targets, started: started)
                return
            }
            let outcome = try CSVWeighting.run(
                dataPath: source.csvPath, designWeight: weight, columns: calibration.columns(for: targets),
                request: calibration.request(targets: targets), name: name, output: out, started: started)
            let report = WeightReportPrinter(stored: outcome.report)
            print(json ? report.json.text : report.text)
            if !outcome.converged {
                let what = calibration.calfun == nil ? "raking" : "calibration"
                FileHandle.standardError.write(Data("warning: \(what) did not converge\n".utf8))
            }
        }
    }
}

extension VocCommand.Weight {
    /// Rakes (or post-stratifies) the completed responses of a store and saves the weights as the weight set
    /// `--name` (respondent id → weight, with the report as JSON). Nothing is saved when anything fails.
    ///
    /// The report JSON carries the calibration recipe under `calibration` (margins and targets, method, raking
    /// options, trimming, and the weight set it started from, if `--weight-set` was given), so that
    /// `voc estimate STORE --weight-set NAME` redoes the calibration and its SEs account for it.
    func runOnStore(_ path: String, targets: MarginTargets, started: Date) async throws {
        let outcome = try await StoreWeighting.run(
            path: path, surveyID: source.survey, startWeightSet: source.weightSet,
            columns: calibration.columns(for: targets), request: calibration.request(targets: targets), name: name,
            readResponses: source.readResponses, quality: source.quality.filter,
            design: StoreDesignOptions(
                lonelyPSU: LonelyPSU(rawValue: lonelyPSU) ?? .fail, replicates: try replicates.request),
            started: started)
        outcome.warnings.forEach(StandardError.print)
        let printer = WeightReportPrinter(stored: outcome.report)
        print(json ? printer.json.text : printer.text)
        guard let saved = outcome.saved else {
            throw Self.notConverged(name, path: path, what: calibration.calfun == nil ? "raking" : "calibration")
        }
        if !json {
            let with = outcome.report.replicates.map { " with \($0.summary), each calibrated as the full sample" } ?? ""
            print("saved weight set '\(name)' (\(saved) respondents)\(with) in \(StoreOpener.displayName(path))")
        }
    }

    /// Raking (or calibration, `what`) stopped before meeting the margins; the weight set `name` was not saved.
    static func notConverged(_ name: String, path: String, what: String = "raking") -> CommandFailure {
        CommandFailure(
            "\(StoreOpener.displayName(path)): error: \(what) did not converge; weight set '\(name)' was not "
                + "saved (raise --max-iter or check the margins)")
    }
}
