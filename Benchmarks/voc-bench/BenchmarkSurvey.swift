import SurveyModel
import SurveyParser

/// A large, realistic generated survey for the parser benchmarks: sections of 50 what questions cycling through
/// every question type, English with Chinese translations, conditions on earlier answers, why probes after NPS
/// and multiple-choice questions, shared option lists, computed variables, segments and quotas.
enum BenchmarkSurvey {
    static func make(questions: Int, seed: UInt64) -> Survey {
        var random = SeededRandom(seed: seed)
        func text(_ english: String, _ chinese: String) -> LocalizedText {
            LocalizedText(english, translations: ["zh": chinese])
        }
        func options(_ prefix: String, _ count: Int) -> [ChoiceOption] {
            (1...count).map {
                ChoiceOption(code: "\(prefix)\($0)", label: text("Option \($0) of \(prefix)", "选项\($0)"))
            }
        }
        func condition(_ text: String) -> Expression { try! ExpressionParser.parse(text) }
        let agree = OptionList(
            id: "agree5",
            options: (1...5).map {
                ChoiceOption(code: String($0), label: text("Agreement level \($0)", "同意程度\($0)"))
            })
        var survey = Survey(
            id: "bench", version: SemanticVersion(1, 0, 0), title: text("Benchmark survey", "基准调查"),
            defaultLanguage: "en", translations: ["zh"], attributes: [AttributeDefinition(id: "age", type: .number)],
            optionLists: [agree])
        survey.segments = [Segment(id: "older", label: text("55 and over", "55岁及以上"), when: condition("{age} >= 55"))]
        survey.quotas = [Quota(id: "q_older", when: condition("{older}"), target: 500)]
        var section = Section(id: "s1", title: text("Section 1", "第1部分"))
        var lastNumber: String?
        var lastSingle: (id: String, code: String)?
        for index in 0..<questions {
            let id = "q\(index + 1)"
            let scale = RatingScale(
                min: 1, max: 5,
                labels: [
                    ScaleLabel(value: 1, text: text("Very poor", "很差")),
                    ScaleLabel(value: 5, text: text("Excellent", "很好")),
                ])
            let kind: WhatKind
            switch index % 12 {
            case 0: kind = .singleChoice(options: .inline(options("c", 5)))
            case 1: kind = .multipleChoice(options: .inline(options("m", 6)), min: 1, max: 3)
            case 2: kind = .rating(scale: scale)
            case 3:
                kind = .nps(
                    labels: NPSLabels(low: text("Not at all likely", "完全不可能"), high: text("Extremely likely", "极有可能")))
            case 4: kind = .numeric(integer: true, min: 0, max: 120, unit: "years")
            case 5: kind = .singleChoice(options: .list("agree5"))
            case 6: kind = .date(min: "2000-01-01", max: "2030-12-31")
            case 7: kind = .ranking(items: .inline(options("r", 5)), top: 3)
            case 8: kind = .matrix(rows: options("row", 4), scale: scale)
            case 9: kind = .importance(needs: options("need", 5), scale: scale, performance: scale)
            case 10: kind = .maxDiff(items: options("i", 6), perSet: 3, sets: 4, seed: random.next() % 1000)
            default:
                kind = .kano(
                    features: (1...2).map {
                        KanoFeature(
                            code: "f\($0)", label: text("Feature \($0)", "功能\($0)"),
                            functional: text("If it has feature \($0)?", "如果有功能\($0)？"),
                            dysfunctional: text("If it lacks feature \($0)?", "如果没有功能\($0)？"))
                    })
            }
            var question = WhatQuestion(
                id: id,
                text: text(
                    "Question \(index + 1): how do you feel about topic \(random.next() % 97)?",
                    "问题\(index + 1)：您对这个话题有何看法？"), kind: kind)
            if index % 3 == 2, let lastNumber { question.when = condition("{\(lastNumber)} >= 3") }
            if index % 12 == 5, let lastSingle {
                question.when = condition("{\(lastSingle.id)} = '\(lastSingle.code)'")
            }
            section.items.append(.what(question))
            switch question.kind {
            case .rating, .nps, .numeric: lastNumber = id
            case .singleChoice(.inline): lastSingle = (id, "c\(1 + random.next() % 5)")
            default: break
            }
            if case .nps = question.kind {
                section.items.append(
                    .why(
                        WhyProbe(
                            id: "why_\(id)", about: id, text: text("Why did you give {answer}?", "您为什么给{answer}分？"),
                            when: condition("{\(id)} <= 6"), ladderDepth: 3,
                            ladderText: text("Why is that important to you?", "这对您为什么重要？"))))
            }
            if section.items.count >= 50 {
                survey.sections.append(section)
                section = Section(
                    id: "s\(survey.sections.count + 1)", title: text("Section \(survey.sections.count + 1)", "部分"))
            }
        }
        if !section.items.isEmpty { survey.sections.append(section) }
        survey.computed = [ComputedVariable(id: "promoter", expression: condition("{q4} >= 9"))]
        return survey
    }
}

/// SplitMix64, seeded: the same seed gives the same survey.
struct SeededRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
