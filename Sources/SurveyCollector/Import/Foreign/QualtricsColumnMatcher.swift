import Foundation
import SurveyModel
import SurveyStore

/// Reads the header of a Qualtrics CSV export (the column names of the first row, the import ids of the third).
///
/// - `ResponseId` is the response id, `ExternalReference` the respondent id; `StartDate` is `started_at`,
///   `EndDate` `completed_at` (or `updated_at` for a response not finished) and `Finished` the status; their
///   times are read in the time zone of the third row (UTC when it names none).
/// - The rest of Qualtrics' own columns (IP address, location, progress, duration, recipient, language,
///   `Q_...` fraud scores) and the timing, meta info, NPS group and display order columns of questions are not
///   imported.
/// - A question's columns are named by its export tag, which `voc convert` keeps as the question's id: `TAG`
///   (one answer), `TAG_CODE` (an option of a multiple answer, an item of a rank order, a row of a matrix or
///   slider, with the recode value as voc's code) and `TAG_CODE_TEXT` (an option's "other" text).
/// - A column whose import id is a `QID` that fits none of the survey's questions is unknown (an error); any
///   other column (embedded data) is a respondent attribute.
struct QualtricsColumnMatcher: ForeignColumnMatcher {
    let header: [String]
    let importIDs: [QualtricsImportID?]
    let index: ForeignSurveyIndex

    /// Qualtrics' own columns by name and import id, and the fixed column each gives (nil: not imported).
    static let metadata: [String: String?] = [
        "StartDate": ResponseColumns.startedAt, "startDate": ResponseColumns.startedAt,
        "EndDate": ResponseColumns.completedAt, "endDate": ResponseColumns.completedAt,
        "ResponseId": ResponseColumns.responseID, "ResponseID": ResponseColumns.responseID,
        "_recordId": ResponseColumns.responseID,
        "ExternalReference": ResponseColumns.respondentID, "ExternalDataReference": ResponseColumns.respondentID,
        "externalDataReference": ResponseColumns.respondentID,
        "Status": nil, "status": nil, "IPAddress": nil, "ipAddress": nil, "Progress": nil, "progress": nil,
        "Duration (in seconds)": nil, "duration": nil, "RecordedDate": nil, "recordedDate": nil,
        "RecipientLastName": nil, "recipientLastName": nil, "RecipientFirstName": nil, "recipientFirstName": nil,
        "RecipientEmail": nil, "recipientEmail": nil, "LocationLatitude": nil, "locationLatitude": nil,
        "LocationLongitude": nil, "locationLongitude": nil, "DistributionChannel": nil, "distributionChannel": nil,
        "UserLanguage": nil, "userLanguage": nil,
    ]

    var responseIDColumns: String { "ResponseId" }

    func zone(_ position: Int) -> TimeZone {
        importIDs[position]?.timeZone.flatMap(TimeZone.init(identifier:)) ?? .gmt
    }

    func match(_ position: Int) -> ForeignColumnMatch {
        let name = header[position]
        let importID = importIDs[position]
        if name == "Finished" || importID?.id == "finished" { return .role(.finished) }
        if let fixed = Self.metadata[name] ?? importID.flatMap({ Self.metadata[$0.id] }) {
            guard let fixed, let role = index.role(column: fixed, zone: zone(position)) else { return .role(.ignored) }
            return .role(role)
        }
        if name.hasPrefix("Q_") { return .role(.ignored) }
        guard importID?.isQuestion ?? true else {
            return .role(name.isEmpty ? .ignored : .attribute(name))
        }
        if let id = importID?.id, QualtricsImportID.derivedSuffixes.contains(where: id.hasSuffix) {
            return .role(.ignored)
        }
        if let role = index.answerRole(name) { return .role(role) }
        if name.hasSuffix("_TEXT") { return other(String(name.dropLast(5))) }
        return part(name) ?? (importID == nil ? .role(.attribute(name)) : .unknown)
    }

    /// `TAG_CODE`: the variable `TAG.CODE`, or the one answer of `TAG` (a single slider is `TAG_1`).
    private func part(_ name: String) -> ForeignColumnMatch? {
        for split in name.indices.reversed() where name[split] == "_" {
            let tag = String(name[..<split])
            let code = String(name[name.index(after: split)...])
            guard let question = index.question(tag) else { continue }
            if let role = index.role(column: "\(tag).\(code)", zone: .gmt) { return .role(role) }
            if index.survey.variables(for: question).count == 1, let role = index.role(wholeAnswerOf: question) {
                return .role(role)
            }
            return .unknown
        }
        return nil
    }

    /// `TAG_CODE_TEXT` (or `TAG_TEXT`): the "other" text of option `CODE` of `TAG` (of its only "other" option
    /// when `CODE` is a choice id that is not a code).
    private func other(_ stem: String) -> ForeignColumnMatch {
        if let question = index.question(stem), let column = index.otherText(of: question) {
            return .role(.copy(column))
        }
        guard let split = stem.lastIndex(of: "_"), let question = index.question(String(stem[..<split])) else {
            return .unknown
        }
        let code = String(stem[stem.index(after: split)...])
        guard let column = index.otherText(of: question, code: code) ?? index.otherText(of: question) else {
            return .unknown
        }
        return .role(.copy(column))
    }
}
