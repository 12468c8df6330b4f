import Foundation
import SurveyModel
import SurveyText
import SurveyStore

/// Plausible answers for synthetic respondents: choices weighted by the profile (uniform by default), scale
/// values around the middle of the scale (normal, sd a quarter of the range) moved by profile shifts, rankings and
/// MaxDiff choices from random utilities (Gumbel noise plus shifts, a random-utility model), laddered why texts
/// that climb from attributes to consequences to values, and sometimes "don't know" where allowed. Attention
/// checks are answered as instructed by 97% of respondents (`following(_:_:prompt:generator:)`).
public enum SyntheticRespondent {
    /// An input for `prompt`, drawn with `generator`. The engine supplies segment membership for profiles.
    public static func input(
        for prompt: Prompt, engine: InterviewEngine, profile: SimulationProfile?, generator: inout SplitMix64
    ) -> InterviewInput {
        let input = drawn(for: prompt, engine: engine, profile: profile, generator: &generator)
        guard case .what(let question)? = engine.plan.item(prompt.position), let check = question.attentionCheck
        else { return input }
        return following(check, input, prompt: prompt, generator: &generator)
    }

    /// The input a respondent who ignores attention checks gives.
    private static func drawn(
        for prompt: Prompt, engine: InterviewEngine, profile: SimulationProfile?, generator: inout SplitMix64
    ) -> InterviewInput {
        let id = prompt.position.itemID
        let lookup = { (key: String) -> AnswerProfile? in profileFor(key, engine: engine, profile: profile) }
        if prompt.allowDontKnow, generator.nextUnit() < 0.03 { return .answer(.dontKnow) }
        switch prompt.kind {
        case .note: return .acknowledge
        case .probe(let depth, _, _):
            let keepGoing = depth == 1 ? 0.9 : 0.65
            guard generator.nextUnit() < keepGoing else { return .why("") }
            let bank = depth == 1 ? attributes : depth == 2 ? consequences : values
            return .why(bank[generator.nextInt(below: bank.count)])
        case .singleChoice(let options):
            let option = pick(options, key: id, lookup: lookup, generator: &generator)
            return .answer(.code(option.code), otherTexts: option.other ? [option.code: "something else"] : [:])
        case .multipleChoice(let options, let min, let max):
            let regular = options.filter { !$0.exclusive }
            if let exclusive = options.first(where: \.exclusive), generator.nextUnit() < 0.05 || regular.isEmpty {
                return .answer(.codes([exclusive.code]))
            }
            let low = Swift.max(1, min ?? 1)
            let high = Swift.max(low, Swift.min(max ?? regular.count, regular.count))
            let count = low + generator.nextInt(below: high - low + 1)
            var remaining = regular
            var chosen: [PromptOption] = []
            while chosen.count < count, !remaining.isEmpty {
                let option = pick(remaining, key: id, lookup: lookup, generator: &generator)
                chosen.append(option)
                remaining.removeAll { $0.code == option.code }
            }
            var others: [String: String] = [:]
            for option in chosen where option.other { others[option.code] = "something else" }
            return .answer(.codes(chosen.map(\.code)), otherTexts: others)
        case .scale(let scale):
            return .answer(.number(Double(value(on: scale, key: id, lookup: lookup, generator: &generator))))
        case .numeric(let integer, let min, let max, _):
            let low = min ?? 0
            let high = Swift.max(low, max ?? low + 100)
            var number = low + (high - low) * generator.nextUnit()
            if let shift = lookup(id)?.shift { number = Swift.min(high, Swift.max(low, number + shift)) }
            if let weights = lookup(id)?.distribution, let chosen = weighted(weights, generator: &generator),
                let parsed = Double(chosen)
            {
                number = parsed
            }
            return .answer(.number(integer ? number.rounded(.down) : (number * 100).rounded() / 100))
        case .text:
            if prompt.text.lowercased().contains("mail") {
                return .answer(.text("respondent\(generator.nextInt(below: 100_000))@example.org"))
            }
            return .answer(.text(attributes[generator.nextInt(below: attributes.count)]))
        case .date(let min, let max):
            let low = day(min ?? "2000-01-01")
            let high = Swift.max(low, day(max ?? "2025-12-31"))
            return .answer(.date(date(low + generator.nextInt(below: high - low + 1))))
        case .ranking(let options, let top):
            let ordered = byUtility(options, key: id, lookup: lookup, generator: &generator)
            return .answer(.ranking(Array(ordered.prefix(top ?? options.count)).map(\.code)))
        case .matrix(let rows, let scale):
            var cells: [String: Double] = [:]
            for row in rows {
                cells[row.code] = Double(
                    value(on: scale, key: id + "." + row.code, lookup: lookup, generator: &generator))
            }
            return .answer(.grid(cells))
        case .importance(let needs, let scale, let performance):
            var cells: [String: Double] = [:]
            for need in needs {
                let key = id + "." + need.code
                cells[need.code] = Double(value(on: scale, key: key, lookup: lookup, generator: &generator))
                if let performance {
                    cells[need.code + ".perf"] = Double(
                        value(on: performance, key: key + ".perf", lookup: lookup, generator: &generator))
                }
            }
            return .answer(.grid(cells))
        case .kano(let features, _):
            var cells: [String: Double] = [:]
            let five = PromptScale(min: 1, max: 5)
            for feature in features {
                let key = id + "." + feature.code
                cells[feature.code + ".f"] = Double(
                    value(on: five, key: key + ".f", lookup: lookup, generator: &generator))
                cells[feature.code + ".d"] = Double(
                    value(on: five, key: key + ".d", lookup: lookup, generator: &generator))
            }
            return .answer(.grid(cells))
        case .maxDiff(let sets):
            let choices = sets.map { set -> MaxDiffChoice in
                let ordered = byUtility(set, key: id, lookup: lookup, generator: &generator)
                return MaxDiffChoice(shown: set.map(\.code), best: ordered.first!.code, worst: ordered.last!.code)
            }
            return .answer(.maxDiff(choices))
        }
    }

