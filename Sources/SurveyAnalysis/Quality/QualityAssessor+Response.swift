import Foundation
import SurveyModel
import SurveyStore

/// The checks that look at one response on its own.
extension QualityAssessor {
    mutating func recordTimes(_ stored: StoredResponse) {
        let started: Date? = stored.response.startedAt
        if let started, let completed = stored.completedAt, completed > started, started.timeIntervalSince1970 > 0 {
            durations.append(completed.timeIntervalSince(started))
        } else {
            durations.append(.nan)
        }
        let mode = stored.mode ?? "unknown"
        if let known = modeNames.firstIndex(of: mode) {
            modes.append(Int32(known))
        } else {
            modeNames.append(mode)
            modes.append(Int32(modeNames.count - 1))
        }
        var times: [String: Int] = [:]
        for answer in stored.answerRecords where !answer.unreachable {
            if let milliseconds = answer.record.paradata.milliseconds { times[answer.record.questionID] = milliseconds }
        }
        for question in layout.questions {
            questionTimes.append(times[question.id].map(Float.init) ?? .nan)
        }
        if let interviewer = stored.interviewer {
            if let known = interviewerNames.firstIndex(of: interviewer) {
                interviewers.append(Int32(known))
            } else {
                interviewerNames.append(interviewer)
                interviewers.append(Int32(interviewerNames.count - 1))
            }
        } else {
            interviewers.append(-1)
        }
    }

    mutating func recordVector(_ answers: [String: AnswerValue]) {
        var vector = [UInt32](repeating: 0, count: layout.items.count)
        for (questionID, answer) in answers {
            for (index, cell) in layout.cells(answer, questionID: questionID) {
                if let code = interned[index][cell] {
                    vector[index] = code
                } else {
                    let code = UInt32(interned[index].count + 1)
                    interned[index][cell] = code
                    vector[index] = code
                }
            }
        }
        vectors += vector
    }

    mutating func recordSegments(_ values: ResponseValues) {
        var membership: UInt64 = 0
        for (position, segment) in survey.segments.prefix(64).enumerated() where values.evaluate(segment.when).isTrue {
            membership |= 1 << UInt64(position)
        }
        segmentMembership.append(membership)
    }

    /// Straightlining and long strings in grids with enough answered rows.
    func gridFlags(_ answers: [String: AnswerValue]) -> [QualityFlag] {
        var straight: [String] = []
        var long: [String] = []
        for grid in layout.grids {
            guard case .grid(let cells) = answers[grid.questionID] else { continue }
            let values = grid.keys.compactMap { cells[$0] }
            guard values.count >= settings.straightlineRows, let first = values.first else { continue }
            if values.allSatisfy({ $0 == first }) {
                straight.append("\(grid.label): all \(values.count) rows \(QualityText.number(first))")
                continue
            }
            var longest = 1
            var run = 1
            for index in 1..<values.count {
                run = values[index] == values[index - 1] ? run + 1 : 1
                longest = max(longest, run)
            }
            if Double(longest) >= settings.longStringShare * Double(values.count) {
                long.append("\(grid.label): \(longest) of \(values.count) rows in a row the same")
            }
        }
        var flags: [QualityFlag] = []
        if !straight.isEmpty { flags.append(QualityFlag(.straightlining, straight.joined(separator: "; "))) }
        if !long.isEmpty { flags.append(QualityFlag(.longString, long.joined(separator: "; "))) }
        return flags
    }

    /// Attention checks on asked questions and the survey's consistency rules.
    func checkFlags(_ values: ResponseValues) -> [QualityFlag] {
        var failed: [String] = []
        for (position, question) in layout.questions.enumerated() {
            guard let check = question.attentionCheck, isAsked(position, values) else { continue }
            let answer = values.answers[question.id]
            if !check.isPassed(by: answer) {
                let row = check.row.map { " row \($0)" } ?? ""
                failed.append(
                    "\(question.id)\(row): asked for \(check.expected.joined(separator: " or ")), answered "
                        + QualityText.describe(answer, row: check.row))
            }
        }
        var broken: [String] = []
        for rule in survey.consistencyRules {
            if case .bool(false) = values.evaluate(rule.expression) {
                broken.append("\(rule.id): \(rule.message.text)")
            }
        }
        var flags: [QualityFlag] = []
        if !failed.isEmpty { flags.append(QualityFlag(.attention, failed.joined(separator: "; "))) }
        if !broken.isEmpty { flags.append(QualityFlag(.consistency, broken.joined(separator: "; "))) }
        return flags
    }

    func isAsked(_ position: Int, _ values: ResponseValues) -> Bool {
        layout.conditions[position].allSatisfy { values.evaluate($0).isTrue }
    }

    /// Empty, short, gibberish and copied why answers; long ones are kept (normalised) to find shared texts.
    mutating func openAnswerFlags(_ stored: StoredResponse, index: Int) -> [QualityFlag] {
        var found: [QualityFlagKind: [String]] = [:]
        var seen: [String] = []
        for step in stored.response.ladder {
            var place: String { "\(step.probeID) step \(step.depth)" }
            let trimmed = OpenAnswerCheck.trimmed(step.text)
            if trimmed.isEmpty {
                if step.depth == 1 { found[.openEmpty, default: []].append(place) }
                continue
            }
            let normalized = OpenAnswerCheck.normalized(trimmed)
            if let reason = OpenAnswerCheck.gibberish(trimmed: trimmed, normalized: normalized) {
                found[.openGibberish, default: []].append("\(place): \(reason)")
                continue
            }
            if layout.probeTexts[step.probeID, default: []].contains(where: {
                OpenAnswerCheck.copies(normalized: normalized, question: $0)
            }) {
                found[.openCopiesQuestion, default: []].append(place)
                continue
            }
            let words = OpenAnswerCheck.contentWords(trimmed)
            if words < settings.openMinimumWords {
                found[.openShort, default: []].append("\(place): \(QualityText.number(words)) words")
            }
            if words >= settings.openSharedWords {
                if !seen.contains(normalized) {
                    seen.append(normalized)
                    sharedTexts[normalized, default: []].append(Int32(index))
                }
            }
        }
        return found.keys.sorted().map { QualityFlag($0, found[$0, default: []].joined(separator: "; ")) }
    }

    /// Item non-response among the asked closed questions; counts don't-know answers for interviewer indicators.
    mutating func nonresponseFlags(_ answers: [String: AnswerValue], values: ResponseValues) -> [QualityFlag] {
        var askedCount = 0
        var missing = 0
        var dontKnow = 0
        for (position, question) in layout.questions.enumerated() where isAsked(position, values) {
            askedCount += 1
            switch answers[question.id] {
            case .none: missing += 1
            case .dontKnow, .refused:
                missing += 1
                dontKnow += 1
            default: break
            }
        }
        asked.append(Int32(askedCount))
        dontKnows.append(Int32(dontKnow))
        guard askedCount >= 4, Double(missing) > settings.itemNonresponseShare * Double(askedCount) else { return [] }
        return [QualityFlag(.itemNonresponse, "\(missing) of \(askedCount) asked closed questions without an answer")]
    }
}
