public import SurveyModel
public import SurveyStatistics
public import SurveyStore

/// Builds means-end ladders from the coded texts of a store, by the segmentation rule of `LadderSet`
/// (docs/methods.md §1.3).
///
/// - Survey why ladders: each probed option of each response is a context of its own; the option the respondent
///   chose comes first, as said by them (it starts the ladder when it is a code of the codebook, e.g. an
///   attribute), and the steps follow in depth order, each step's codes in the order coded.
/// - Transcripts: each guide section of a session is a context; participants' turns and the moderator's probes
///   (`ModeratorProbe`) follow in speaking order, so that a participant can hold several ladders and an answer
///   climbs the ladder the moderator asked about.
public enum LadderAssembler {
    /// The ladders of a store's texts, with what segmentation reported.
    public struct Result: Sendable, Equatable {
        /// Everyone's ladders (people with at least one ladder, in first-appearance order), inconsistencies and
        /// ladders without an attribute.
        public var ladders: LadderSet
        /// Each person's attributes (respondent attributes or roster segment attributes).
        public var attributes: [String: [String: String]]
    }

    /// The ladders of `texts`, given each unit's codes and the moderator's probes.
    public static func ladders(
        texts: [CodingText], codes: [CodingUnit: [String]], probes: [ModeratorProbe] = [],
        codebook: SurveyModel.Codebook
    ) -> Result {
        var units: [LadderUnit] = []
        var attributes: [String: [String: String]] = [:]
        var probesBySession = Dictionary(grouping: probes, by: \.sessionID).mapValues {
            $0.sorted { $0.sequence < $1.sequence }
        }
        var seededContexts: Set<String> = []
        func flushProbes(session: String, before sequence: Int) {
            while let next = probesBySession[session]?.first, next.sequence < sequence {
                probesBySession[session]!.removeFirst()
                units.append(
                    LadderUnit(
                        speaker: .probe, context: "turn:\(session):\(next.sectionID ?? "")", codes: next.codes,
                        source: "session \(session) turn \(next.sequence) (moderator)"))
            }
        }
        for text in texts {
            guard let unitCodes = codes[text.unit] else { continue }
            if attributes[text.person] == nil { attributes[text.person] = text.attributes }
            switch text.unit {
            case .why(let response, let probe, let option, let depth):
                let context = "why:\(response):\(probe):\(option ?? "")"
                // The option the respondent chose is the first thing they said in this ladder.
                if seededContexts.insert(context).inserted, let option {
                    units.append(
                        LadderUnit(
                            speaker: .person(text.person), context: context, codes: [option],
                            source: "response \(response) \(probe) \(option)"))
                }
                units.append(
                    LadderUnit(
                        speaker: .person(text.person), context: context, codes: unitCodes,
                        source: "response \(response) \(probe)" + (option.map { " \($0)" } ?? "") + " step \(depth)"))
            case .turn(let session, let sequence):
                flushProbes(session: session, before: sequence)
                units.append(
                    LadderUnit(
                        speaker: .person(text.person), context: "turn:\(session):\(text.sectionID ?? "")",
                        codes: unitCodes, source: "session \(session) turn \(sequence)"))
            }
        }
        return Result(ladders: LadderSet(units: units, rules: LadderRules(codebook: codebook)), attributes: attributes)
    }
}
