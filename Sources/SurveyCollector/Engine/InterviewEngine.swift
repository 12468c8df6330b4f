import Foundation
public import SurveyModel

/// The interview state machine: given the survey, the respondent, the answers so far and the seed, it decides
/// what comes next. It is pure: no I/O and no clock; the caller persists the events each input produces, in
/// order and in one transaction, before showing the next prompt.
///
/// Rules it applies: section, question and option `when` conditions; piping (`{id}`, and `{answer}` /
/// `{previous}` in probes); computed variables; hard and soft checks; required answers; don't know and refused
/// where allowed; multiple-choice min/max and exclusive options; other-specify; seeded randomization of options,
/// section items and rotating sections (see `InterviewPlan`); MaxDiff sets from a balanced design; why ladders up
/// to their depth; back navigation and jumps that keep answers still on the path and set aside (as events) the
/// ones that left it; quotas (a respondent who falls into a quota listed in `fullQuotas` ends with disposition
/// 4.80). Resuming: create the engine with the stored answers, ladder steps and cursor.
public struct InterviewEngine: Sendable {
    public let survey: Survey
    public let respondent: Respondent
    /// The per-respondent randomization seed; the same seed gives the same orders.
    public let seed: UInt64
    /// The language texts are shown in (nil: the survey's default language).
    public let language: String?
    let plan: InterviewPlan
    /// The answers on the current path, by question id.
    public internal(set) var answers: [String: AnswerValue]
    /// Specify texts of "other" options, keyed `question.code`.
    public internal(set) var otherTexts: [String: String]
    var steps: [LadderKey: LadderStep]
    var computedValues: [String: Value] = [:]
    /// The step shown now; nil once the interview has finished (or before `begin()` in an empty survey).
    public internal(set) var cursor: InterviewPosition?
    /// How the interview ended, once it has.
    public internal(set) var outcome: InterviewOutcome?
    /// Ids of quotas that are full (from the store); a respondent who falls into one is screened out.
    public var fullQuotas: Set<String> = []
    var pending: PendingAnswer?

    struct PendingAnswer: Sendable {
        var position: InterviewPosition
        var value: AnswerValue
        var otherTexts: [String: String]
    }

    /// Creates an engine for a new interview (no answers) or to resume one (stored answers, ladder steps and
    /// cursor). A cursor that is no longer on the path is replaced by the first unanswered step.
    public init(
        survey: Survey, respondent: Respondent, seed: UInt64, language: String? = nil,
        answers: [String: AnswerValue] = [:], otherTexts: [String: String] = [:], ladder: [LadderStep] = [],
        cursor: InterviewPosition? = nil
    ) {
        self.survey = survey
        self.respondent = respondent
        self.seed = seed
        self.language = language
        self.plan = InterviewPlan(survey: survey, seed: seed)
        self.answers = answers
        self.otherTexts = otherTexts
        self.steps = Dictionary(ladder.map { (LadderKey($0), $0) }) { _, last in last }
        recomputeComputed()
        let route = self.route()
        if let cursor, route.positions.contains(cursor) {
            self.cursor = cursor
        } else {
            self.cursor = defaultPosition(route)
        }
    }

    /// Every ladder step on record, in path order of probe, option and depth.
    public var ladder: [LadderStep] {
        steps.values.sorted { lhs, rhs in
            let l = (plan.index[lhs.probeID] ?? 0, lhs.optionCode ?? "", lhs.depth)
            let r = (plan.index[rhs.probeID] ?? 0, rhs.optionCode ?? "", rhs.depth)
            return l < r
        }
    }

    /// Whether the interview has ended (completed or screened out).
    public var isFinished: Bool { outcome != nil }

    /// Starts (or resumes) the interview: screens out a respondent already in a full quota, finishes an
    /// interview that has nothing left to ask, and otherwise reports the cursor.
    public mutating func begin() -> [InterviewEvent] {
        if let outcome { return [.finished(outcome)] }
        if let quota = fullQuotaHit() { return finish(.quotaFull(quota), events: []) }
        guard let cursor else { return finish(.complete, events: []) }
        return [cursorEvent(cursor, route: route())]
    }

    /// Applies `input` at the current step.
    public mutating func submit(_ input: InterviewInput) -> SubmitResult {
        guard outcome == nil, let position = cursor else { return .rejected(localized(.finished)) }
        if case .confirm = input {
            guard let pending, pending.position == position else { return .rejected(localized(.nothingToConfirm)) }
            self.pending = nil
            return .accepted(commitAnswer(pending.value, otherTexts: pending.otherTexts, at: position))
        }
        pending = nil
        switch input {
        case .back: return goBack(from: position)
        case .jump(let id): return jump(to: id, from: position)
        case .confirm: return .rejected(localized(.nothingToConfirm))
        case .acknowledge:
            guard case .note = plan.item(position) else { return .rejected(localized(.notANote)) }
            return .accepted(advance(from: position, events: []))
        case .keep: return keep(at: position)
        case .why(let text):
            guard case .why(let probe) = plan.item(position) else { return .rejected(localized(.notAProbe)) }
            return recordWhy(text, probe: probe, at: position)
        case .answer(let value, let others):
            guard case .what(let question) = plan.item(position) else {
                return .rejected(localized(.notAQuestion))
            }
            switch validate(value, otherTexts: others, for: question) {
            case .failure(let problem): return .rejected(problem.message)
            case .success(let normalized):
                if let failed = failingCheck(normalized, for: question, severity: .hard) {
                    return .rejected(failed)
                }
                if let warning = failingCheck(normalized, for: question, severity: .soft) {
                    pending = PendingAnswer(position: position, value: normalized, otherTexts: others)
                    return .needsConfirmation(warning)
                }
                return .accepted(commitAnswer(normalized, otherTexts: others, at: position))
            }
        }
    }

