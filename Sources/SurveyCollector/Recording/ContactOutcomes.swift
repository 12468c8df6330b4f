public import SurveyModel

/// Named non-interview outcomes for `voc interview --outcome`, mapped to AAPOR dispositions.
public enum ContactOutcomes {
    public static let table: [(String, DispositionCode)] = [
        ("no-answer", DispositionCode("3.13")), ("busy", DispositionCode("3.12")), ("refusal", .refusal),
        ("callback", .callback), ("not-eligible", .notEligible),
    ]

    /// The names, comma-separated, for messages.
    public static var names: String { table.map(\.0).joined(separator: ", ") }

    /// The disposition of a name, or of an AAPOR code written out (`3.13`); nil otherwise. Codes 0.x and 1.x
    /// (pending, interview) are not outcomes of a contact attempt.
    public static func disposition(_ text: String) -> DispositionCode? {
        if let named = table.first(where: { $0.0 == text }) { return named.1 }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }), text.first != "0",
            text.first != "1"
        else { return nil }
        return DispositionCode(text)
    }
}
