import Foundation
import SurveyText

extension MarginTargets {
    /// Reads a margins file: CSV with header `variable,level,target`, or JSON (by extension `.json` or a leading
    /// `{`/`[`).
    ///
    /// JSON forms: `{"stype": {"E": 4421, "H": 755}, ...}`, or
    /// `{"margins": [{"variable": "stype", "targets": {"E": 4421}}]}`.
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
        var problems: [WeightingError] = []
        func report(_ error: CSVError) {
            problems.append(.marginsFile(file: name, row: error.row, column: error.column, message: "\(error.kind)"))
        }
        var iterator = reader.makeRowIterator()
        while let row = iterator.next(reporting: report) {
            let variable = row.fields[variableColumn]
            let level = row.fields[levelColumn]
            guard let target = Double(row.fields[targetColumn].trimmingCharacters(in: .whitespaces)), target >= 0,
                target.isFinite
            else {
                problems.append(
                    .marginsFile(
                        file: name, row: row.row, column: targetColumn + 1,
                        message: "target must be a non-negative number"))
                continue
            }
            if variable.isEmpty {
                problems.append(
                    .marginsFile(
                        file: name, row: row.row, column: variableColumn + 1,
                        message: "empty variable name"))
                continue
            }
            if byVariable[variable] == nil {
                order.append(variable)
                byVariable[variable] = Margin(variable: variable, levels: [], targets: [])
            }
            if byVariable[variable]!.levels.contains(level) {
                problems.append(
                    .marginsFile(
                        file: name, row: row.row, column: levelColumn + 1,
                        message: "level '\(level)' of '\(variable)' is listed twice"))
                continue
            }
            byVariable[variable]!.levels.append(level)
            byVariable[variable]!.targets.append(target)
        }
        if let first = problems.first {
            throw problems.count == 1 ? first : WeightingError.marginsFileProblems(problems)
        }
        return MarginTargets(margins: order.map { byVariable[$0]! })
    }

    /// Parses the JSON forms described in `load(path:)`.
    public static func parseJSON(_ data: Data, name: String) throws -> MarginTargets {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw WeightingError.marginsFile(file: name, row: 0, column: 0, message: "invalid JSON")
        }
        var margins: [Margin] = []
        func add(_ variable: String, _ targets: Any) throws {
            guard let dictionary = targets as? [String: Any] else {
                throw WeightingError.marginsFile(
                    file: name, row: 0, column: 0,
                    message: "targets of '\(variable)' must be an object level: number")
            }
            if margins.contains(where: { $0.variable == variable }) {
                throw WeightingError.duplicateMargin(variable: variable)
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
                guard let variable = entry["variable"] as? String, let targets = entry["targets"] else {
                    throw WeightingError.marginsFile(
                        file: name, row: 0, column: 0,
                        message: "each margin needs 'variable' and 'targets'")
                }
                try add(variable, targets)
            }
        } else if let root = object as? [String: Any] {
            for variable in root.keys.sorted() { try add(variable, root[variable]!) }
        } else {
            throw WeightingError.marginsFile(file: name, row: 0, column: 0, message: "expected a JSON object")
        }
        return MarginTargets(margins: margins)
    }
}
