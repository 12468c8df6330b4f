/// Turns the names of another tool's file into voc identifiers and codes, keeping them as they are when voc
/// accepts them and reporting every renaming.
///
/// Item ids follow voc's identifier grammar (an ASCII letter or `_`, then letters, digits, `_` or `-`) and are
/// unique across the survey; option codes take ASCII letters, digits, `_`, `-` and `.` and are unique within
/// their list. Other characters become `_`; a clash gets `_2`, `_3`, ... appended.
struct InteropIdentifiers {
    private var usedIDs: Set<String> = []

    /// A fresh item id for the source `name` at `location`; a renaming is added to `report`.
    mutating func itemID(_ name: String, location: String, report: inout ConversionReport) -> String {
        var id = Self.identifier(name)
        let why = id != name ? "voc ids take ASCII letters, digits, _ and - and start with a letter or _" : nil
        let clash = usedIDs.contains(id)
        id = Self.unique(id, among: &usedIDs)
        if id != name {
            let reason = why ?? (clash ? "the name is already used" : "")
            report.add(location, "name \"\(name)\"", "renamed to \"\(id)\" (\(reason))")
        }
        return id
    }

    /// Marks `id` as taken (an id made up by the conversion, such as a section for loose questions).
    mutating func reserve(_ id: String) -> String {
        Self.unique(id, among: &usedIDs)
    }

    /// `base`, or `base_2`, `base_3`, ... when taken in `used`; the result is added to `used`.
    static func unique(_ base: String, among used: inout Set<String>) -> String {
        var unique = base
        var suffix = 2
        while used.contains(unique) {
            unique = "\(base)_\(suffix)"
            suffix += 1
        }
        used.insert(unique)
        return unique
    }

    /// voc codes for the source `codes` of one list, in order (unique within the list); each renaming is added
    /// to `report` at the code's location.
    static func codes(
        _ codes: [(code: String, location: String)], report: inout ConversionReport
    ) -> [String] {
        var used: Set<String> = []
        return codes.map { source in
            var code = String(
                source.code.unicodeScalars.map { isCodeScalar($0) ? Character($0) : "_" })
            if code.isEmpty { code = "_" }
            code = unique(code, among: &used)
            if code != source.code {
                report.add(
                    source.location, "choice \"\(source.code)\"",
                    "renamed to \"\(code)\" (voc codes take ASCII letters, digits, _, - and ., unique in a list)")
            }
            return code
        }
    }

    /// A survey id made of another tool's form id: ASCII letters, digits, `_`, `-` and `.` kept, other characters
    /// `_`, and `_` put first when the id would be empty or start with `-` or `.`.
    static func surveyID(_ formID: String) -> String {
        var id = String(formID.unicodeScalars.map { isCodeScalar($0) ? Character($0) : "_" })
        if id.first == "-" || id.first == "." || id.isEmpty { id = "_" + id }
        return id
    }

    /// `name` in voc's identifier grammar: other characters replaced by `_`, and `_` put first when the name
    /// does not start with a letter or `_`.
    static func identifier(_ name: String) -> String {
        var id = String(name.unicodeScalars.map { isIdentifierScalar($0) ? Character($0) : "_" })
        if let first = id.unicodeScalars.first, !(isLetter(first) || first == "_") { id = "_" + id }
        return id.isEmpty ? "_" : id
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "A" && scalar <= "Z") || (scalar >= "a" && scalar <= "z")
    }

    private static func isIdentifierScalar(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || (scalar >= "0" && scalar <= "9") || scalar == "_" || scalar == "-"
    }

    private static func isCodeScalar(_ scalar: Unicode.Scalar) -> Bool { isIdentifierScalar(scalar) || scalar == "." }
}
