import Foundation
import SurveyModel
import SurveyStore

/// How the columns of another tool's CSV export become the wide rows `ResponseRowDecoder` reads (as
/// `SAVColumnPlan` does for SPSS files), decided once from the file's header.
///
/// A column's role comes from its `--map` entry when it has one, else from the dialect's reader
/// (`QualtricsColumnMatcher`, `LimeSurveyColumnMatcher`, `OpenDataKitColumnMatcher`). Problems with the header
/// (a column that holds answers the survey has no place for, a map entry that fits nothing, no response id) are
/// file-level: nothing of the file can be imported. They are located at the header row and the column's position
/// (or at the map's line).
struct ForeignColumnPlan: Sendable {
    let dialect: ForeignCSVDialect
    let file: String
    let index: ForeignSurveyIndex
    /// The export's column names.
    let sourceHeader: [String]
    /// The role of each column of the export.
    private(set) var roles: [ForeignColumnRole] = []
    /// Time zones of the time columns, by position.
    private(set) var zones: [Int: TimeZone] = [:]
    /// The first export column behind each wide column (where the decoder's problems are reported).
    private(set) var sourceOfWide: [Int: Int] = [:]
    /// Problems with the header or the map.
    private(set) var problems: [Diagnostic] = []

    init(
        dialect: ForeignCSVDialect, header: [String], matcher: any ForeignColumnMatcher, file: String,
        index: ForeignSurveyIndex, map: ImportColumnMap?
    ) {
        self.dialect = dialect
        self.file = file
        self.index = index
        sourceHeader = header
        for (position, name) in header.enumerated() {
            let role: ForeignColumnRole
            if let entry = map?.entry(for: name) {
                role = mapped(entry, map: map?.file ?? file, zone: matcher.zone(position))
            } else {
                switch matcher.match(position) {
                case .role(let matched): role = matched
                case .unknown:
                    problems.append(
                        Diagnostic(
                            .error, code: "unknown-column",
                            "column '\(name)' is not a variable of survey '\(index.survey.id)' (name its column in "
                                + "a --map file, or leave it out there)",
                            at: SourceLocation(file: file, line: 1, column: position + 1)))
                    role = .ignored
                }
            }
            roles.append(role)
            for wide in Self.wideColumns(of: role) where sourceOfWide[wide] == nil { sourceOfWide[wide] = position }
        }
        for entry in map?.entries.values.sorted(by: { $0.line < $1.line }) ?? []
        where !header.contains(where: { $0.uppercased() == entry.variable.uppercased() }) {
            problems.append(
                Diagnostic(
                    .error, code: "map", "the file \(file) has no column '\(entry.variable)'",
                    at: SourceLocation(file: map?.file ?? file, line: entry.line, column: 1)))
        }
        if let id = index.index(ResponseColumns.responseID), sourceOfWide[id] == nil {
            problems.append(
                Diagnostic(
                    .error, code: "missing-column",
                    "no column gives the response id (\(matcher.responseIDColumns)); name one in a --map file",
                    at: SourceLocation(file: file, line: 1, column: 1)))
        }
    }

    /// The role a `--map` entry gives its column, or `ignored` with a problem at the map's line.
    private mutating func mapped(_ entry: ImportColumnMap.Entry, map: String, zone: TimeZone) -> ForeignColumnRole {
        guard let column = entry.column else { return .ignored }
        if let role = index.role(column: column, zone: zone) { return role }
        if index.attributes.contains(column) { return .attribute(column) }
        if let probe = index.probes[column] { return .why(probe) }
        problems.append(
            Diagnostic(
                .error, code: "map",
                "'\(column)' is not a column of survey '\(index.survey.id)' (a fixed column, an attribute, a "
                    + "variable or a why probe)",
                at: SourceLocation(file: map, line: entry.line, column: 2)))
        return .ignored
    }

    /// The wide columns a role writes.
    static func wideColumns(of role: ForeignColumnRole) -> [Int] {
        switch role {
        case .copy(let column), .choice(let column, _), .scale(let column, _), .flag(let column, _),
            .date(let column), .timestamp(let column, _), .submitDate(let column), .identifier(let column):
            return [column]
        case .codeList(_, let columns, _), .rankedItem(_, _, let columns): return columns.values.sorted()
        case .otherSelecting(let flag, let text): return [flag, text]
        case .ignored, .finished, .attribute, .why: return []
        }
    }
}
