import Foundation
import SurveyModel
import SurveyStore

/// Examines one complete response on its own for `QualityAssessor`: every check that needs no other response, and
/// what the run needs to compare it with the others (times, comparable cells, long why answers, contacts).
/// Immutable and `Sendable`, so pages of responses are examined in parallel.
struct QualityExaminer: Sendable {
    let survey: Survey
    let settings: QualitySettings
    let layout: QualityLayout
    let lookup: ResponseValues.Lookup
    /// Each layout question's position, by question id.
    let questionPosition: [String: Int]

    init(survey: Survey, settings: QualitySettings) {
        self.survey = survey
        self.settings = settings
        layout = QualityLayout(survey: survey)
        lookup = ResponseValues.Lookup(survey: survey)
        questionPosition = Dictionary(
            layout.questions.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// What each of `page` (complete responses, with their respondents' attributes by respondent id) shows on its
    /// own, in order.
    func examine(_ page: [StoredResponse], attributes: [String: [String: String]]) -> [ResponseExamination] {
        var contactNames: [String: Bool] = [:]
        return page.map {
            examine($0, attributes: attributes[$0.response.respondentID] ?? [:], contactNames: &contactNames)
        }
    }

    /// What `stored` (a complete response whose respondent has `attributes`) shows on its own; `contactNames`
    /// caches `isContact` by attribute name.
    func examine(
        _ stored: StoredResponse, attributes: [String: String], contactNames: inout [String: Bool]
    ) -> ResponseExamination {
        let response = stored.response
        let values = ResponseValues(lookup: lookup, answers: response.answers, attributes: attributes)
        let asked = layout.conditions.map { conditions in conditions.allSatisfy { values.evaluate($0).isTrue } }
        var cells: [(index: Int, cell: QualityLayout.Cell)] = []
        var numbers = [Double](repeating: .nan, count: layout.items.count)
        for (questionID, answer) in response.answers {
            layout.forEachCell(answer, questionID: questionID) { index, cell in
                cells.append((index, cell))
                if case .number(let number) = cell, case .grid = answer { numbers[index] = number }
            }
        }
        var shared: [String] = []
        var flags = gridFlags(numbers)
        flags += checkFlags(values, asked: asked)
        flags += openAnswerFlags(stored, shared: &shared)
        let nonresponse = nonresponseFlags(response.answers, asked: asked)
        flags += nonresponse.flags
        if stored.completedAt == nil {
            flags.append(QualityFlag(.noCompletionTime, "no completion time recorded"))
        }
        var membership: UInt64 = 0
        for (position, segment) in survey.segments.prefix(64).enumerated() where values.evaluate(segment.when).isTrue {
            membership |= 1 << UInt64(position)
        }
        return ResponseExamination(
            responseID: response.id, respondentID: response.respondentID, flags: flags, duration: duration(stored),
            mode: stored.mode ?? "unknown", interviewer: stored.interviewer, questionTimes: questionTimes(stored),
            cells: cells, segmentMembership: membership, sharedTexts: shared.map(HashedText.init),
            contactKeys: contactKeys(attributes, contactNames: &contactNames), asked: nonresponse.asked,
            dontKnows: nonresponse.dontKnows)
    }

    /// Seconds from start to completion; NaN when either time is unknown or they are out of order.
    func duration(_ stored: StoredResponse) -> Double {
        guard let started = stored.response.startedAt, let completed = stored.completedAt, completed > started,
            started.timeIntervalSince1970 > 0
        else { return .nan }
        return completed.timeIntervalSince(started)
    }

    /// Milliseconds spent on each layout question (reachable answers' paradata; NaN: unknown).
    func questionTimes(_ stored: StoredResponse) -> [Float] {
        var times = [Float](repeating: .nan, count: layout.questions.count)
        for answer in stored.answerRecords where !answer.unreachable {
            if let milliseconds = answer.record.paradata.milliseconds,
                let position = questionPosition[answer.record.questionID]
            {
                times[position] = Float(milliseconds)
            }
        }
        return times
    }

    /// The contact attributes' values as compared (`contactKey`), each prefixed with its name and U+0001;
    /// `contactNames` caches `isContact` by attribute name.
    func contactKeys(_ attributes: [String: String], contactNames: inout [String: Bool]) -> [HashedText] {
        var keys: [HashedText] = []
        for (name, value) in attributes {
            let contact: Bool
            if let known = contactNames[name] {
                contact = known
            } else {
                contact = isContact(name)
                contactNames[name] = contact
            }
            guard contact else { continue }
            let key = Self.contactKey(value)
            if !key.isEmpty { keys.append(HashedText(name + "\u{1}" + key)) }
        }
        return keys
    }

    /// Whether attribute `name` holds a contact: one of `settings.contactAttributes`, or by default a name
    /// containing "email", "e-mail", "phone" or "mobile" (any case).
    func isContact(_ name: String) -> Bool {
        if let names = settings.contactAttributes { return names.contains(name) }
        let lower = name.lowercased()
        return ["email", "e-mail", "phone", "mobile"].contains { lower.contains($0) }
    }

    /// A contact value as compared: e-mails lower-cased and trimmed, phone numbers as their digits.
    static func contactKey(_ value: String) -> String {
        if value.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x80 }) && value.utf8.contains(UInt8(ascii: "@")) {
            return String(decoding: value.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
        }
        let trimmed = OpenAnswerCheck.trimmed(value).lowercased()
        if trimmed.contains("@") { return trimmed }
        let digits = trimmed.filter(\.isASCII).filter(\.isNumber)
        return digits.count >= 6 ? digits : trimmed
    }
}
