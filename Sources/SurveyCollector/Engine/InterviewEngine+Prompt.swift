import SurveyModel

extension InterviewEngine {
    /// The step to show now, with texts piped and translated and options in display order; nil when finished.
    public var prompt: Prompt? { cursor.flatMap(prompt(at:)) }

    /// The step at `position` (one of `page`), as `prompt` shows it; nil when finished or unknown.
    public func prompt(at position: InterviewPosition) -> Prompt? {
        guard outcome == nil, let entryIndex = plan.index[position.itemID] else { return nil }
        let entry = plan.entries[entryIndex]
        let section = survey.sections[entry.sectionIndex]
        let (number, total) = progress(at: entryIndex)
        var prompt = Prompt(
            position: position, surveyTitle: pipe(survey.title.resolved(in: language)), sectionID: section.id,
            sectionTitle: section.title.map { pipe($0.resolved(in: language)) }, number: number, total: total,
            text: "", help: nil, kind: .note(.info), required: false, allowDontKnow: false, allowRefused: false)
        switch entry.item {
        case .note(let note):
            prompt.text = pipe(note.text.resolved(in: language))
            prompt.kind = .note(note.kind)
        case .what(let question):
            prompt.text = pipe(question.text.resolved(in: language))
            prompt.help = question.help.map { pipe($0.resolved(in: language)) }
            prompt.kind = kind(of: question)
            prompt.required = question.required
            prompt.allowDontKnow = question.allowDontKnow
            prompt.allowRefused = question.allowRefused
            prompt.currentAnswer = answers[question.id]
        case .why(let probe):
            var extra: [String: String] = [:]
            if let question = plan.questions[probe.about], let answer = answers[probe.about] {
                if let code = position.option {
                    extra["answer"] = label(of: .code(code), for: question)
                } else {
                    extra["answer"] = label(of: answer, for: question)
                }
            }
            if position.depth > 1 {
                let previous = LadderKey(probeID: probe.id, option: position.option, depth: position.depth - 1)
                extra["previous"] = steps[previous]?.text ?? ""
            }
            let template = position.depth == 1 ? probe.text : probe.ladderText
            prompt.text = pipe(template.resolved(in: language), extra: extra)
            var option: PromptOption?
            if let code = position.option, let question = plan.questions[probe.about] {
                let shown = shownOptions(of: question)
                if let index = shown.firstIndex(where: { $0.code == code }) {
                    option = promptOption(shown[index], number: index + 1)
                }
            }
            prompt.kind = .probe(depth: position.depth, maxDepth: max(1, probe.ladderDepth), option: option)
            prompt.required = probe.required && position.depth == 1
            prompt.currentText = steps[position.ladderKey]?.text
        }
        return prompt
    }

    private func promptOption(_ option: ChoiceOption, number: Int) -> PromptOption {
        PromptOption(
            number: number, code: option.code, label: pipe(option.label.resolved(in: language)),
            exclusive: option.exclusive, other: option.other)
    }

    private func promptScale(_ scale: RatingScale) -> PromptScale {
        var labels: [Int: String] = [:]
        for label in scale.labels { labels[label.value] = pipe(label.text.resolved(in: language)) }
        return PromptScale(min: scale.min, max: scale.max, labels: labels)
    }

    private func kind(of question: WhatQuestion) -> PromptKind {
        let shown = shownOptions(of: question).enumerated().map { promptOption($0.element, number: $0.offset + 1) }
        switch question.kind {
        case .singleChoice: return .singleChoice(shown)
        case .multipleChoice(_, let min, let max): return .multipleChoice(shown, min: min, max: max)
        case .rating(let scale): return .scale(promptScale(scale))
        case .nps(let labels):
            return .scale(
                PromptScale(
                    min: 0, max: 10,
                    labels: [0: labels.low.resolved(in: language), 10: labels.high.resolved(in: language)]))
        case .numeric(let integer, let min, let max, let unit):
            return .numeric(integer: integer, min: min, max: max, unit: unit)
        case .text(let maxLength, _): return .text(maxLength: maxLength)
        case .date(let min, let max): return .date(min: min, max: max)
        case .ranking(_, let top): return .ranking(shown, top: top)
        case .matrix(_, let scale): return .matrix(rows: shown, scale: promptScale(scale))
        case .importance(_, let scale, let performance):
            return .importance(needs: shown, scale: promptScale(scale), performance: performance.map(promptScale))
        case .maxDiff(let items, _, _, _):
            let byCode = Dictionary(items.map { ($0.code, $0) }) { first, _ in first }
            let sets = (plan.maxDiffSets[question.id] ?? []).map { set in
                set.enumerated().compactMap { index, code in byCode[code].map { promptOption($0, number: index + 1) } }
            }
            return .maxDiff(sets: sets)
        case .kano(let features):
            let byCode = Dictionary(features.map { ($0.code, $0) }) { first, _ in first }
            let shownFeatures = shown.compactMap { option in
                byCode[option.code].map {
                    PromptKanoFeature(
                        number: option.number, code: $0.code, label: pipe($0.label.resolved(in: language)),
                        functional: pipe($0.functional.resolved(in: language)),
                        dysfunctional: pipe($0.dysfunctional.resolved(in: language)))
                }
            }
            return .kano(features: shownFeatures, answers: KanoFeature.answers.map { $0.resolved(in: language) })
        }
    }

    /// The question number at `entryIndex` and the number of questions the respondent will probably see: what
    /// questions whose conditions are not already known to be false.
    func progress(at entryIndex: Int) -> (Int, Int) {
        var number = 0
        var total = 0
        for (index, entry) in plan.entries.enumerated() {
            guard case .what = entry.item, !isKnownSkipped(entry) else { continue }
            total += 1
            if index <= entryIndex { number = total }
        }
        return (max(1, number), max(1, total))
    }

    func isKnownSkipped(_ entry: InterviewPlan.Entry) -> Bool {
        for condition in [survey.sections[entry.sectionIndex].when, entry.item.when] {
            guard let condition else { continue }
            let unanswered = condition.references.contains { reference in
                plan.index[reference.id] != nil && answers[reference.id] == nil
            }
            if !unanswered && !evaluate(condition).isTrue { return true }
        }
        return false
    }
}
