import Foundation
import SurveyModel
import SurveyAnalysis
import SurveyStore
import SurveyText

/// The text of every cell of a dataset before conversion, column by column: survey cells, attributes, why
/// steps, weights. Each response's cells are computed once (`Survey.cells(for:)`) and pivoted into columns.
struct RawCells {
    private let dataset: ExportDataset
    private let variables: [String: [String?]]
    private let why: [WhyKey: [String?]]
    private let attributes: [[String: String]]

    init(dataset: ExportDataset) {
        self.dataset = dataset
        let count = dataset.responses.count
        var variables: [String: [String?]] = [:]
        var why: [WhyKey: [String?]] = [:]
        for (row, response) in dataset.responses.enumerated() {
            for (name, value) in dataset.survey.cells(for: response) {
                variables[name, default: Array(repeating: nil, count: count)][row] = value
            }
            for step in response.ladder {
                let key = WhyKey(probe: step.probeID, option: step.optionCode, depth: step.depth)
                why[key, default: Array(repeating: nil, count: count)][row] = step.text
            }
        }
        self.variables = variables
        self.why = why
        let types = Dictionary(dataset.survey.attributes.map { ($0.id, $0.type) }, uniquingKeysWith: { a, _ in a })
        attributes = dataset.responses.map { response in
            var values = dataset.respondents[response.respondentID]?.attributes ?? [:]
            for (id, type) in types where type == .bool {
                values[id] = values[id].flatMap(Self.booleanCode)
            }
            return values
        }
    }

    /// The raw text of `source` in every row, nil where there is no value.
    func column(_ source: ExportColumn.Source) -> [String?] {
        let responses = dataset.responses
        switch source {
        case .responseID: return responses.map(\.id)
        case .fixed(let name): return responses.map { fixedCell(name, of: $0) }
        case .attribute(let id): return attributes.map { $0[id] }
        case .variable(let name): return variables[name] ?? Array(repeating: nil, count: responses.count)
        case .why(let probe, let option, let depth):
            return why[WhyKey(probe: probe, option: option, depth: depth)]
                ?? Array(repeating: nil, count: responses.count)
        case .weight:
            let weights = dataset.weight?.values ?? [:]
            return responses.map { weights[$0.id].map { String($0) } }
        case .replicateWeight(let r):
            let replicates = dataset.weight?.replicates ?? [:]
            return responses.map { response in
                replicates[response.id].flatMap { $0.indices.contains(r) ? String($0[r]) : nil }
            }
        }
    }

    /// The text of fixed column `name` for `response`, as the CSV export writes it (times as `Timestamp`).
    func fixedCell(_ name: String, of response: Response) -> String? {
        switch name {
        case ResponseColumns.respondentID: response.respondentID
        case ResponseColumns.status: response.status.rawValue
        case ResponseColumns.disposition: response.disposition.rawValue
        case ResponseColumns.surveyVersion: response.surveyVersion.description
        case ResponseColumns.startedAt: response.startedAt.map(Timestamp.format)
        case ResponseColumns.updatedAt: Timestamp.format(response.updatedAt)
        case ResponseColumns.completedAt: dataset.completedAt[response.id].map(Timestamp.format)
        case ResponseColumns.interviewer: dataset.interviewers[response.id]
        case ResponseColumns.mode: dataset.modes[response.id]
        default: nil
        }
    }

    /// `1` for true, yes, 1; `0` for false, no, 0 (ignoring case); nil for anything else.
    static func booleanCode(_ text: String) -> String? {
        switch text.lowercased() {
        case "true", "yes", "1": "1"
        case "false", "no", "0": "0"
        default: nil
        }
    }
}
