import Foundation
public import SurveyModel

/// Reads a coder's answer for one text: codes by number (1-based, in codebook order) or by id, separated by
/// spaces or commas.
///
/// An empty line skips the text (left uncoded); `0` or `none` codes it with no code (coded: nothing applies);
/// `/quit` stops. Unknown numbers or ids are errors listing each of them.
public enum CodeSelectionParser {
    /// What a line means.
    public enum Selection: Sendable, Equatable {
        case codes([String])
        case skip
        case quit
    }

    /// Parses `line` against `codebook`; the error message lists every unknown code.
    public static func parse(_ line: String, codebook: Codebook) -> Result<Selection, CodeSelectionError> {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return .success(.skip) }
        if trimmed == "/quit" { return .success(.quit) }
        if trimmed == "0" || trimmed.lowercased() == "none" { return .success(.codes([])) }
        var codes: [String] = []
        var unknown: [String] = []
        for word in trimmed.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init) {
            let id: String?
            if let number = Int(word) {
                id =
                    (1...max(1, codebook.codes.count)).contains(number) && number <= codebook.codes.count
                    ? codebook.codes[number - 1].id : nil
            } else {
                id = codebook.code(word.hasPrefix("#") ? String(word.dropFirst()) : word)?.id
            }
            if let id {
                if !codes.contains(id) { codes.append(id) }
            } else {
                unknown.append(word)
            }
        }
        guard unknown.isEmpty else {
            return .failure(
                CodeSelectionError(
                    message: "unknown code\(unknown.count == 1 ? "" : "s") "
                        + unknown.map { "'\($0)'" }.joined(separator: ", ") + " (codebook '\(codebook.id)' has "
                        + "\(codebook.codes.count) codes)"))
        }
        return .success(.codes(codes))
    }
}