    /// The profile for `key`: the general one, overridden by those of segments the respondent is in now.
    static func profileFor(_ key: String, engine: InterviewEngine, profile: SimulationProfile?) -> AnswerProfile? {
        guard let profile else { return nil }
        var result = profile.answers[key]
        for segment in engine.survey.segments {
            guard let answers = profile.segments[segment.id], let specific = answers[key] else { continue }
            if engine.evaluate(segment.when).isTrue { result = specific }
        }
        return result
    }

    private static func pick(
        _ options: [PromptOption], key: String, lookup: (String) -> AnswerProfile?, generator: inout SplitMix64
    ) -> PromptOption {
        if let weights = lookup(key)?.distribution {
            let available = weights.filter { code, _ in options.contains { $0.code == code } }
            if let code = weighted(available, generator: &generator),
                let option = options.first(where: { $0.code == code })
            {
                return option
            }
        }
        return options[generator.nextInt(below: options.count)]
    }

    private static func value(
        on scale: PromptScale, key: String, lookup: (String) -> AnswerProfile?, generator: inout SplitMix64
    ) -> Int {
        let profile = lookup(key)
        if let weights = profile?.distribution, let chosen = weighted(weights, generator: &generator),
            let value = Int(chosen), value >= scale.min, value <= scale.max
        {
            return value
        }
        let middle = Double(scale.min + scale.max) / 2 + (profile?.shift ?? 0)
        let spread = Double(scale.max - scale.min) / 4
        let drawn = (middle + spread * normal(&generator)).rounded()
        return Int(Swift.min(Double(scale.max), Swift.max(Double(scale.min), drawn)))
    }

    private static func byUtility(
        _ options: [PromptOption], key: String, lookup: (String) -> AnswerProfile?, generator: inout SplitMix64
    ) -> [PromptOption] {
        let scored = options.map { option -> (PromptOption, Double) in
            let gumbel = -log(-log(Swift.max(1e-12, generator.nextUnit())))
            return (option, gumbel + (lookup(key + "." + option.code)?.shift ?? 0))
        }
        return scored.sorted { $0.1 > $1.1 }.map(\.0)
    }

    /// A key drawn with probability proportional to its weight (keys sorted for reproducibility).
    static func weighted(_ weights: [String: Double], generator: inout SplitMix64) -> String? {
        let entries = weights.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        let total = entries.reduce(0) { $0 + $1.value }
        guard total > 0 else { return nil }
        var target = generator.nextUnit() * total
        for (key, weight) in entries {
            target -= weight
            if target < 0 { return key }
        }
        return entries.last?.key
    }

    /// A standard normal draw (Box–Muller).
    static func normal(_ generator: inout SplitMix64) -> Double {
        let u = Swift.max(1e-12, generator.nextUnit())
        let v = generator.nextUnit()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    /// Days since 1970-01-01 of a `YYYY-MM-DD` text (`Timestamp.days(fromCivil:_:_:)`); 0 when it is not one.
    private static func day(_ text: String) -> Int {
        let parts = text.split(separator: "-").compactMap { Int64($0) }
        guard parts.count == 3 else { return 0 }
        return Int(Timestamp.days(fromCivil: parts[0], parts[1], parts[2]))
    }

    /// The `YYYY-MM-DD` text of a day count since 1970-01-01 (`Timestamp.civil(fromDays:)`).
    private static func date(_ days: Int) -> String {
        let (year, month, day) = Timestamp.civil(fromDays: Int64(days))
        return String(format: "%04d-%02d-%02d", Int(year), Int(month), Int(day))
    }

    static let attributes = [
        "the fees are low", "the app is easy to use", "the staff are friendly", "my money is safe",
        "the interest rate is good", "transfers are instant", "branches are close to home", "support answers fast",
    ]
    static let consequences = [
        "I keep more of my savings", "I save time every week", "I do not have to worry about mistakes",
        "I can plan my spending", "I feel respected as a customer", "I can act quickly when I need to",
    ]
    static let values = [
        "peace of mind", "security for my family", "feeling in control of my life", "freedom to do what I enjoy",
        "being a responsible parent", "self-respect",
    ]
}