    private mutating func keep(at position: InterviewPosition) -> SubmitResult {
        switch plan.item(position) {
        case .what(let question)?:
            if answers[question.id] == nil && question.required { return .rejected(localized(.answerRequired)) }
            return .accepted(advance(from: position, events: []))
        case .why(let probe)?:
            if let step = steps[position.ladderKey] { return recordWhy(step.text, probe: probe, at: position) }
            return recordWhy("", probe: probe, at: position)
        case .note?: return .accepted(advance(from: position, events: []))
        case nil: return .rejected(localized(.unknownStep))
        }
    }

    private mutating func recordWhy(_ text: String, probe: WhyProbe, at position: InterviewPosition) -> SubmitResult {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty && position.depth == 1 && probe.required { return .rejected(localized(.answerRequired)) }
        let step = LadderStep(
            probeID: probe.id, questionID: probe.about, optionCode: position.option, depth: position.depth,
            text: trimmed)
        steps[position.ladderKey] = step
        return .accepted(advance(from: position, events: [.ladderStep(step)]))
    }

    private mutating func commitAnswer(
        _ value: AnswerValue, otherTexts others: [String: String], at position: InterviewPosition
    )
        -> [InterviewEvent]
    {
        let id = position.itemID
        answers[id] = value
        otherTexts = otherTexts.filter { !$0.key.hasPrefix(id + ".") }
        var keyed: [String: String] = [:]
        for (code, text) in others { keyed[id + "." + code] = text }
        otherTexts.merge(keyed) { $1 }
        return advance(from: position, events: [.answered(questionID: id, value: value, otherTexts: keyed)])
    }

    /// After a change at `position`: sets aside what left the path, then moves to the next step (or finishes).
    mutating func advance(from position: InterviewPosition, events: [InterviewEvent]) -> [InterviewEvent] {
        var events = events
        recomputeComputed()
        let (setAside, route) = setAsideOffPath()
        events += setAside
        if let quota = fullQuotaHit() { return finish(.quotaFull(quota), events: events) }
        let next: InterviewPosition?
        if let index = route.positions.firstIndex(of: position), index + 1 < route.positions.count {
            next = route.positions[index + 1]
        } else {
            next = route.frontier
        }
        guard let next else { return finish(.complete, events: events) }
        cursor = next
        return events + [cursorEvent(next, route: route)]
    }

    /// Where an interview resumes when no cursor was stored: the first step of a new interview, otherwise the
    /// first step still waiting for an answer.
    func defaultPosition(_ route: InterviewRoute) -> InterviewPosition? {
        answers.isEmpty && steps.isEmpty ? route.positions.first : route.frontier
    }

    func cursorEvent(_ position: InterviewPosition, route: InterviewRoute) -> InterviewEvent {
        .cursor(position, isDefault: position == defaultPosition(route))
    }

    /// Ends the interview now with `outcome` (a break-off, or quota full when the store refused completion).
    public mutating func end(with outcome: InterviewOutcome) -> [InterviewEvent] {
        pending = nil
        return finish(outcome, events: [])
    }

    mutating func finish(_ outcome: InterviewOutcome, events: [InterviewEvent]) -> [InterviewEvent] {
        self.outcome = outcome
        cursor = nil
        return events + [.cursor(nil, isDefault: true), .finished(outcome)]
    }

    /// The first full quota this respondent falls into, if any.
    func fullQuotaHit() -> String? {
        survey.quotas.first { fullQuotas.contains($0.id) && evaluate($0.when).isTrue }?.id
    }

    /// The quotas this respondent counts towards now (for the store's atomic completion check).
    public var quotaCells: [Quota] {
        survey.quotas.filter { evaluate($0.when).isTrue }
    }

    private mutating func goBack(from position: InterviewPosition) -> SubmitResult {
        let route = self.route()
        let index = route.positions.firstIndex(of: position) ?? route.positions.count
        guard let target = route.positions[..<index].last(where: { !plan.isNote($0) }) else {
            return .rejected(localized(.atFirstQuestion))
        }
        cursor = target
        return .accepted([.wentBack(from: position, to: target), cursorEvent(target, route: route)])
    }

    private mutating func jump(to id: String, from position: InterviewPosition) -> SubmitResult {
        guard plan.index[id] != nil else { return .rejected(localized(.unknownID)) }
        let route = self.route()
        guard let target = route.positions.first(where: { $0.itemID == id }) else {
            return .rejected(localized(.notReachable))
        }
        cursor = target
        return .accepted([.jumped(from: position, to: target), cursorEvent(target, route: route)])
    }
}

extension InterviewPlan {
    func item(_ position: InterviewPosition) -> SurveyItem? {
        index[position.itemID].map { entries[$0].item }
    }

    func isNote(_ position: InterviewPosition) -> Bool {
        if case .note? = item(position) { return true }
        return false
    }
}
