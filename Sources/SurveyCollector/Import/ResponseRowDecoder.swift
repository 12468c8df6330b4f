import Foundation
import SurveyModel
import SurveyStore
import SurveyText

/// Turns one wide row (fixed columns, attribute columns, variable columns) into an `ImportedResponse`, checking
/// every cell and the response's logic. Problems become `file:row:column` diagnostics; none quotes a value.
///
/// Times are never made up: a missing `started_at` or `completed_at` stays nil (a `complete` response without
/// `completed_at` included), and a missing `updated_at` becomes the latest time the row does give (`completed_at`,
/// else `started_at`), else `importedAt`, the time of the import.
struct ResponseRowDecoder: Sendable {
    let file: String
    /// The `updated_at` of a row that gives no time at all (default: when the decoder was made).
    let importedAt: Date
    let header: [String]
    let surveys: ImportSurveys
    private let fixed: [String: Int]
    func fixedIndex(_ name: String) -> Int? { fixed[name] }
    private let attributeColumns: [(name: String, index: Int)]
    private let decoders: [SemanticVersion: (WideAnswerDecoder, ResponseLogicChecker)]
    /// Problems with the header itself (unknown variable-like columns, missing id column).
    let headerProblems: [Diagnostic]
    /// The current survey's version as text (rows almost always carry it: parsed once).
    private let currentVersionText: String

    init(file: String, header: [String], surveys: ImportSurveys, importedAt: Date = Date()) {
        self.file = file
        self.importedAt = importedAt
        self.header = header
        self.surveys = surveys
        currentVersionText = surveys.current.version.description
        var fixed: [String: Int] = [:]
        for (index, name) in header.enumerated() where ResponseColumns.fixed.contains(name) { fixed[name] = index }
        self.fixed = fixed
        var decoders: [SemanticVersion: (WideAnswerDecoder, ResponseLogicChecker)] = [:]
        for (version, survey) in surveys.byVersion {
            decoders[version] = (
                WideAnswerDecoder(survey: survey, header: header), ResponseLogicChecker(survey: survey)
            )
        }
        self.decoders = decoders
        let variableColumns = decoders.values.reduce(into: Set<Int>()) { $0.formUnion($1.0.variableColumns) }
        let questionIDs = Set(surveys.byVersion.values.flatMap { $0.whatQuestions.map(\.id) })
        var attributes: [(String, Int)] = []
        var problems: [Diagnostic] = []
        for (index, name) in header.enumerated()
        where fixed[name] != index && !variableColumns.contains(index) && !ResponseColumns.derived.contains(name) {
            let stem = name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? name
            if questionIDs.contains(stem) {
                problems.append(
                    Diagnostic(
                        .error, code: "unknown-variable",
                        "column '\(name)' is not a variable of survey '\(surveys.current.id)'",
                        at: SourceLocation(file: file, line: 1, column: index + 1)))
            } else {
                attributes.append((name, index))
            }
        }
        if fixed[ResponseColumns.responseID] == nil {
            problems.append(
                Diagnostic(
                    .error, code: "missing-column", "the header has no '\(ResponseColumns.responseID)' column",
                    at: SourceLocation(file: file, line: 1, column: 1)))
        }
        attributeColumns = attributes
        headerProblems = problems
    }

