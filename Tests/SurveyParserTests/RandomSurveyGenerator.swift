import Foundation
import SurveyModel

@testable import SurveyParser

/// Generates random valid surveys (no errors; warnings allowed) exercising every question kind, translations,
/// expressions, checks, probes, notes, segments, quotas, computed variables and weighting.
struct RandomSurveyGenerator {
    var random: SeededGenerator
    private var languages: [String] = []
    /// Earlier what questions usable in conditions: id and a condition on it.
    private var conditions: [String] = []

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    private static let pieces = [
        "How", "satisfied", "are", "you", "with", "safety", "fees & charges", "<service>", "\"quoted\"", "it's",
        "满意度", "服务", "Café", "naïve", "100%", "a > b", "emoji 🙂", "x;y", "tab\there", "line\nbreak", "a/b",
    ]

    mutating func setLanguages(_ languages: [String]) { self.languages = languages }

    mutating func addCondition(_ source: String) { conditions.append(source) }

    mutating func text() -> String {
        (0..<random.int(1...5)).map { _ in random.pick(Self.pieces) }.joined(separator: " ")
    }

    mutating func localized() -> LocalizedText {
        var result = LocalizedText(text())
        for language in languages where random.chance(0.7) { result.translations[language] = text() }
        return result
    }

    mutating func expression(_ source: String) -> SurveyModel.Expression {
        try! ExpressionParser.parse(source)
    }

    /// A condition on earlier questions (nil when there are none, or by chance).
    mutating func condition() -> SurveyModel.Expression? {
        guard !conditions.isEmpty, random.chance(0.4) else { return nil }
        var source = random.pick(conditions)
        if conditions.count > 1, random.chance(0.3) {
            source = "(\(source)) \(random.pick(["and", "or"])) \(random.pick(conditions))"
        }
        if random.chance(0.2) { source = "not (\(source))" }
        return expression(source)
    }

    mutating func options(_ count: Int, prefix: String = "o") -> [ChoiceOption] {
        (1...count).map { index in
            ChoiceOption(
                code: "\(prefix)\(index)", label: localized(), anchored: random.chance(0.2),
                exclusive: random.chance(0.1),
                other: random.chance(0.1), when: random.chance(0.15) ? condition() : nil)
        }
    }

    mutating func scale() -> RatingScale {
        let min = random.pick([0, 1])
        let max = min + random.int(2...10)
        let values = (min...max).filter { _ in random.chance(0.4) }
        return RatingScale(min: min, max: max, labels: values.map { ScaleLabel(value: $0, text: localized()) })
    }

    mutating func date() -> String {
        String(format: "%04d-%02d-%02d", random.int(1990...2030), random.int(1...12), random.int(1...28))
    }

    mutating func kind(lists: [OptionList]) -> (WhatKind, condition: ((String) -> String)?) {
        func source(_ count: Int) -> (OptionSource, [ChoiceOption]) {
            if !lists.isEmpty, random.chance(0.3) {
                let list = random.pick(lists)
                return (.list(list.id), list.options)
            }
            let inline = options(count)
            return (.inline(inline), inline)
        }
        switch random.int(0...11) {
        case 0:
            let (options, resolved) = source(random.int(2...5))
            let code = random.pick(resolved).code
            return (.singleChoice(options: options), { "{\($0)} = '\(code)'" })
        case 1:
            let (options, resolved) = source(random.int(2...5))
            let min = random.chance(0.5) ? random.int(0...resolved.count) : nil
            let max = random.chance(0.5) ? random.int(Swift.max(1, min ?? 1)...resolved.count) : nil
            let code = random.pick(resolved).code
            return (.multipleChoice(options: options, min: min, max: max), { "contains({\($0)}, '\(code)')" })
        case 2:
            let scale = scale()
            return (.rating(scale: scale), { "{\($0)} >= \(scale.min + 1)" })
        case 3:
            return (.nps(labels: NPSLabels(low: localized(), high: localized())), { "{\($0)} <= 6" })
        case 4:
            let integer = random.chance(0.5)
            let low = random.chance(0.5) ? Double(random.int(-10...10)) + (integer ? 0 : 0.25) : nil
            let high = random.chance(0.5) ? (low ?? 0) + Double(random.int(1...1_000)) : nil
            return (
                .numeric(integer: integer, min: low, max: high, unit: random.chance(0.5) ? "EUR" : nil),
                { "{\($0)} * 2 > 10" }
            )
        case 5:
            return (
                .text(
                    maxLength: random.chance(0.5) ? random.int(1...500) : nil,
                    pattern: random.chance(0.3) ? "[a-z]+@[a-z.]+" : nil), { "notempty({\($0)})" }
            )
        case 6:
            let first = date()
            let second = date()
            return (
                .date(
                    min: random.chance(0.5) ? min(first, second) : nil,
                    max: random.chance(0.5) ? max(first, second) : nil),
                { "{\($0)} >= '2000-01-01'" }
            )
        case 7:
            let (items, resolved) = source(random.int(2...5))
            return (
                .ranking(items: items, top: random.chance(0.5) ? random.int(1...resolved.count) : nil),
                { "count({\($0)}) > 0" }
            )
        case 8:
            let rows = options(random.int(1...4), prefix: "r")
            let row = random.pick(rows).code
            return (.matrix(rows: rows, scale: scale()), { "{\($0).\(row)} > 1" })
        case 9:
            let needs = options(random.int(1...4), prefix: "n")
            let need = random.pick(needs).code
            return (
                .importance(needs: needs, scale: scale(), performance: random.chance(0.5) ? scale() : nil),
                { "{\($0).\(need)} >= 2" }
            )
        case 10:
            let items = options(random.int(3...6), prefix: "i")
            let perSet = random.int(2...items.count)
            return (
                .maxDiff(items: items, perSet: perSet, sets: random.int(1...8), seed: random.next()),
                { "{\($0).s1.best} = 'i1'" }
            )
        default:
            let features = (1...random.int(1...3)).map { index in
                KanoFeature(code: "f\(index)", label: localized(), functional: localized(), dysfunctional: localized())
            }
            return (.kano(features: features), { "{\($0).f1.f} = 1" })
        }
    }
}
