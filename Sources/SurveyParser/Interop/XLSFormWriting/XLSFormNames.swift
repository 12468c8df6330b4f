import SurveyModel

/// What each voc variable is called in a written XLSForm, and how an XLSForm expression reads its value.
///
/// Questions, why probes and computed variables keep their voc ids as XLSForm names. A grid (matrix, importance
/// battery) is a `table-list` group of one question per row, named by the row's code; Kano features become
/// question pairs. Segments and respondent attributes have no XLSForm counterpart.
struct XLSFormNames {
    /// One voc variable as XLSForm sees it.
    enum Variable {
        /// `${name}` is the value: a number, a text, a date or a calculation.
        case value(String)
        /// A single choice: `${name}` is the chosen code (ODK shows the code, not the label, when piped).
        case choice(String)
        /// A multiple choice or (`ranking` true) a ranking: `${name}` holds the codes, separated by spaces.
        case codes(String, ranking: Bool)
        /// A grid: the question of each row, by row code (`{q.row}` is `${row question}`).
        case rows([String: String])
        /// Not in the XLSForm, with the reason as a noun phrase (`the segment "older"`).
        case unavailable(String)
    }

    var variables: [String: Variable] = [:]
    /// Every XLSForm name given out (questions, groups, calculates), unique across the form.
    var used: Set<String> = []

    subscript(_ id: String) -> Variable? { variables[id] }

    /// `preferred` when it is free and a valid XLSForm name (an XML name: a letter or `_` first, then letters,
    /// digits, `_`, `-`, `.`), otherwise `fallback` made unique with `_2`, `_3`, ...; the name is taken.
    mutating func claim(_ preferred: String, fallback: String) -> String {
        if Self.isName(preferred), !used.contains(preferred) {
            used.insert(preferred)
            return preferred
        }
        return InteropIdentifiers.unique(InteropIdentifiers.identifier(fallback), among: &used)
    }

    /// Whether `text` is a name XLSForm (pyxform) accepts: an XML name without a colon.
    static func isName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || isLetter(first) else { return false }
        return text.unicodeScalars.allSatisfy {
            isLetter($0) || ($0 >= "0" && $0 <= "9") || $0 == "_" || $0 == "-" || $0 == "."
        }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "A" && scalar <= "Z") || (scalar >= "a" && scalar <= "z")
    }
}
