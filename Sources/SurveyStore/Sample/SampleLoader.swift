import SurveyModel
import SurveyText

/// Reads a sample file (CSV with a header) into respondents for `ResponseStore.upsertRespondents`.
///
/// Columns: `id` (or `respondent_id`, required, unique), `weight` (or `design_weight`, a positive number; default
/// 1), `stratum`, `cluster` (or `psu`), `cluster2` (or `ssu`); every other column is an attribute (empty cells are
/// left out). Every problem is reported, each as `file:row:column`, and no respondent is returned when there is
/// any, so a bad sample stores nothing.
public enum SampleLoader {
    /// The respondents of the sample at `path`, or the problems found.
    public static func read(path: String) -> Result<[Respondent], SampleErrors> {
        let reader: CSVReader
        do {
            reader = try CSVReader(path: path)
        } catch {
            return .failure(SampleErrors(messages: [Self.line(error)]))
        }
        func column(_ names: String...) -> Int? { names.lazy.compactMap(reader.columnIndex).first }
        guard let idColumn = column("id", "respondent_id") else {
            return .failure(SampleErrors(messages: ["\(path):1:1: error: the sample has no 'id' column"]))
        }
        let weightColumn = column("weight", "design_weight")
        let stratumColumn = column("stratum")
        let clusterColumn = column("cluster", "psu")
        let cluster2Column = column("cluster2", "ssu")
        let special = Set([idColumn, weightColumn, stratumColumn, clusterColumn, cluster2Column].compactMap { $0 })
        let attributeColumns = reader.header.enumerated().filter { !special.contains($0.offset) }
        var respondents: [Respondent] = []
        var messages: [String] = []
        var firstRow: [String: Int] = [:]
        var iterator = reader.makeRowIterator()
        while let row = iterator.next(reporting: { messages.append(Self.line($0)) }) {
            let cells = row.fields
            func problem(_ column: Int, _ message: String) {
                messages.append("\(path):\(row.row):\(column + 1): error: \(message)")
            }
            let id = cells[idColumn]
            if id.isEmpty { problem(idColumn, "the respondent id is empty") }
            if let earlier = firstRow[id], !id.isEmpty {
                problem(idColumn, "respondent id '\(id)' appears twice (first on row \(earlier))")
            }
            firstRow[id] = firstRow[id] ?? row.row
            var weight = 1.0
            if let weightColumn, !cells[weightColumn].isEmpty {
                if let value = Double(cells[weightColumn]), value.isFinite, value > 0 {
                    weight = value
                } else {
                    problem(weightColumn, "the design weight must be a positive number")
                }
            }
            func optional(_ column: Int?) -> String? { column.map { cells[$0] }.flatMap { $0.isEmpty ? nil : $0 } }
            var attributes: [String: String] = [:]
            for (index, name) in attributeColumns where !cells[index].isEmpty { attributes[name] = cells[index] }
            respondents.append(
                Respondent(
                    id: id, attributes: attributes, designWeight: weight, stratum: optional(stratumColumn),
                    cluster: optional(clusterColumn), cluster2: optional(cluster2Column)))
        }
        return messages.isEmpty ? .success(respondents) : .failure(SampleErrors(messages: messages))
    }
}

extension SampleLoader {
    /// A reading error as one `file:row:column: error: message` line.
    static func line(_ error: any Error) -> String {
        guard let error = error as? CSVError else { return "error: \(error)" }
        let place = "\(error.file):\(error.row):\(error.column): "
        let text = error.description
        return text.hasPrefix(place) ? place + "error: " + text.dropFirst(place.count) : "\(error.file): error: \(text)"
    }
}
