import SurveyModel

/// Rewrites the piping in texts of another tool (`${name}` in XLSForm, `{name}` in SurveyJS) as voc piping.
///
/// A reference to an earlier question or computed variable becomes `{id}` (`{id.part}` for a matrix row); any
/// other `{name}` (a later question, a SurveyJS variable) becomes `[name]`, plain text, so that voc does not read
/// it as a reference, and is returned as unresolved for the report.
enum InteropPiping {
    static func rewrite(
        _ text: LocalizedText, symbols: [String: InteropSymbol]
    ) -> (text: LocalizedText, unresolved: [String]) {
        var unresolved: [String] = []
        var result = text
        result.text = rewrite(text.text, symbols: symbols, unresolved: &unresolved)
        for (language, translated) in text.translations {
            result.translations[language] = rewrite(translated, symbols: symbols, unresolved: &unresolved)
        }
        return (result, unresolved)
    }

    private static func rewrite(_ text: String, symbols: [String: InteropSymbol], unresolved: inout [String]) -> String
    {
        guard text.contains("{") else { return text }
        var output = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            var prefix = rest[..<open]
            let dollar = prefix.last == "$"
            if dollar { prefix = prefix.dropLast() }
            output += prefix
            guard let close = rest[open...].firstIndex(of: "}") else {
                output += (dollar ? "$" : "") + rest[open...]
                return output
            }
            let name = String(rest[rest.index(after: open)..<close]).trimmingSpaces
            if let symbol = symbols[name] {
                output += symbol.reference.description
            } else {
                output += "[\(name)]"
                if !unresolved.contains(name) { unresolved.append(name) }
            }
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
    }
}
