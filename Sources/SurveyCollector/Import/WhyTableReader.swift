import Foundation
import SurveyModel
import SurveyStore
import SurveyText

/// Reads the long why table (`FILE.why.csv`, columns `ResponseColumns.why`) written beside a CSV export, so that
/// ladder steps travel with an export → import round trip.
enum WhyTableReader {
    /// The ladder steps by response id, and the problems found (unknown probes, bad depths, malformed rows).
    static func read(path: String, survey: Survey) -> ([String: [LadderStep]], [Diagnostic]) {
        var ladders: [String: [LadderStep]] = [:]
        var problems: [Diagnostic] = []
        let reader: CSVReader
        do {
            reader = try CSVReader(path: path)
        } catch {
            return ([:], Diagnostic.reading(error, file: path))
        }
        let columns = ResponseColumns.why.map { reader.columnIndex($0) }
        if let missing = zip(ResponseColumns.why, columns).first(where: { $0.1 == nil }) {
            return (
                [:],
                [
                    Diagnostic(
                        .error, code: "missing-column", "the why table has no '\(missing.0)' column",
                        at: SourceLocation(file: path, line: 1, column: 1))
                ]
            )
        }
        let index = columns.map { $0! }
        let probes = Dictionary(survey.whyProbes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func report(_ error: CSVError) { problems.append(Diagnostic(error)) }
        var iterator = reader.makeRowIterator()
        while let row = iterator.next(reporting: report) {
            let cells = row.fields
            func problem(_ column: Int, _ message: String) {
                problems.append(
                    Diagnostic(
                        .error, code: "bad-ladder", message,
                        at: SourceLocation(file: path, line: row.row, column: column + 1)))
            }
            let probeID = cells[index[2]]
            guard let probe = probes[probeID] else {
                problem(index[2], "'\(probeID)' is not a why probe of survey '\(survey.id)'")
                continue
            }
            if cells[index[3]] != probe.about { problem(index[3], "probe '\(probeID)' is about '\(probe.about)'") }
            guard let depth = Int(cells[index[5]]), (1...max(1, probe.ladderDepth)).contains(depth) else {
                problem(index[5], "the depth of probe '\(probeID)' must be 1–\(probe.ladderDepth)")
                continue
            }
            let option = cells[index[4]]
            ladders[cells[index[0]], default: []].append(
                LadderStep(
                    probeID: probeID, questionID: probe.about, optionCode: option.isEmpty ? nil : option, depth: depth,
                    text: cells[index[6]]))
        }
        return (ladders, problems)
    }
}
