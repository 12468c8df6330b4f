import Foundation
import SurveyModel
import SurveyStore

/// Reads the header of a LimeSurvey response export with question codes as headings.
///
/// - `id` is the response id and `token` the respondent id; `startdate` is `started_at`, `datestamp`
///   `updated_at` and `submitdate` `completed_at` and the status (empty: not submitted, partial). LimeSurvey
///   writes its server's local time without a zone: times are read as UTC.
/// - LimeSurvey's other columns (`lastpage`, `startlanguage`, `seed`, `ipaddr`, `refurl`, participant data, the
///   timings `interviewtime`, `groupTime12`, `G1Q1Time`) and comments (`Q1[comment]`) are not imported.
/// - `CODE` is a question's answer, `CODE[SQ]` an item of a multiple choice (`Y` or empty) or a row of an array,
///   `CODE[other]` the "other" text, `CODE[1]`, `CODE[2]`, ... the items of a ranking by rank.
/// - Any other column holds answers the survey has no place for: unknown (an error).
struct LimeSurveyColumnMatcher: ForeignColumnMatcher {
    let header: [String]
    let index: ForeignSurveyIndex

    /// LimeSurvey's own columns and the fixed column each gives (nil: not imported).
    static let metadata: [String: String?] = [
        "id": ResponseColumns.responseID, "token": ResponseColumns.respondentID,
        "startdate": ResponseColumns.startedAt, "datestamp": ResponseColumns.updatedAt,
        "lastpage": nil, "startlanguage": nil, "seed": nil, "ipaddr": nil, "refurl": nil, "interviewtime": nil,
        "firstname": nil, "lastname": nil, "email": nil, "emailstatus": nil, "language": nil, "tid": nil,
        "participant_id": nil, "sent": nil, "remindersent": nil, "remindercount": nil, "completed": nil,
        "usesleft": nil, "validfrom": nil, "validuntil": nil, "blacklisted": nil, "optout": nil,
    ]

    var responseIDColumns: String { "id" }

    func zone(_ position: Int) -> TimeZone { .gmt }

    func match(_ position: Int) -> ForeignColumnMatch {
        let name = header[position]
        if name == "submitdate" {
            return .role(index.index(ResponseColumns.completedAt).map { .submitDate($0) } ?? .ignored)
        }
        if let fixed = Self.metadata[name] {
            return .role(fixed.flatMap { index.role(column: $0, zone: .gmt) } ?? .ignored)
        }
        if name.hasPrefix("attribute_") || name.hasPrefix("groupTime") { return .role(.ignored) }
        if let role = index.answerRole(name) { return .role(role) }
        if name.hasSuffix("Time"), index.question(String(name.dropLast(4))) != nil { return .role(.ignored) }
        guard name.hasSuffix("]"), let open = name.firstIndex(of: "[") else { return .unknown }
        let code = String(name[..<open])
        let part = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
        guard let question = index.question(code) else { return .unknown }
        return subquestion(part, of: question)
    }

    /// The role of `CODE[part]`.
    private func subquestion(_ part: String, of question: WhatQuestion) -> ForeignColumnMatch {
        let id = question.id
        if part == "comment" || part.hasSuffix("comment") { return .role(.ignored) }
        switch question.kind {
        case .singleChoice where part == "other":
            return index.otherText(of: question).map { .role(.copy($0)) } ?? .unknown
        case .multipleChoice where part == "other":
            guard let flag = index.index("\(id).other"), let text = index.otherText(of: question, code: "other") else {
                return .unknown
            }
            return .role(.otherSelecting(flag: flag, text: text))
        case .ranking(let source, _):
            guard let rank = Int(part), rank >= 1 else { return .unknown }
            let columns = index.survey.options(source).compactMap { option in
                index.index("\(id).\(option.code)").map { (option.code, $0) }
            }
            return .role(
                .rankedItem(
                    question: id, rank: rank,
                    columns: Dictionary(columns, uniquingKeysWith: { first, _ in first })))
        default:
            return index.role(column: "\(id).\(part)", zone: .gmt).map { .role($0) } ?? .unknown
        }
    }
}
