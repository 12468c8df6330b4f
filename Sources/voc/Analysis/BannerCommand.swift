import ArgumentParser
import Foundation
import SurveyAnalysis
import SurveyModel
import SurveyParser
import SurveyStatistics
import SurveyText

extension VocCommand {
    /// `voc banner`: a weighted banner table with design-based significance letters.
    struct Banner: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "banner",
            abstract: "Banner table: weighted column percentages or means by segment with significance letters.",
            discussion: """
                Each row variable is shown as column percentages of its levels (categorical answers) or as a mean \
                (ratings and numbers; with a survey, single and multiple choice are percentages). Every column \
                gets a letter; a cell lists the letters of the columns it is significantly higher than, uppercase \
                at --high (95%), lowercase at --low (90%), from pairwise z tests on design-based SEs corrected \
                over the row's pairs (--correction none, bonferroni or bh). Cells with an effective base below \
                --min-base are flagged and not tested. Unweighted and effective bases are shown per column.
                """)

        @OptionGroup var study: StudyOptions
        @OptionGroup var design: DesignOptions

        @Option(name: .long, help: ArgumentHelp("Row variables, comma-separated.", valueName: "VARS"))
        var rows: String

        @Option(name: .long, help: ArgumentHelp("The column (segment) variable.", valueName: "SEGMENT"))
        var cols: String

        @Option(name: .long, help: "Confidence level of uppercase letters.")
        var high: Double = 0.95

        @Option(name: .long, help: "Confidence level of lowercase letters (0 = none).")
        var low: Double = 0.90

        @Option(name: .long, help: "Correction over a row's pairs: none, bonferroni or bh.")
        var correction: String = "none"

        @Option(name: .customLong("min-base"), help: "Smallest effective base of a tested cell.")
        var minimumBase: Double = 30

        @Flag(name: .long, help: "Print one JSON document.")
        var json = false

        @Flag(name: .long, help: "Print CSV (one line per row and column).")
        var csv = false

        var rowVariables: [String] { DesignOptions.split(rows) }

        var correctionOption: MultipleComparisonCorrection? { MultipleComparisonCorrection(optionValue: correction) }

        func validate() throws {
            try study.check(design: design)
            if rowVariables.isEmpty { throw ValidationError("--rows needs at least one variable") }
            if json && csv { throw ValidationError("choose --json or --csv, not both") }
            if correctionOption == nil { throw ValidationError("--correction must be none, bonferroni or bh") }
            if !(high > 0 && high < 1) { throw ValidationError("--high must be between 0 and 1") }
            if !(low >= 0 && low < high) { throw ValidationError("--low must be 0 (none) or below --high") }
        }

        func run() async throws {
            do {
                let loaded = try await StudyFrame.load(study.request(design: design, aggregate: false)) { _ in
                    rowVariables + [cols]
                }
                loaded.warnings.forEach(StandardError.print)
                let available = Set(loaded.available)
                let unknown = ([cols] + rowVariables).filter { !available.contains($0) }
                if !unknown.isEmpty {
                    throw CommandFailure(
                        unknown.map { "\(loaded.source): error: unknown variable '\($0)'" }
                            .joined(separator: "\n") + "\navailable: " + StudyFrame.listing(loaded.available))
                }
                let measures = Dictionary(
                    (loaded.survey?.variables ?? []).map { ($0.name, $0.measure) },
                    uniquingKeysWith: { a, _ in a })
                let frame = loaded.frame
                let options = BannerSignificance.Options(
                    highConfidence: high, lowConfidence: low > 0 ? low : nil,
                    correction: correctionOption ?? .none, minimumEffectiveBase: minimumBase)
                let table = try BannerTable(
                    estimator: SurveyEstimator(frame: frame, design: loaded.design), variables: rowVariables,
                    segment: cols,
                    asMeans: { name in
                        if let measure = measures[name] { return measure == .ordinal || measure == .scale }
                        if case .numeric? = frame[name] { return true }
                        return false
                    }, options: options)
                let printer = BannerPrinter(table: table)
                print(json ? printer.json.text : csv ? printer.csv : printer.text)
            } catch {
                throw CommandFailure.report(error)
            }
        }
    }
}
