import SurveyModel

/// The ladders of many people, segmented by the method (docs/methods.md §1.3): the input of the implication
/// matrix and the value map, and the steps that were reported instead of linked.
public struct LadderSet: Sendable, Equatable {
    /// One entry per person with at least one ladder, in order of first appearance (segments are not set). A
    /// "ladder" of a single code is kept here (it is what the person said) but adds no link and is not counted as a
    /// ladder by `ImplicationMatrix`.
    public var respondents: [LadderRespondent]
    /// Steps down or sideways between answers, by person and context, each in the order said.
    public var inconsistencies: [LadderInconsistency]
    /// Ladders of two or more codes that start above the attribute level (e.g. a probed option that is not an
    /// attribute code of the codebook).
    public var unseededLadders: Int

    /// Segments `units` (in the order said) with `rules`. Each (person, context) is segmented on its own; a probe
    /// applies to every person who answers after it in its context.
    public init(units: [LadderUnit], rules: LadderRules) {
        struct Key: Hashable {
            var person: String
            var context: String
        }
        var segmenters: [Key: LadderSegmenter] = [:]
        var probesSeen: [Key: Int] = [:]
        var probes: [String: (number: Int, codes: [String])] = [:]
        var keys: [Key] = []
        for unit in units {
            switch unit.speaker {
            case .probe:
                probes[unit.context] = ((probes[unit.context]?.number ?? 0) + 1, unit.codes)
            case .person(let person):
                let key = Key(person: person, context: unit.context)
                if segmenters[key] == nil {
                    segmenters[key] = LadderSegmenter(rules: rules, person: person)
                    keys.append(key)
                }
                if let probe = probes[unit.context], probe.number > probesSeen[key, default: 0] {
                    segmenters[key]!.probe(probe.codes)
                    probesSeen[key] = probe.number
                }
                segmenters[key]!.answer(unit.codes, source: unit.source)
            }
        }
        var people: [String] = []
        var ladders: [String: [[String]]] = [:]
        var inconsistencies: [LadderInconsistency] = []
        var unseeded = 0
        for key in keys {
            let segmenter = segmenters[key]!
            guard !segmenter.ladders.isEmpty else { continue }
            if ladders[key.person] == nil { people.append(key.person) }
            ladders[key.person, default: []] += segmenter.ladders
            inconsistencies += segmenter.inconsistencies
            unseeded += segmenter.ladders.filter { $0.count > 1 && rules.level($0[0]) != .attribute }.count
        }
        respondents = people.map { LadderRespondent(id: $0, ladders: ladders[$0]!) }
        self.inconsistencies = inconsistencies
        unseededLadders = unseeded
    }

    /// The same ladders with each person's segment (people without one keep nil).
    public func segmented(_ segment: (String) -> String?) -> [LadderRespondent] {
        respondents.map { LadderRespondent(id: $0.id, segment: segment($0.id), ladders: $0.ladders) }
    }
}
