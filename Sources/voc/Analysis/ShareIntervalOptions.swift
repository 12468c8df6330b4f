import ArgumentParser
import SurveyStatistics

/// `--ci`: how the intervals of shares and top-2-box shares are made (R `svyciprop`'s methods).
struct ShareIntervalOptions: ParsableArguments {
    @Option(
        name: .customLong("ci"),
        help: ArgumentHelp(
            "Interval for shares and top-2-box: logit, likelihood, beta, xlogit, asin or mean (R's svyciprop "
                + "methods; intervals stay inside 0-1).",
            valueName: "METHOD"))
    var ci: String = ShareIntervalMethod.logit.rawValue

    /// The chosen method (logit when the option is invalid; `validate` refuses that first).
    var method: ShareIntervalMethod { ShareIntervalMethod(rawValue: ci) ?? .logit }

    func validate() throws {
        if ShareIntervalMethod(rawValue: ci) == nil {
            throw ValidationError("--ci must be one of: \(ShareIntervalMethod.names) (got '\(ci)')")
        }
    }
}
