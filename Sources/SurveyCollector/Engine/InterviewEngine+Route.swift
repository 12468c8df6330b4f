import SurveyModel

/// The path through the survey for the current answers.
struct InterviewRoute {
    /// Every reachable step in order, up to and including the first one still waiting for an answer.
    var positions: [InterviewPosition] = []
    /// The first step waiting for an answer (a required question, or a ladder step); nil when none is left.
    var frontier: InterviewPosition?
    /// The plan index of the frontier's item (`entries.count` when the route is complete).
    var frontierEntry: Int = 0
    /// Stored answers that are on the path but no longer valid.
    var invalid: [String] = []
}

extension InterviewEngine {
    /// Walks the plan with the current answers: skipped sections and items are left out, answered questions,
    /// notes and unanswered optional questions are passed, and the walk stops at the first required question
    /// without an answer, a stored answer that is no longer valid, or a ladder step not yet answered.
    func route() -> InterviewRoute {
        var route = InterviewRoute()
        route.frontierEntry = plan.entries.count
        for (entryIndex, entry) in plan.entries.enumerated() {
            guard isShown(entry) else { continue }
            switch entry.item {
            case .note(let note):
                route.positions.append(InterviewPosition(itemID: note.id))
            case .what(let question):
                let position = InterviewPosition(itemID: question.id)
                route.positions.append(position)
                if let answer = answers[question.id] {
                    if isStillValid(answer, for: question) { continue }
                    route.invalid.append(question.id)
                } else if !question.required {
                    continue
                }
                route.frontier = position
                route.frontierEntry = entryIndex
                return route
            case .why(let probe):
                guard let targets = probeTargets(probe) else { continue }
                for target in targets {
                    for depth in 1...max(1, probe.ladderDepth) {
                        let position = InterviewPosition(itemID: probe.id, option: target, depth: depth)
                        route.positions.append(position)
                        if let step = steps[position.ladderKey] {
                            if step.text.isEmpty { break }
                            continue
                        }
                        route.frontier = position
                        route.frontierEntry = entryIndex
                        return route
                    }
                }
            }
        }
        return route
    }

    /// Whether the item's section and the item itself are shown for the current answers.
    func isShown(_ entry: InterviewPlan.Entry) -> Bool {
        isTrue(survey.sections[entry.sectionIndex].when) && isTrue(entry.item.when)
    }

    /// The options a probe is asked about (nil: the probe is not asked). `[nil]` for a probe about the answer
    /// as a whole; the selected codes (in selection or rank order) for each-selected probes.
    func probeTargets(_ probe: WhyProbe) -> [String?]? {
        guard let answer = answers[probe.about], isTrue(probe.when) else { return nil }
        switch answer {
        case .dontKnow, .refused: return nil
        default: break
        }
        guard probe.target == .eachSelected else { return [nil] }
        switch answer {
        case .code(let code): return [code]
        case .codes(let codes), .ranking(let codes): return codes.isEmpty ? nil : codes
        default: return [nil]
        }
    }

    /// Sets aside stored answers and ladder steps that are no longer on the path, repeating until nothing more
    /// changes (setting one aside can close further branches). Answers after the first unanswered step are kept:
    /// they may become reachable again once it is answered.
    /// Returns the events and the route for the answers that remain.
    mutating func setAsideOffPath() -> ([InterviewEvent], InterviewRoute) {
        var events: [InterviewEvent] = []
        var route = self.route()
        for _ in 0..<16 {
            let onPath = Set(route.positions)
            var changed: [InterviewEvent] = []
            for id in route.invalid {
                answers[id] = nil
                changed.append(.answerSetAside(questionID: id, reason: .invalid))
            }
            for id in answers.keys.sorted() where !route.invalid.contains(id) {
                guard let entry = plan.index[id], entry < route.frontierEntry,
                    !onPath.contains(InterviewPosition(itemID: id))
                else { continue }
                answers[id] = nil
                changed.append(.answerSetAside(questionID: id, reason: .unreachable))
            }
            for key in steps.keys.sorted(by: { "\($0)" < "\($1)" }) where isOffPath(key, route: route, onPath: onPath) {
                steps[key] = nil
                changed.append(.ladderStepSetAside(probeID: key.probeID, optionCode: key.option, depth: key.depth))
            }
            for id in otherTexts.keys where answers[String(id.prefix { $0 != "." })] == nil {
                otherTexts[id] = nil
            }
            if changed.isEmpty { break }
            events += changed
            recomputeComputed()
            route = self.route()
        }
        return (events, route)
    }

    private func isOffPath(_ key: LadderKey, route: InterviewRoute, onPath: Set<InterviewPosition>) -> Bool {
        let position = InterviewPosition(itemID: key.probeID, option: key.option, depth: key.depth)
        if onPath.contains(position) { return false }
        guard let entry = plan.index[key.probeID] else { return true }
        if entry > route.frontierEntry { return false }
        if entry < route.frontierEntry { return true }
        // The frontier is inside this probe: keep the steps that come after it in ladder order.
        guard let frontier = route.frontier, case .why(let probe)? = plan.item(frontier),
            let targets = probeTargets(probe), let mine = targets.firstIndex(of: key.option),
            let theirs = targets.firstIndex(of: frontier.option)
        else { return true }
        return (mine, key.depth) < (theirs, frontier.depth)
    }
}

extension LadderKey: CustomStringConvertible {
    var description: String { "\(probeID)[\(option ?? "")]@\(depth)" }
}
