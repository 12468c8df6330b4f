import SurveyCollector
/// Tab completion of the word before the cursor, as in a shell.
///
/// The word is completed from `candidates` that start with it (ignoring case): with one candidate the word is
/// replaced by it and `suffix` is appended; with several it is extended to their longest common prefix and the
/// candidates are returned for display; with none nothing changes.
public enum WordCompletion {
    /// The completed text before the cursor, and the candidates to list (empty when the completion was unique).
    public static func complete(
        _ before: String, candidates: [String], suffix: String = " "
    )
        -> (text: String, matches: [String])
    {
        let wordStart = before.lastIndex(where: { $0 == " " }).map { before.index(after: $0) } ?? before.startIndex
        let word = String(before[wordStart...])
        let matches = candidates.filter { $0.lowercased().hasPrefix(word.lowercased()) }
        guard let first = matches.first else { return (before, []) }
        let head = String(before[..<wordStart])
        if matches.count == 1 { return (head + first + suffix, []) }
        var common = first
        for match in matches.dropFirst() {
            while !match.lowercased().hasPrefix(common.lowercased()) { common.removeLast() }
        }
        return (head + (common.count > word.count ? common : word), matches)
    }
}
