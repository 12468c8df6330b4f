import SurveyStore
import Foundation
import SurveyModel
import SurveyParser
import SurveyText

/// Writes stored responses of one survey as CSV, JSON Lines or JSON, with a codebook and the why answers.
///
/// - Rows: one per complete response (`includePartial` adds in-progress, partial and break-off ones), ordered by
///   response id, read page by page (memory stays bounded).
/// - CSV columns: `ResponseColumns.fixed`, respondent attributes (sorted), then the survey's variables in order.
///   Responses of other survey versions are laid out with their own definition into the same columns.
/// - With an output file `FILE.csv` (or `FILE.jsonl`), CSV and JSON Lines also write `FILE.codebook.json`; CSV
///   writes the why answers as the long table `FILE.why.csv` (`ResponseColumns.why`). JSON holds the codebook as
///   a section and the why answers in each response's `ladder`. Standard output gets the data only.
///
/// Files are written beside their destinations under temporary names and renamed into place only when the whole
/// export has succeeded, so a failure never leaves a partial file or replaces an existing one.
///
/// Throws `StoreError` from the store and `CSVError.io` when a file cannot be written.
public struct ResponseExporter: Sendable {
    public let store: any ResponseStore
    /// The survey whose variables define the columns (normally the newest registered version).
    public let survey: Survey
    /// Every registered version of the survey, to lay out older responses.
    public let versions: [SemanticVersion: Survey]
    public var includePartial: Bool
    /// Responses read per store call (default 2,000).
    public var pageSize = 2_000
    /// The records of a quality run (`--quality-run`) by response id: CSV gains the columns
    /// `ResponseColumns.derived` (score 0 and no flags for responses the run did not flag), JSON and JSON Lines a
    /// `quality` object; nil writes neither.
    public var quality: [String: QualityRecord]?

    public init(
        store: any ResponseStore, survey: Survey, versions: [SemanticVersion: Survey] = [:], includePartial: Bool
    ) {
        self.store = store
        self.survey = survey
        self.versions = versions
        self.includePartial = includePartial
    }

    /// Loads the newest registered definition of `surveyID` (or of the only survey in the store when nil), and the
    /// records of the quality run `qualityRun` when one is named.
    /// Throws `ResponseExportError.noSurvey` / `.ambiguousSurvey` / `.unknownQualityRun` when that is not possible.
    public static func load(
        store: any ResponseStore, surveyID: String?, includePartial: Bool, qualityRun: String? = nil
    ) async throws -> ResponseExporter {
        let records = try await store.surveyDefinitions(surveyID: surveyID)
        let ids = Set(records.map(\.surveyID))
        guard let id = surveyID ?? ids.first, ids.contains(id) else { throw ResponseExportError.noSurvey }
        guard surveyID != nil || ids.count == 1 else { throw ResponseExportError.ambiguousSurvey(ids.sorted()) }
        var versions: [SemanticVersion: Survey] = [:]
        for record in records where record.surveyID == id {
            let document = SurveyLoader.load(text: record.json, path: "<store>", format: .json)
            guard let survey = document.survey else {
                throw ResponseExportError.unreadableDefinition(id, record.version)
            }
            versions[record.version] = survey
        }
        guard let newest = versions.keys.max(), let survey = versions[newest] else {
            throw ResponseExportError.noSurvey
        }
        var exporter = ResponseExporter(
            store: store, survey: survey, versions: versions, includePartial: includePartial)
        if let qualityRun {
            guard let run = try await store.qualityRun(name: qualityRun, surveyID: id) else {
                let known = try await store.qualityRuns(surveyID: id).map(\.name)
                throw ResponseExportError.unknownQualityRun(qualityRun, known)
            }
            exporter.quality = Dictionary(
                run.records.map { ($0.responseID, $0) }, uniquingKeysWith: { first, _ in first })
        }
        return exporter
    }

