import ArgumentParser
import Foundation
import SurveyAnalysis
import SurveyModel
import SurveyParser
import SurveyStatistics
import SurveyText

extension VocCommand {
    /// `voc needs`: need priorities by segment with design-based SEs, tests and classification.
    struct Needs: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "needs",
            abstract: "Need priorities by segment: importance, ranking, MaxDiff, Kano, touchpoints, classes.",
            discussion: """
                Finds every importance battery, ranking, MaxDiff, Kano and matrix (touchpoint) question in the \
                survey (the store's registered definition, or --survey with --data) and estimates each need in \
                every level of --by, weighted, with Taylor-linearised design SEs (domains of the full design) and \
                t intervals (share measures such as top2: --ci, R's svyciprop methods, default logit). Differences across segments: design-based Wald tests (Rao-Scott for Kano categories), \
                p-values adjusted over a battery's needs (--correction, BH by default). Priority orders: Spearman \
                and Kendall between segments with a seeded permutation test, Kendall's W within segments. Classes: \
                common (important in every segment, no significant difference), segment-priority (important \
                everywhere, significant difference), segment-specific (important in some segments, significant \
                difference), borderline (important in some, difference not significant), not-important. \
                Important means: top-2-box share >= --important-share (importance), rank score (K - rank)/(K - 1) \
                >= --important-rank (ranking), mean MaxDiff stdBW >= --important-maxdiff. Segments with an \
                effective base below --min-base are reported and flagged, not tested or classified.
                """)

        @OptionGroup var study: StudyOptions
        @OptionGroup var design: DesignOptions
        @OptionGroup var intervals: ShareIntervalOptions

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Segment variable (a column or respondent attribute).",
                valueName: "SEGMENT"))
        var by: String

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Outcome for derived importance and touchpoint drivers.",
                valueName: "VAR"))
        var outcome: String?

        @Option(name: .long, help: "k: one negative touchpoint experience counts as k positive ones (rule of thumb).")
        var k: Double = TouchpointAnalysis.defaultNegativeWeight

        @Option(name: .long, help: "Permutations of the whole-order test (0 = none).")
        var permutations: Int = 1000

        @Option(name: .long, help: "Seed of the permutation test.")
        var seed: UInt64 = 1

        @Option(name: .customLong("min-base"), help: "Smallest effective base for a segment to be tested.")
        var minimumBase: Double = 30

        @Option(name: .long, help: "Multiple-comparison correction: bh, bonferroni or none.")
        var correction: String = "bh"

        @Option(name: .long, help: "Significance level of the difference tests (after correction).")
        var alpha: Double = 0.05

        @Option(name: .long, help: "Confidence level of the intervals.")
        var level: Double = 0.95

        @Option(name: .customLong("important-share"), help: "Importance: important when top-2-box share >= this.")
        var importantShare: Double = 0.5

        @Option(name: .customLong("important-rank"), help: "Ranking: important when rank score >= this.")
        var importantRank: Double = 0.5

        @Option(name: .customLong("important-maxdiff"), help: "MaxDiff: important when mean stdBW >= this.")
        var importantMaxDiff: Double = 0

        @Option(name: .customLong("importance-rule"), help: "estimate, or lower-bound (estimate - z SE, one-sided).")
        var importanceRule: String = "estimate"

        @Option(name: .customLong("min-difference"), help: "Smallest range of segment scores that counts as different.")
        var minimumDifference: Double = 0

        @Flag(name: .long, help: "Print one JSON document instead of tables.")
        var json = false

        var correctionOption: MultipleComparisonCorrection? { MultipleComparisonCorrection(optionValue: correction) }

        func validate() throws {
            try study.check(design: design)
            if correctionOption == nil { throw ValidationError("--correction must be bh, bonferroni or none") }
            if !["estimate", "lower-bound"].contains(importanceRule) {
                throw ValidationError("--importance-rule must be estimate or lower-bound")
            }
            if permutations < 0 { throw ValidationError("--permutations must be 0 or more") }
            if !(k > 0) { throw ValidationError("--k must be positive") }
            if !(level > 0 && level < 1) { throw ValidationError("--level must be between 0 and 1") }
            if !(alpha > 0 && alpha < 1) { throw ValidationError("--alpha must be between 0 and 1") }
            if study.store == nil && study.survey == nil {
                throw ValidationError("--data needs --survey FILE: the survey says which columns are need batteries")
            }
        }

        var analysisOptions: NeedsAnalysis.Options {
            var options = NeedsAnalysis.Options()
            options.minimumEffectiveBase = minimumBase
            options.correction = correctionOption ?? .benjaminiHochberg
            options.alpha = alpha
            options.confidenceLevel = level
            options.shareInterval = intervals.method
            options.permutations = permutations
            options.seed = seed
            options.negativeWeight = k
            options.outcome = outcome
            options.importanceShareThreshold = importantShare
            options.rankScoreThreshold = importantRank
            options.maxDiffThreshold = importantMaxDiff
            options.importanceRule = importanceRule == "estimate" ? .estimate : .lowerBound(confidence: level)
            options.minimumDifference = minimumDifference
            return options
        }

        func run() async throws {
            do {
                let started = Date()
                let loaded = try await StudyFrame.load(study.request(design: design, aggregate: false)) { survey in
                    let batteries = survey.map(NeedBattery.batteries(in:)) ?? []
                    return [by] + [outcome].compactMap { $0 } + batteries.flatMap(\.columns)
                }
                loaded.warnings.forEach(StandardError.print)
                guard let survey = loaded.survey else { throw CommandFailure("no survey definition") }
                let loadSeconds = Date().timeIntervalSince(started)
                let computeStart = Date()
                let report = try loaded.needsReport(of: survey, by: by, outcome: outcome, options: analysisOptions)
                let printer = NeedsPrinter(
                    report: report, loadSeconds: loadSeconds,
                    computeSeconds: Date().timeIntervalSince(computeStart))
                print(json ? printer.json.text : printer.text)
                if !json { for warning in report.warnings { StandardError.print("warning: \(warning)") } }
            } catch {
                throw CommandFailure.report(error)
            }
        }
    }
}
