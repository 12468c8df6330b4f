import SurveyModel
import SurveyStore

/// The checks that look at one response on its own.
extension QualityExaminer {
    /// Straightlining and long strings in grids with enough answered rows; `numbers` holds each item's number in
    /// this response (NaN: none), by item index.
    func gridFlags(_ numbers: [Double]) -> [QualityFlag] {
        var straight: [String] = []
        var long: [String] = []
        for grid in layout.grids {
            let values = numbers[grid.items].filter { !$0.isNaN }
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

    /// Attention checks on asked questions (`asked`, by layout question) and the survey's consistency rules.
    func checkFlags(_ values: ResponseValues, asked: [Bool]) -> [QualityFlag] {
        var failed: [String] = []
        for (position, question) in layout.questions.enumerated() {
            guard let check = question.attentionCheck, asked[position] else { continue }
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

    /// Empty, short, gibberish and copied why answers; long ones are kept (normalised, each once)
    /// in `shared` to find texts shared across responses.
    func openAnswerFlags(_ stored: StoredResponse, shared: inout [String]) -> [QualityFlag] {
        var found: [QualityFlagKind: [String]] = [:]
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
            let length = normalized.unicodeScalars.count
            if layout.probeTexts[step.probeID, default: []].contains(where: {
                OpenAnswerCheck.copies(
                    normalized: normalized, length: length, question: $0.text, questionLength: $0.length)
            }) {
                found[.openCopiesQuestion, default: []].append(place)
                continue
            }
            let words = OpenAnswerCheck.contentWords(trimmed)
            if words < settings.openMinimumWords {
                found[.openShort, default: []].append("\(place): \(QualityText.number(words)) words")
            }
            if words >= settings.openSharedWords {
                if !shared.contains(normalized) { shared.append(normalized) }
            }
        }
        return found.keys.sorted().map { QualityFlag($0, found[$0, default: []].joined(separator: "; ")) }
    }

    /// Item non-response among the asked closed questions (`asked`, by layout question); also counts the asked
    /// questions and the don't-know answers (interviewer indicators).
    func nonresponseFlags(
        _ answers: [String: AnswerValue], asked: [Bool]
    ) -> (flags: [QualityFlag], asked: Int32, dontKnows: Int32) {
        var askedCount = 0
        var missing = 0
        var dontKnow = 0
        for (position, question) in layout.questions.enumerated() where asked[position] {
            askedCount += 1
            switch answers[question.id] {
            case .none: missing += 1
            case .dontKnow, .refused:
                missing += 1
                dontKnow += 1
            default: break
            }
        }
        guard askedCount >= 4, Double(missing) > settings.itemNonresponseShare * Double(askedCount) else {
            return ([], Int32(askedCount), Int32(dontKnow))
        }
        let flag = QualityFlag(.itemNonresponse, "\(missing) of \(askedCount) asked closed questions without an answer")
        return ([flag], Int32(askedCount), Int32(dontKnow))
    }
}