    /// The response in `cells` (a row starting on line `row`), or nil with the problems found.
    func decode(
        _ cells: [String], row: Int, ladder: [LadderStep] = [], attributes extraAttributes: [String: String] = [:]
    ) -> (ImportedResponse?, [Diagnostic]) {
        var problems: [Diagnostic] = []
        func problem(_ column: Int?, _ code: String, _ message: String) {
            problems.append(
                Diagnostic(
                    .error, code: code, message, at: SourceLocation(file: file, line: row, column: (column ?? 0) + 1)))
        }
        func text(_ name: String) -> (Int?, String) {
            guard let index = fixed[name] else { return (nil, "") }
            return (index, cells[index])
        }
        let (idColumn, id) = text(ResponseColumns.responseID)
        if id.isEmpty { problem(idColumn, "missing-id", "the response id is empty") }
        let respondent = text(ResponseColumns.respondentID).1
        var version = surveys.current.version
        let (versionColumn, versionText) = text(ResponseColumns.surveyVersion)
        if !versionText.isEmpty && versionText != currentVersionText {
            if let parsed = SemanticVersion(parsing: versionText) {
                version = parsed
            } else {
                problem(versionColumn, "bad-version", "the survey version is not a version MAJOR.MINOR.PATCH")
            }
        }
        guard let (decoder, checker) = decoders[version] else {
            problem(
                versionColumn, "unknown-version",
                "survey '\(surveys.current.id)' version \(version) is not registered in the store")
            return (nil, problems)
        }
        let (statusColumn, statusText) = text(ResponseColumns.status)
        let status = statusText.isEmpty ? ResponseStatus.complete : ResponseStatus(rawValue: statusText)
        if status == nil {
            problem(
                statusColumn, "bad-status",
                "the status must be one of "
                    + ResponseStatus.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let dispositionText = text(ResponseColumns.disposition).1
        let disposition =
            dispositionText.isEmpty ? Self.defaultDisposition(status ?? .complete) : DispositionCode(dispositionText)
        if disposition.group == .pending && status != .inProgress {
            problem(fixed[ResponseColumns.disposition], "bad-disposition", "the disposition is not an AAPOR code")
        }
        func date(_ name: String) -> Date? {
            let (column, value) = text(name)
            guard !value.isEmpty else { return nil }
            guard let parsed = Timestamp.parse(value) else {
                problem(column, "bad-timestamp", "'\(name)' is not a timestamp YYYY-MM-DDTHH:MM:SS.sssZ")
                return nil
            }
            return parsed
        }
        let startedAt = date(ResponseColumns.startedAt)
        let updatedAt = date(ResponseColumns.updatedAt)
        let completedAt = date(ResponseColumns.completedAt)
        var answers: [String: AnswerValue] = Dictionary(minimumCapacity: decoder.plans.count)
        var otherTexts: [String: String] = [:]
        for plan in decoder.plans {
            let (value, others, cellProblems) = decoder.decode(plan, cells: cells)
            for cellProblem in cellProblems { problem(cellProblem.column, "bad-value", cellProblem.message) }
            if let value { answers[plan.question.id] = value }
            if !others.isEmpty { otherTexts.merge(others) { $1 } }
        }
        var attributes = extraAttributes
        for (name, index) in attributeColumns where !cells[index].isEmpty { attributes[name] = cells[index] }
        if problems.isEmpty {
            for logic in checker.problems(answers: answers, attributes: attributes, complete: status == .complete) {
                // A question with no column in the file (e.g. personal data left out of an export) is the row's.
                let column = decoder.plans.first { $0.question.id == logic.questionID }?.firstColumn
                problem(column, column == nil ? "logic-row" : "logic", logic.message)
            }
        }
        guard problems.isEmpty, let status else { return (nil, problems) }
        let response = Response(
            id: id, respondentID: respondent.isEmpty ? id : respondent, surveyID: surveys.current.id,
            surveyVersion: version, status: status, disposition: disposition, startedAt: startedAt,
            updatedAt: updatedAt ?? completedAt ?? startedAt ?? importedAt, seed: 0,
            answers: answers, otherTexts: otherTexts, ladder: ladder)
        let interviewer = text(ResponseColumns.interviewer).1
        let mode = text(ResponseColumns.mode).1
        return (
            ImportedResponse(
                response: response, attributes: attributes, interviewer: interviewer.isEmpty ? nil : interviewer,
                mode: mode.isEmpty ? "import" : mode, completedAt: completedAt,
                quotaIDs: status == .complete ? checker.quotas(answers: answers, attributes: attributes) : []),
            []
        )
    }

    static func defaultDisposition(_ status: ResponseStatus) -> DispositionCode {
        switch status {
        case .complete: .complete
        case .partial: .partial
        case .breakOff: .breakOff
        case .inProgress: .inProgress
        }
    }
}

extension ResponseRowDecoder {
    /// The text of fixed column `name` in `cells` ("" when the header lacks it).
    func fixedValue(_ name: String, in cells: [String]) -> String {
        fixedIndex(name).map { cells[$0] } ?? ""
    }
}
