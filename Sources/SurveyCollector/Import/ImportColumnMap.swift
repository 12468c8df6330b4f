import Foundation
import SurveyModel
import SurveyText

/// A column map for `voc import --map FILE`: which survey column each variable of a data file holds, for the
/// variables whose names do not match the survey's.
///
/// The file is CSV (UTF-8) with the header `variable,column` and one row per mapped variable:
///
/// ```text
/// variable,column
/// RESPID,response_id
/// Q1,main_bank
/// Q5_3,imp.fees.perf
/// WGT,
/// ```
///
/// `variable` is the name in the data file (SPSS names ignore case); `column` is a fixed column of the import
/// layout (`response_id`, `started_at`, ...), a respondent attribute declared by the survey, a survey variable
/// (`Survey.variables`, as `voc export --format csv` names them) or a why column (`PROBE.dN`, `PROBE.OPTION.dN`);
/// an empty `column` leaves the variable out. Problems are `file:line:column` errors.
public struct ImportColumnMap: Sendable, Hashable {
    /// One mapped variable: the survey column (nil: left out) and the line of the map that says so.
    public struct Entry: Sendable, Hashable {
        /// The variable's name as the map spells it.
        public var variable: String
        public var column: String?
        public var line: Int
    }

    /// The map file as the user named it.
    public var file: String
    /// Entries by variable name in upper case (SPSS names ignore case).
    public var entries: [String: Entry]

    public init(file: String, entries: [String: Entry]) {
        self.file = file
        self.entries = entries
    }

    /// The entry for the data file's variable `name`, if the map has one.
    public func entry(for name: String) -> Entry? { entries[name.uppercased()] }

    /// Reads the map at `path`.
    /// - Throws: `ImportColumnMapError` with every problem at once, located `file:line:column`, when the file cannot be read,
    ///   its header is not `variable,column`, a row has not two fields, or a variable is mapped twice.
    public static func load(path: String) throws(ImportColumnMapError) -> ImportColumnMap {
        var problems: [Diagnostic] = []
        func problem(_ line: Int, _ column: Int, _ message: String) {
            problems.append(
                Diagnostic(.error, code: "map", message, at: SourceLocation(file: path, line: line, column: column)))
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(path: path)
        } catch {
            throw ImportColumnMapError(diagnostics: Diagnostic.reading(error, file: path))
        }
        if reader.header != ["variable", "column"] {
            problem(1, 1, "the map's header must be 'variable,column'")
            throw ImportColumnMapError(diagnostics: problems)
        }
        var entries: [String: Entry] = [:]
        var iterator = reader.makeRowIterator()
        while let next = iterator.nextChecked() {
            switch next {
            case .failure(let errors): problems += errors.errors.map(Diagnostic.init)
            case .success(let row):
                guard row.fields.count == 2 else {
                    problem(row.row, 1, "a map row needs two fields, variable and column")
                    continue
                }
                let variable = row.fields[0].trimmingCharacters(in: .whitespaces)
                let column = row.fields[1].trimmingCharacters(in: .whitespaces)
                if variable.isEmpty {
                    problem(row.row, 1, "the variable name is empty")
                } else if let earlier = entries[variable.uppercased()] {
                    problem(row.row, 1, "variable '\(variable)' is already mapped on line \(earlier.line)")
                } else {
                    entries[variable.uppercased()] = Entry(
                        variable: variable, column: column.isEmpty ? nil : column, line: row.row)
                }
            }
        }
        guard problems.isEmpty else { throw ImportColumnMapError(diagnostics: problems) }
        return ImportColumnMap(file: path, entries: entries)
    }
}
