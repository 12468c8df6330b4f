import ArgumentParser
import Foundation
import SurveyAnalysis
import SurveyStatistics

/// Survey-design columns of a `--data` file: weights, strata, clusters and finite-population corrections.
struct DesignOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Column of sampling weights (default: equal weights, or N/n from --fpc).",
            valueName: "COL"))
    var weight: String?

    @Option(name: .long, help: ArgumentHelp("Column of strata.", valueName: "COL"))
    var strata: String?

    @Option(name: .long, help: ArgumentHelp("Cluster columns, one or two stages: PSU[,SSU].", valueName: "COL[,COL2]"))
    var cluster: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Finite-population correction per stage: population sizes, or sampling fractions (all <= 1).",
            valueName: "COL[,COL2]"))
    var fpc: String?

    @Option(
        name: .customLong("lonely-psu"),
        help: ArgumentHelp(
            "Strata with one PSU: fail, remove, adjust, average or certainty (as R's survey.lonely.psu).",
            valueName: "MODE"))
    var lonelyPSU: String = "fail"

    @OptionGroup var replicates: ReplicateOptions

    var clusterColumns: [String] { Self.split(cluster) }
    var fpcColumns: [String] { Self.split(fpc) }

    /// The columns the design needs from the data file.
    var columns: [String] { [weight, strata].compactMap { $0 } + clusterColumns + fpcColumns }

    var lonelyOption: LonelyPSU { LonelyPSU(rawValue: lonelyPSU) ?? .fail }

    func validate() throws {
        if LonelyPSU(rawValue: lonelyPSU) == nil {
            throw ValidationError(
                "--lonely-psu must be one of: "
                    + LonelyPSU.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if clusterColumns.count > 2 { throw ValidationError("--cluster takes at most two columns (two stages)") }
        if fpcColumns.count > max(1, clusterColumns.count) {
            throw ValidationError("--fpc has more columns than there are cluster stages")
        }
        try replicates.validate()
    }

    static let repweightsNeedWeight =
        "--repweights with --data needs --weight COL (the full-sample weights the replicate columns go with); "
        + "on a store the columns are respondent attributes and the design weights are the full-sample ones"

    /// The design these options describe.
    var designColumns: DesignColumns {
        DesignColumns(
            weight: weight, strata: strata, clusters: clusterColumns, fpc: fpcColumns, lonelyPSU: lonelyOption,
            replicates: try? replicates.request)
    }

    static func split(_ text: String?) -> [String] {
        guard let text else { return [] }
        return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
