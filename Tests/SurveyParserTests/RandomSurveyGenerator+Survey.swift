import SurveyModel

@testable import SurveyParser

extension RandomSurveyGenerator {
    /// A random valid survey.
    mutating func survey() -> Survey {
        let defaultLanguage = random.pick(["en", "zh", "pt-BR"])
        let languages = ["en", "zh", "fr", "pt-BR"].filter { $0 != defaultLanguage && random.chance(0.4) }
        setLanguages(languages)
        var survey = Survey(
            id: "gen-\(random.int(0...9_999))",
            version: SemanticVersion(
                random.int(0...3), random.int(0...20), random.int(0...9),
                prerelease: random.chance(0.2) ? "beta.1" : nil),
            kind: random.pick(SurveyKind.allCases), title: localized(),
            description: random.chance(0.5) ? localized() : nil,
            defaultLanguage: defaultLanguage, translations: languages)
        if random.chance(0.5) { survey.metadata = ["client": text(), "wave": String(random.int(1...9))] }
        if random.chance(0.3) { survey.specialCodes = SpecialCodes(dontKnow: "97", refused: "98") }
        survey.attributes =
            [AttributeDefinition(id: "age", type: .number, label: random.chance(0.5) ? localized() : nil)]
            + (random.chance(0.5) ? [AttributeDefinition(id: "email", type: .text, personal: true)] : [])
        survey.optionLists = (1...random.int(1...2)).map {
            OptionList(id: "list\($0)", options: options(random.int(1...4), prefix: "l"))
        }
        addCondition("{age} >= 18")
        var questionCount = 0
        for sectionIndex in 1...random.int(1...4) {
            var section = Section(
                id: "s\(sectionIndex)", title: random.chance(0.6) ? localized() : nil, when: condition(),
                randomize: random.chance(0.3), rotate: random.chance(0.4),
                stage: random.chance(0.3) ? random.pick(DiscussionStage.allCases) : nil,
                minutes: random.chance(0.3) ? random.int(1...30) : nil)
            for _ in 0..<random.int(1...8) {
                questionCount += 1
                let id = "q\(questionCount)"
                let (kind, conditionOn) = self.kind(lists: survey.optionLists)
                var question = WhatQuestion(
                    id: id, text: localized(), help: random.chance(0.3) ? localized() : nil, kind: kind,
                    when: condition(),
                    required: random.chance(0.8), allowDontKnow: random.chance(0.2), allowRefused: random.chance(0.2),
                    randomize: random.chance(0.2), personal: random.chance(0.1))
                if case .numeric = kind, random.chance(0.5) {
                    question.checks = [
                        Check(
                            condition: expression("{\(id)} >= 0"), severity: random.pick(CheckSeverity.allCases),
                            message: localized())
                    ]
                }
                section.items.append(.what(question))
                if random.chance(0.3) {
                    var probe = WhyProbe(
                        id: "why_\(id)", about: id, text: LocalizedText("Why \(text()) {answer}?"), when: condition(),
                        ladderDepth: random.int(1...5), codebook: random.chance(0.5) ? "themes" : nil,
                        required: random.chance(0.3))
                    if random.chance(0.5) { probe.ladderText = localized() }
                    switch kind {
                    case .multipleChoice, .ranking: if random.chance(0.5) { probe.target = .eachSelected }
                    default: break
                    }
                    section.items.append(.why(probe))
                }
                if random.chance(0.2) {
                    section.items.append(
                        .note(
                            Note(
                                id: "note_\(id)", text: localized(), when: condition(),
                                kind: random.pick(NoteKind.allCases))))
                }
                if let conditionOn { addCondition(conditionOn(id)) }
            }
            survey.sections.append(section)
        }
        survey.computed = [ComputedVariable(id: "adult", expression: expression("{age} >= 18"))]
        survey.segments = [
            Segment(id: "older", label: random.chance(0.5) ? localized() : "older", when: expression("{age} >= 55")),
            Segment(id: "grown", label: localized(), when: expression("{adult} and not {older}")),
        ]
        survey.quotas = [Quota(id: "quota_older", when: expression("{older}"), target: random.int(0...500))]
        if random.chance(0.5) {
            survey.weighting = WeightingSpec(
                marginsFile: random.chance(0.5) ? "margins.csv" : nil,
                margins: [MarginTarget(variable: "age_band", level: "55+", target: Double(random.int(1...99)) / 100)])
        }
        addQualityDeclarations(to: &survey)
        // Page layouts last, so that the draws above stay as they were.
        if random.chance(0.4) { survey.page = .section }
        for index in survey.sections.indices where random.chance(0.3) {
            survey.sections[index].page = random.pick(PageLayout.allCases)
        }
        return survey
    }
}
