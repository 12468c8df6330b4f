import ArgumentParser
import SurveyAnalysis

/// `--exclude-flagged RULES` and `--quality-run NAME`: leaving the responses a stored quality run flagged out of an
/// analysis (`voc weight`, `estimate`, `needs`, `banner`, `report`). The one declaration of these options.
struct QualityFilterOptions: ParsableArguments {
    @Option(
        name: .customLong("exclude-flagged"),
        help: ArgumentHelp(
            "With a STORE: leave out responses flagged by the stored quality run (voc quality): any, score>=X, or flag "
                + "names (speeding,straightlining). Says how many were left out and why.", valueName: "RULES"))
    var excludeFlagged: String?

    @Option(
        name: .customLong("quality-run"),
        help: ArgumentHelp(
            "The quality run --exclude-flagged uses (and the report shows); default: quality.", valueName: "NAME"))
    var qualityRun: String?

    func validate() throws {
        if let excludeFlagged {
            do {
                _ = try QualityFilter(rules: excludeFlagged)
            } catch {
                // The parser prints "Error: " itself; the library's message starts with its own "error: ".
                let message = "\(error)"
                throw ValidationError(message.hasPrefix("error: ") ? String(message.dropFirst(7)) : message)
            }
        }
    }

    /// The filter `--exclude-flagged` asks for (validated), or nil.
    var filter: QualityFilter? {
        excludeFlagged.flatMap { try? QualityFilter(rules: $0, runName: qualityRun ?? QualityFilter.defaultRunName) }
    }
}