    /// Writes the export to `path` (nil: standard output) and returns the number of responses written.
    @discardableResult
    public func export(format: ExportFormat, to path: String?) async throws -> Int {
        var files = StagedFiles()
        defer { files.discard() }
        let writer =
            try path.map { try CSVWriter(path: files.stage($0)) }
            ?? CSVWriter(standardOutputWithDelimiter: UInt8(ascii: ","))
        let attributes = try await store.respondentAttributeNames()
        let stem = path.map(Self.stem)
        let why = try stem.flatMap { format == .csv ? try CSVWriter(path: files.stage($0 + ".why.csv")) : nil }
        try why?.writeRow(ResponseColumns.why)
        let variables = survey.variables.map(\.name)
        switch format {
        case .csv:
            try writer.writeRow(
                ResponseColumns.fixed + attributes + variables + (quality == nil ? [] : ResponseColumns.derived))
        case .json:
            try writer.writeRaw(
                "{\"codebook\":" + ExportCodebook.json(survey: survey, attributeColumns: attributes)
                    + ",\n\"responses\":[\n")
        case .jsonl: break
        }
        var count = 0
        let statuses: Set<ResponseStatus>? = includePartial ? nil : [.complete]
        let query = ResponseQuery(surveyID: survey.id, statuses: statuses, limit: pageSize)
        try await store.forEachResponsePage(query) { page in
            let respondents = try await store.respondentsByID(page.map(\.response.respondentID))
            for stored in page {
                let respondentAttributes = respondents[stored.response.respondentID]?.attributes ?? [:]
                switch format {
                case .csv:
                    try writer.writeRow(
                        csvRow(stored, attributes: attributes, values: respondentAttributes) + qualityCells(stored))
                    for step in stored.response.ladder {
                        try why?.writeRow([
                            stored.response.id, stored.response.respondentID, step.probeID, step.questionID,
                            step.optionCode ?? "", String(step.depth), step.text,
                        ])
                    }
                case .jsonl: try writer.writeRaw(jsonObject(stored, attributes: respondentAttributes) + "\n")
                case .json:
                    try writer.writeRaw(
                        (count > 0 ? ",\n" : "") + jsonObject(stored, attributes: respondentAttributes))
                }
                count += 1
            }
        }
        if format == .json { try writer.writeRaw("\n]}\n") }
        try writer.close()
        try why?.close()
        if let stem, format != .json {
            let codebook = try CSVWriter(path: files.stage(stem + ".codebook.json"))
            try codebook.writeRaw(ExportCodebook.json(survey: survey, attributeColumns: attributes) + "\n")
            try codebook.close()
        }
        try files.commit()
        return count
    }

    /// Output files written under temporary names beside their destinations, renamed into place together.
    struct StagedFiles {
        private var staged: [(temporary: String, destination: String)] = []

        /// A temporary path for `destination`, in the same folder (so the rename cannot cross file systems).
        mutating func stage(_ destination: String) -> String {
            let url = URL(fileURLWithPath: destination)
            let temporary = url.deletingLastPathComponent()
                .appendingPathComponent(".\(url.lastPathComponent).voc-\(UUID().uuidString).tmp").path
            staged.append((temporary, destination))
            return temporary
        }

        /// Renames every staged file to its destination (replacing an existing file atomically).
        /// - Throws: `CSVError.io` naming the destination that could not be replaced.
        mutating func commit() throws {
            for file in staged where rename(file.temporary, file.destination) != 0 {
                throw CSVError(
                    file: file.destination, row: 0, column: 0, kind: .io(detail: String(cString: strerror(errno))))
            }
            staged = []
        }

        /// Removes the staged files that were not committed.
        func discard() {
            for file in staged { unlink(file.temporary) }
        }
    }

    /// The quality cells of a response (none without a quality run).
    func qualityCells(_ stored: StoredResponse) -> [String] {
        guard let quality else { return [] }
        let record = quality[stored.response.id]
        return [record.map { JSONOutput.format($0.score) } ?? "0", record?.flags.joined(separator: ";") ?? ""]
    }

    /// The response's JSON object, with its `quality` object when a quality run is exported.
    func jsonObject(_ stored: StoredResponse, attributes: [String: String]) -> String {
        let object = ResponseJSON.object(stored, attributes: attributes)
        guard let quality, object.hasSuffix("}") else { return object }
        let record = quality[stored.response.id]
        let value = JSONOutput.object([
            ("score", .number(record?.score ?? 0)), ("flags", .array((record?.flags ?? []).map { .string($0) })),
        ])
        return String(object.dropLast()) + ",\"quality\":" + value.text + "}"
    }

    /// `path` without its `.csv`, `.jsonl` or `.json` extension: the stem of the side files.
    public static func stem(_ path: String) -> String {
        for suffix in [".csv", ".jsonl", ".json"] where path.lowercased().hasSuffix(suffix) {
            return String(path.dropLast(suffix.count))
        }
        return path
    }

    /// The CSV cells of one response: fixed columns, attributes, variables.
    func csvRow(_ stored: StoredResponse, attributes: [String], values: [String: String]) -> [String] {
        let response = stored.response
        let layout = versions[response.surveyVersion] ?? survey
        let cells = layout.cells(for: response)
        return [
            response.id, response.respondentID, response.status.rawValue, response.disposition.rawValue,
            response.surveyVersion.description, response.startedAt.map(Timestamp.format) ?? "",
            Timestamp.format(response.updatedAt),
            stored.completedAt.map(Timestamp.format) ?? "", stored.interviewer ?? "", stored.mode ?? "",
        ] + attributes.map { values[$0] ?? "" } + survey.variables.map { cells[$0.name] ?? "" }
    }
}
