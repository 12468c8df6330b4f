import SurveyModel

extension InteropExpressionParser {
    /// `text` translated as `translate` does, or nil with a report item at `location`: `construct`, "not
    /// translated (the reason); `dropped`" (what the survey does instead).
    static func translated(
        _ text: String, dialect: Dialect, symbols: [String: InteropSymbol], current: InteropSymbol? = nil,
        names: [String: String] = [:], base: String? = nil, at location: String, construct: String,
        dropped: String, report: inout ConversionReport
    ) -> Expression? {
        do {
            return try translate(
                text, dialect: dialect, symbols: symbols, current: current, names: names, base: base)
        } catch {
            report.add(location, construct, "not translated (\(error.message)); \(dropped)")
            return nil
        }
    }
}
