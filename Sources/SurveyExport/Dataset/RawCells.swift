import Foundation
import SurveyModel

/// The text of every cell of a dataset before conversion: survey cells, attributes, why steps, weights.
struct RawCells {
    private let dataset: ExportDataset
    private let cells: [[String: String]]
    private let why: [[WhyKey: String]]
    private let attributes: [[String: String]]

    init(dataset: ExportDataset) {
        self.dataset = dataset
        cells = dataset.responses.map { dataset.survey.cells(for: $0) }
        why = dataset.responses.map { response in
            var steps: [WhyKey: String] = [:]
            for step in response.ladder {
                steps[WhyKey(probe: step.probeID, option: step.optionCode, depth: step.depth)] = step.text
            }
            return steps
        }
        let types = Dictionary(dataset.survey.attributes.map { ($0.id, $0.type) }, uniquingKeysWith: { a, _ in a })
        attributes = dataset.responses.map { response in
            var values = dataset.respondents[response.respondentID]?.attributes ?? [:]
            for (id, type) in types where type == .bool {
                values[id] = values[id].flatMap(Self.booleanCode)
            }
            return values
        }
    }

    /// The raw text of `source` in `row`, nil when there is no value.
    func value(of source: ExportColumn.Source, row: Int) -> String? {
        let response = dataset.responses[row]
        switch source {
        case .responseID: return response.id
        case .disposition: return response.disposition.rawValue
        case .startedAt: return response.startedAt.formatted(.iso8601)
        case .attribute(let id): return attributes[row][id]
        case .variable(let name): return cells[row][name]
        case .why(let probe, let option, let depth): return why[row][WhyKey(probe: probe, option: option, depth: depth)]
        case .weight:
            return dataset.weight?.values[response.id].map { String($0) }
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
