import Foundation
import SurveyModel
import SurveyStore
import Synchronization

/// Reads a JSON Lines file (one response object per line, as written by `voc export --format jsonl`) and hands out
/// batches of valid responses. The file's text is held in memory; objects are decoded one batch at a time. Each
/// object's answers are laid out in the wide form and checked by the same decoder as CSV rows, so both formats obey
/// the same rules. Errors name `file:line:1`.
///
/// Object keys: the fixed columns (`response_id`, `status`, ...), `attributes` (object of strings), `answers`
/// (question id → `{"kind": ..., "value": ...}` as in `AnswerValueCoding`), `other_texts` (object) and `ladder`
/// (array of `{"probe", "question", "option", "depth", "text"}`).
///
/// The file must be UTF-8 (a byte-order mark at its start is skipped): a line that is not is rejected with a
/// located error and nothing of it is stored. Lines end at LF (a CR before it is JSON whitespace).
final class JSONLinesResponseSource: ResponseBatchSource {
    private struct State {
        var lines: [ArraySlice<UInt8>]
        var position = 0
        var report: ImportFileReport
    }

    private let state: Mutex<State>
    private let decoder: ResponseRowDecoder
    private let surveys: ImportSurveys
    private let batchSize: Int
    private let header: [String]

    init(path: String, surveys: ImportSurveys, batchSize: Int) throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let variables = surveys.byVersion.values.flatMap { $0.variables.map(\.name) }
        var seen = Set<String>()
        header = ResponseColumns.fixed + variables.filter { seen.insert($0).inserted }
        decoder = ResponseRowDecoder(file: path, header: header, surveys: surveys)
        self.surveys = surveys
        self.batchSize = batchSize
        state = Mutex(
            State(
                lines: bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false),
                report: ImportFileReport(file: path)))
    }

    var report: ImportFileReport { state.withLock { $0.report } }

    func nextBatch() throws -> [ImportedResponse]? {
        state.withLock { state in
            var batch: [ImportedResponse] = []
            while batch.count < batchSize, state.position < state.lines.count {
                let bytes = state.lines[state.position]
                state.position += 1
                guard let line = String(validating: bytes, as: UTF8.self) else {
                    _ = state.report.admit((nil, [Self.invalidUTF8(line: state.position, file: state.report.file)]))
                    continue
                }
                if line.allSatisfy(\.isWhitespace) { continue }
                if let response = state.report.admit(decode(line, line: state.position, file: state.report.file)) {
                    batch.append(response)
                }
            }
            return batch.isEmpty ? nil : batch
        }
    }

    /// The error of a line that is not valid UTF-8 (never stored with replacement characters).
    static func invalidUTF8(line: Int, file: String) -> Diagnostic {
        Diagnostic(
            .error, code: "invalid-utf8", "invalid UTF-8 on the line (the file must be saved as UTF-8)",
            at: SourceLocation(file: file, line: line, column: 1))
    }

    private func decode(_ text: String, line: Int, file: String) -> (ImportedResponse?, [Diagnostic]) {
        func failure(_ message: String) -> (ImportedResponse?, [Diagnostic]) {
            (
                nil,
                [Diagnostic(.error, code: "bad-json", message, at: SourceLocation(file: file, line: line, column: 1))]
            )
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] else {
            return failure("the line is not a JSON object")
        }
        var cells = Array(repeating: "", count: header.count)
        for (index, name) in ResponseColumns.fixed.enumerated() {
            if let value = object[name] as? String { cells[index] = value }
        }
        let versionText = object[ResponseColumns.surveyVersion] as? String
        let survey = versionText.flatMap(SemanticVersion.init(parsing:)).flatMap(surveys.survey) ?? surveys.current
        let columnIndex = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let otherTexts = object["other_texts"] as? [String: String] ?? [:]
        for (questionID, raw) in object["answers"] as? [String: Any] ?? [:] {
            guard let question = survey.whatQuestion(questionID) else {
                return failure("'\(questionID)' is not a question of survey '\(survey.id)'")
            }
            guard let answer = raw as? [String: Any], let kind = answer["kind"] as? String,
                let payload = answer["value"],
                let data = try? JSONSerialization.data(withJSONObject: payload, options: [.fragmentsAllowed]),
                let value = try? AnswerValueCoding.decode(kind: kind, json: String(decoding: data, as: UTF8.self))
            else {
                return failure("the answer to '\(questionID)' is not a {\"kind\", \"value\"} object of a known kind")
            }
            let others = otherTexts.filter { $0.key.hasPrefix(questionID + ".") }
            for (name, cell) in survey.cells(for: question, answer: value, otherTexts: others) {
                if let index = columnIndex[name] { cells[index] = cell }
            }
        }
        var ladder: [LadderStep] = []
        for step in object["ladder"] as? [[String: Any]] ?? [] {
            guard let probe = step["probe"] as? String, let depth = step["depth"] as? Int,
                let text = step["text"] as? String,
                let found = survey.whyProbes.first(where: { $0.id == probe }),
                (1...max(1, found.ladderDepth)).contains(depth)
            else { return failure("a ladder step names an unknown probe or a depth outside the probe's ladder") }
            ladder.append(
                LadderStep(
                    probeID: probe, questionID: found.about, optionCode: step["option"] as? String, depth: depth,
                    text: text))
        }
        let attributes = object["attributes"] as? [String: String] ?? [:]
        var (imported, problems) = decoder.decode(cells, row: line, ladder: ladder, attributes: attributes)
        if let seed = object["seed"] as? NSNumber { imported?.response.seed = seed.uint64Value }
        // The cells are synthetic: a line has no columns, so every problem points at the line's start.
        for index in problems.indices { problems[index].location?.column = 1 }
        return (imported, problems)
    }
}
