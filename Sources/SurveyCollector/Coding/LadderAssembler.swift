import SurveyModel
public import SurveyStore

/// Builds means-end ladders (chains of A/C/V codes) from coded texts.
///
/// - Survey why ladders: the steps of one probe for one option of one response, by depth; each step contributes
///   its codes that have a level, ordered attribute → consequence → value, then in codebook order. When the probed
///   option's code is an attribute code of the codebook, it starts the ladder (the "what" behind the why).
/// - Transcript chains: the leveled codes of one participant's turns within one guide section, in turn order.
///
/// Consecutive repeats of a code are dropped; ladders with fewer than two codes are kept (they count as ladders
/// and respondents but add no link).
public enum LadderAssembler {
    /// One person's ladders.
    public struct PersonLadders: Sendable, Hashable {
        public var person: String
        public var attributes: [String: String]
        public var ladders: [[String]]
    }

    /// The ladders of `texts`, given each unit's codes; persons in first-appearance order.
    public static func ladders(
        texts: [CodingText], codes: [CodingUnit: [String]], codebook: SurveyModel.Codebook
    ) -> [PersonLadders] {
        let order = Dictionary(codebook.codes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let levels = Dictionary(
            codebook.codes.compactMap { code in code.level.map { (code.id, $0) } },
            uniquingKeysWith: { first, _ in first })
        func leveled(_ unitCodes: [String]) -> [String] {
            unitCodes.filter { levels[$0] != nil }.sorted {
                (levels[$0]!, order[$0] ?? 0) < (levels[$1]!, order[$1] ?? 0)
            }
        }
        var persons: [String] = []
        var attributes: [String: [String: String]] = [:]
        var chains: [String: [String: [String]]] = [:]
        var chainOrder: [String: [String]] = [:]
        for text in texts {
            guard let unitCodes = codes[text.unit] else { continue }
            let key: String
            var prefix: [String] = []
            switch text.unit {
            case .why(let response, let probe, let option, _):
                key = "why:\(response):\(probe):\(option ?? "")"
                if let option, levels[option] == .attribute { prefix = [option] }
            case .turn(let session, _):
                key = "turn:\(session):\(text.sectionID ?? "")"
            }
            if attributes[text.person] == nil {
                persons.append(text.person)
                attributes[text.person] = text.attributes
            }
            if chains[text.person, default: [:]][key] == nil {
                chains[text.person, default: [:]][key] = prefix
                chainOrder[text.person, default: []].append(key)
            }
            for code in leveled(unitCodes) where chains[text.person]![key]!.last != code {
                chains[text.person]![key]!.append(code)
            }
        }
        return persons.map { person in
            PersonLadders(
                person: person, attributes: attributes[person] ?? [:],
                ladders: (chainOrder[person] ?? []).compactMap { chains[person]?[$0] }.filter { !$0.isEmpty })
        }
    }
}
