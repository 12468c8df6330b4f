public import SurveyModel
public import SurveyStatistics
import SurveyText

/// Respondents loaded for a statistics command: the survey (when known), a columnar frame of the requested
/// columns and the survey design.
public struct StudyFrame: Sendable {
    public var survey: Survey?
    public var frame: SurveyFrame
    public var design: SurveyDesign
    /// Where the data came from, for messages (`FILE` or `STORE`).
    public var source: String
    /// Columns the data has (all of them, not only the loaded ones).
    public var available: [String]
    /// With a store: the respondent id of each row (weight sets are keyed by respondent). Empty for CSV data.
    public var respondentIDs: [String] = []
    /// With a store: the response id of each row.
    public var responseIDs: [String] = []
    /// With a store: the survey id the rows belong to.
    public var surveyID: String?
    /// Warnings to show the user (e.g. a weight set whose calibration no longer reproduces its weights).
    public var warnings: [String] = []

    /// Reads the survey first (from the survey file or the store), asks `columns` which columns to load, then
    /// loads them. Requested columns the data lacks are left out (the caller decides whether that is an error).
    /// - Throws: `StudyError` for an unreadable survey, store or data file, an ambiguous or unknown survey, an
    ///   unknown weight set (listing the ones that exist); CSV and design errors.
    public static func load(
        _ request: StudyRequest, columns: (Survey?) throws -> [String]
    ) async throws
        -> StudyFrame
    {
        switch request {
        case .store(let path, let surveyID, let weightSet, let aggregate, let quality, let design):
            return try await StoreFrameReader.load(
                path: path, surveyID: surveyID, weightSet: weightSet, aggregate: aggregate, quality: quality,
                design: design, columns: columns)
        case .data(let path, let surveyFile, let designColumns):
            let survey = try surveyFile.map { try SurveyFile.load($0) }
            let reader = try CSVReader(path: path)
            let header = Set(reader.header)
            let replicateColumns =
                try designColumns.replicates?.matchingColumns(header: reader.header, path: path) ?? []
            let wanted = try columns(survey) + designColumns.columns + replicateColumns
            var seen = Set<String>()
            let present = wanted.filter { header.contains($0) && seen.insert($0).inserted }
            if let missing = designColumns.columns.first(where: { !header.contains($0) }) {
                throw StudyError("\(path): error: no column '\(missing)' (named by a design option)")
            }
            let frame = try SurveyFrame(csv: reader, columns: present.map { CSVColumnRequest($0) })
            let design = try designColumns.design(frame: frame, replicateColumns: replicateColumns, path: path)
            return StudyFrame(survey: survey, frame: frame, design: design, source: path, available: reader.header)
        }
    }
}
