import Foundation
import SurveyText

extension MarginTargets {
    /// Reads a margins file: CSV with header `variable,level,target`, or JSON (by extension `.json` or a leading
    /// `{`/`[`).
    ///
    /// JSON forms: `{"stype": {"E": 4421, "H": 755}, ...}`, or
    /// `{"margins": [{"variable": "stype", "targets": {"E": 4421}}]}`. The population total of a numeric variable
    /// (calibration to totals, docs/methods.md §8.7) is a CSV row with an empty level (`api99,,3914069`), a number in
    /// place of the level object (`{"api99": 3914069}`) or `{"variable": "api99", "total": 3914069}`.
    /// Throws `WeightingError.marginsFile` naming file:row:column (all CSV problems at once where possible),
    /// or `.duplicateMargin`.
    public static func load(path: String) throws -> MarginTargets {
        let bytes: CSVBytes
        do { bytes = try CSVBytes(path: path) } catch let error as CSVError {
            throw WeightingError.marginsFile(file: path, row: 0, column: 0, message: error.description)
        }
        let first = bytes.withUnsafeBytes { buffer in
            buffer.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0xEF }
        }
        if path.lowercased().hasSuffix(".json") || first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            return try parseJSON(bytes.withUnsafeBytes { Data($0) }, name: path)
        }
        return try parseCSV(bytes)
    }

    /// Parses `variable,level,target` CSV from a byte source.
    public static func parseCSV(_ source: CSVBytes) throws -> MarginTargets {
        let name = source.name
        let reader: CSVReader
        do { reader = try CSVReader(source: source) } catch let error as CSVError {
            throw WeightingError.marginsFile(
                file: name, row: error.row, column: error.column, message: error.description)
        }
        guard let variableColumn = reader.columnIndex("variable"), let levelColumn = reader.columnIndex("level"),
            let targetColumn = reader.columnIndex("target")
        else {
            throw WeightingError.marginsFile(
                file: name, row: 1, column: 1,
                message: "the header must have columns variable, level, target")
        }
        var order: [String] = []
        var byVariable: [String: Margin] = [:]
        var totals: [NumericTotal] = []
        var problems: [WeightingError] = []
        func report(_ error: CSVError) {
            problems.append(.marginsFile(file: name, row: error.row, column: error.column, message: "\(error.kind)"))
        }
        func problem(_ row: Int, _ column: Int, _ message: String) {
            problems.append(.marginsFile(file: name, row: row, column: column + 1, message: message))
        }
        var iterator = reader.makeRowIterator()
        while let row = iterator.next(reporting: report) {
            let variable = row.fields[variableColumn]
            let level = row.fields[levelColumn]
            let isTotal = level.isEmpty
            guard let target = Double(row.fields[targetColumn].trimmingCharacters(in: .whitespaces)), target.isFinite,
                isTotal || target >= 0
            else {
                problem(
                    row.row, targetColumn,
                    isTotal
                        ? "the total of a numeric variable must be a number" : "target must be a non-negative number")
                continue
            }
            if variable.isEmpty {
                problem(row.row, variableColumn, "empty variable name")
                continue
            }
            if isTotal {
                if totals.contains(where: { $0.variable == variable }) {
                    problem(row.row, levelColumn, "the total of '\(variable)' is given twice")
                } else if byVariable[variable] != nil {
                    problem(
                        row.row, levelColumn,
                        "'\(variable)' has targets per level above, so it cannot also have a total (an empty level)")
                } else {
                    totals.append(
                        NumericTotal(
                            variable: variable, total: target, location: "\(name):\(row.row):\(variableColumn + 1)"))
                }
                continue
            }
            if totals.contains(where: { $0.variable == variable }) {
                problem(
                    row.row, levelColumn,
                    "'\(variable)' has a total (an empty level) above, so it cannot also have targets per level")
                continue
            }
            if byVariable[variable] == nil {
                order.append(variable)
                byVariable[variable] = Margin(variable: variable, levels: [], targets: [])
            }
            if byVariable[variable]!.levels.contains(level) {
                problem(row.row, levelColumn, "level '\(level)' of '\(variable)' is listed twice")
                continue
            }
            byVariable[variable]!.levels.append(level)
            byVariable[variable]!.targets.append(target)
        }
        if let first = problems.first {
            throw problems.count == 1 ? first : WeightingError.marginsFileProblems(problems)
        }
        return MarginTargets(margins: order.map { byVariable[$0]! }, totals: totals)
    }

    /// Parses the JSON forms described in `load(path:)`.
    public static func parseJSON(_ data: Data, name: String) throws -> MarginTargets {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw WeightingError.marginsFile(file: name, row: 0, column: 0, message: "invalid JSON")
        }
        var margins: [Margin] = []
        var totals: [NumericTotal] = []
        func add(_ variable: String, _ targets: Any) throws {
            if margins.contains(where: { $0.variable == variable })
                || totals.contains(where: { $0.variable == variable })
            {
                throw WeightingError.duplicateMargin(variable: variable)
            }
            if let number = targets as? NSNumber, !(targets is Bool) {
                guard number.doubleValue.isFinite else {
                    throw WeightingError.marginsFile(
                        file: name, row: 0, column: 0, message: "the total of '\(variable)' must be a number")
                }
                totals.append(NumericTotal(variable: variable, total: number.doubleValue, location: name))
                return
            }
            guard let dictionary = targets as? [String: Any] else {
                throw WeightingError.marginsFile(
                    file: name, row: 0, column: 0,
                    message: "targets of '\(variable)' must be an object level: number, or a number (its total)")
            }
            var margin = Margin(variable: variable, levels: [], targets: [])
            for level in dictionary.keys.sorted() {
                guard let number = dictionary[level] as? NSNumber, number.doubleValue >= 0 else {
                    throw WeightingError.marginsFile(
                        file: name, row: 0, column: 0,
                        message: "target of '\(variable)' level '\(level)' must be a non-negative number")
                }
                margin.levels.append(level)
                margin.targets.append(number.doubleValue)
            }
            margins.append(margin)
        }
        if let root = object as? [String: Any], let list = root["margins"] as? [[String: Any]] {
            for entry in list {
                guard let variable = entry["variable"] as? String, let targets = entry["targets"] ?? entry["total"]
                else {
                    throw WeightingError.marginsFile(
                        file: name, row: 0, column: 0,
                        message: "each margin needs 'variable' and 'targets' (or 'total' for a numeric variable)")
                }
                try add(variable, targets)
            }
        } else if let root = object as? [String: Any] {
            for variable in root.keys.sorted() { try add(variable, root[variable]!) }
        } else {
            throw WeightingError.marginsFile(file: name, row: 0, column: 0, message: "expected a JSON object")
        }
        return MarginTargets(margins: margins, totals: totals)
    }
}
