import Foundation
import SurveyModel
import SurveyStore

/// Reads the header of the CSV export of an XLSForm/XForms tool: KoboToolbox (`group/question`) or ODK Central
/// (`group-question`).
///
/// - The response id is `_uuid`, else `meta/instanceID` (`meta-instanceID`), else `KEY`, without the `uuid:`
///   they start with; the form's `start` and `end` are `started_at` and `completed_at`, and `_submission_time`
///   (`SubmissionDate`) `updated_at`. A time without a zone is read as UTC.
/// - The tools' other columns (`_id`, `_index`, `_status`, `_submitted_by`, `_geolocation`, ...; `meta/...`,
///   `formhub/...`; ODK Central's `SubmitterID`, `ReviewState`, ...; the preloads `today`, `deviceid`,
///   `username`, ...) and notes and calculations are not imported.
/// - A question's column is named by its path: the last step is the question's name (`voc convert` keeps it as
///   the id). A multiple choice is one column of codes separated by spaces, a ranking its items in order; the
///   one-column-per-choice form (`question/code`, 1 or 0) is read when the combined column is not there.
///   `NAME_other` is the "other" text of `NAME`, and `grid/row` a row of a grid group converted to a matrix.
/// - Any other column holds answers the survey has no place for: unknown (an error).
struct OpenDataKitColumnMatcher: ForeignColumnMatcher {
    let header: [String]
    let index: ForeignSurveyIndex

    /// The response id columns, in the order they are preferred.
    static let identifierColumns = ["_uuid", "meta/instanceID", "meta-instanceID", "KEY", "instanceID"]
    /// The tools' own columns that are not imported (besides those starting with `_`, `meta` or `formhub`).
    static let ignored: Set<String> = [
        "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status", "ReviewState",
        "DeviceID", "Edits", "FormVersion", "today", "deviceid", "username", "simserial", "subscriberid",
        "phonenumber", "email", "audit", "instanceName",
    ]

    var responseIDColumns: String { "_uuid, meta/instanceID or KEY" }

    func zone(_ position: Int) -> TimeZone { .gmt }

    func match(_ position: Int) -> ForeignColumnMatch {
        let name = header[position]
        if Self.identifierColumns.contains(name) {
            let preferred = Self.identifierColumns.first { header.contains($0) }
            guard name == preferred, let column = index.index(ResponseColumns.responseID) else {
                return .role(.ignored)
            }
            return .role(.identifier(column))
        }
        if name == "_submission_time" || name == "SubmissionDate" { return time(ResponseColumns.updatedAt) }
        if let role = answer(name) { return role }
        if name == "start" { return time(ResponseColumns.startedAt) }
        if name == "end" { return time(ResponseColumns.completedAt) }
        if Self.ignored.contains(name) || name.hasPrefix("_") || name.hasPrefix("meta/") || name.hasPrefix("meta-")
            || name.hasPrefix("formhub/") || name.hasPrefix("formhub-")
        {
            return .role(.ignored)
        }
        return .unknown
    }

    private func time(_ column: String) -> ForeignColumnMatch {
        .role(index.role(column: column, zone: .gmt) ?? .ignored)
    }

    /// The role of a question's column, trying the path's last step (and for ODK Central's `a-b-c` each shorter
    /// suffix), then `question/code` and `NAME_other`.
    private func answer(_ name: String) -> ForeignColumnMatch? {
        let steps = name.split(separator: "/").map(String.init)
        guard let last = steps.last else { return nil }
        for candidate in Self.suffixes(last) {
            if let role = index.answerRole(candidate) { return .role(role) }
            if candidate.hasSuffix("_other"), let question = index.question(String(candidate.dropLast(6))),
                let column = index.otherText(of: question)
            {
                return .role(.copy(column))
            }
        }
        guard steps.count >= 2 else { return nil }
        for parent in Self.suffixes(steps[steps.count - 2]) {
            guard let question = index.question(parent),
                let role = index.role(column: "\(parent).\(last)", zone: .gmt)
            else { continue }
            if case .codeList = index.role(wholeAnswerOf: question), hasCombinedColumn(question.id) {
                return .role(.ignored)
            }
            return .role(role)
        }
        return nil
    }

    /// Whether the header has the one-column form of multiple choice `id`.
    private func hasCombinedColumn(_ id: String) -> Bool {
        header.contains { name in
            name.split(separator: "/").last.map { Self.suffixes(String($0)).contains(id) } ?? false
        }
    }

    /// `step`, then for a name with `-` (ODK Central's path separator) what follows each `-`, longest first.
    static func suffixes(_ step: String) -> [String] {
        var result = [step]
        var rest = Substring(step)
        while let dash = rest.firstIndex(of: "-") {
            rest = rest[rest.index(after: dash)...]
            if !rest.isEmpty { result.append(String(rest)) }
        }
        return result
    }
}
