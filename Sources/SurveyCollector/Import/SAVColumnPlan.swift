import Foundation
import SurveyModel
import SurveyStore

/// How the variables of one `.sav` file become the wide rows `ResponseRowDecoder` reads (the rows a CSV file of
/// `voc export` gives), decided once from the file's dictionary.
///
/// A variable is matched to a survey column, in this order: the `--map` entry; the same name; the name `voc export
/// --format sav` gives it (`ExportName`, ignoring case); voc's earlier names `respid` and `started`. Why columns
/// (`PROBE.dN`, `PROBE.OPTION.dN`) become ladder steps, the weight variable is left out (weights are made with
/// `voc weight`), and any other variable becomes a respondent attribute, as in a CSV file. A numeric variable whose
/// survey codes are text is read back through the file's documents (`NAME: NUMBER = CODE`, as `voc export` writes
/// them), else through its value labels (a label equal to a code, or to exactly one option's label).
struct SAVColumnPlan: Sendable {
    /// What one variable of the file gives.
    enum Role: Sendable {
        /// The cell at this index of `header`; `codes` turns its numbers back into the survey's codes.
        case cell(Int, codes: [Double: String])
        /// A why answer.
        case ladder(probe: String, question: String, option: String?, depth: Int)
        case ignored
    }

    let dictionary: SAVDictionary
    /// The column names the decoder sees.
    private(set) var header: [String] = []
    /// The role of each variable of the file, in file order.
    private(set) var roles: [Role] = []
    /// The variable of the file behind each header column.
    private(set) var variableOfColumn: [Int] = []
    /// The header column of each variable of the file (-1: a why answer or ignored), `roles` flattened for the
    /// per-case loop.
    private(set) var columnOfVariable: [Int] = []
    /// The number → code map of each variable of the file (empty: none).
    private(set) var codesOfVariable: [[Double: String]] = []
    /// Problems with the dictionary or the map (file-level: nothing can be imported).
    private(set) var problems: [Diagnostic] = []

    init(dictionary: SAVDictionary, file: String, surveys: ImportSurveys, map: ImportColumnMap?) {
        self.dictionary = dictionary
        let names = SAVColumnNames(surveys: surveys)
        let documented = Self.documentedCodes(dictionary)
        var seen: [String: Int] = [:]
        for (index, variable) in dictionary.variables.enumerated() {
            var target: String?
            if let entry = map?.entry(for: variable.name) {
                guard let column = entry.column else {
                    roles.append(.ignored)
                    continue
                }
                guard names.isKnown(column) else {
                    problems.append(
                        Diagnostic(
                            .error, code: "map",
                            "'\(column)' is not a column of survey '\(surveys.current.id)' (a fixed column, an "
                                + "attribute, a variable or a why column)",
                            at: SourceLocation(file: map?.file ?? file, line: entry.line, column: 2)))
                    roles.append(.ignored)
                    continue
                }
                target = column
            } else if index == dictionary.weightIndex {
                roles.append(.ignored)
                continue
            }
            let name = target ?? names.column(for: variable.name) ?? variable.name
            if let why = names.why(name) {
                roles.append(.ladder(probe: why.probe, question: why.question, option: why.option, depth: why.depth))
                continue
            }
            if let earlier = seen[name] {
                problems.append(
                    Diagnostic(
                        .error, code: "duplicate-column",
                        "variable \(variable.name) gives '\(name)', as variable "
                            + "\(dictionary.variables[earlier].name) does",
                        at: SourceLocation(file: file, line: 0, column: index + 1)))
                roles.append(.ignored)
                continue
            }
            seen[name] = index
            var codes: [Double: String] = [:]
            if variable.isNumeric, let labels = names.textCodes(of: name) {
                codes = Self.codes(
                    documented: documented[variable.name.uppercased()] ?? [:],
                    valueLabels: dictionary.labels(of: variable), survey: labels)
            }
            roles.append(.cell(header.count, codes: codes))
            header.append(name)
            variableOfColumn.append(index)
        }
        for role in roles {
            if case .cell(let column, let codes) = role {
                columnOfVariable.append(column)
                codesOfVariable.append(codes)
            } else {
                columnOfVariable.append(-1)
                codesOfVariable.append([:])
            }
        }
        for entry in map?.entries.sorted(by: { $0.value.line < $1.value.line }) ?? []
        where !dictionary.variables.contains(where: { $0.name.uppercased() == entry.key }) {
            problems.append(
                Diagnostic(
                    .error, code: "map", "the file \(file) has no variable '\(entry.value.variable)'",
                    at: SourceLocation(file: map?.file ?? file, line: entry.value.line, column: 1)))
        }
    }

    /// The codes each variable's documents give: upper-cased variable name → number → code.
    static func documentedCodes(_ dictionary: SAVDictionary) -> [String: [Double: String]] {
        var result: [String: [Double: String]] = [:]
        for line in dictionary.documents {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].uppercased()
            let rest = line[line.index(after: colon)...]
            guard let equals = rest.range(of: " = "), let number = Int(rest[..<equals.lowerBound].drop { $0 == " " })
            else { continue }
            result[name, default: [:]][Double(number)] = String(rest[equals.upperBound...])
        }
        return result
    }

    /// Number → code for a numeric variable whose survey codes (`survey`, with their labels) are text: the
    /// documents' codes, else a value label equal to a code or to exactly one code's label.
    static func codes(
        documented: [Double: String], valueLabels: [Double: String], survey: [ValueLabel]
    ) -> [Double: String] {
        var codes = documented
        let known = Set(survey.map(\.code))
        var byLabel: [String: [String]] = [:]
        for label in survey { byLabel[label.label, default: []].append(label.code) }
        for (number, label) in valueLabels where codes[number] == nil {
            if known.contains(label) {
                codes[number] = label
            } else if let matches = byLabel[label], matches.count == 1 {
                codes[number] = matches[0]
            }
        }
        return codes
    }
}
