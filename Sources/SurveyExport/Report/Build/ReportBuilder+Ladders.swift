import SurveyModel
import SurveyStatistics
import SurveyAnalysis

extension ReportBuilder {
    /// A why probe's ladders for the report: everyone's and each segment's most common chains, and the value map.
    struct WhyLadders {
        var overall: [LadderChain] = []
        var bySegment: [[LadderChain]] = []
        var valueMap: ValueMapSummary?
        var note: String?
    }

    /// The ladders of `probe` by the segmentation rule of `LadderSet` (docs/methods.md §1.3), from the coded steps
    /// only: each probed option of each complete is a context, the chosen option its first code, the steps in depth order
    /// with their codes in the order coded. Chains are named by `labels`; a chain is counted once per respondent.
    /// The value map is drawn at the default cutoff (`ImplicationMatrix.defaultCutoff`), counting respondents.
    static func whyLadders(
        _ probe: WhyProbe, context: ReportContext, codes: [WhyCode], codebook: Codebook?, labels: [String: String]
    ) -> WhyLadders {
        let rules = codebook.map(LadderRules.init(codebook:)) ?? LadderRules(levels: [:])
        var result = WhyLadders()
        guard !rules.levels.isEmpty, !codes.isEmpty else {
            if probe.ladderDepth > 1 {
                result.note =
                    codes.isEmpty
                    ? "No ladder chains: the answers are not coded yet."
                    : "No ladder chains: the codes have no attribute, consequence or value level "
                        + "(give the probe's codebook with --codebook)."
            }
            return result
        }
        let byStep = Dictionary(grouping: codes) {
            StepKey(response: $0.responseID, option: $0.optionCode, depth: $0.depth)
        }
        var units: [LadderUnit] = []
        var rowOfPerson: [String: Int] = [:]
        for (row, response) in context.completes.enumerated() {
            let steps = response.ladder.filter { $0.probeID == probe.id }.sorted { $0.depth < $1.depth }
            for option in steps.map(\.optionCode).uniqued() {
                let place = "\(response.id):\(option ?? "")"
                if let option {
                    units.append(
                        LadderUnit(
                            speaker: .person(response.id), context: place, codes: [option],
                            source: "response \(response.id) \(probe.id) \(option)"))
                }
                for step in steps where step.optionCode == option {
                    let stepCodes = byStep[StepKey(response: response.id, option: option, depth: step.depth)] ?? []
                    units.append(
                        LadderUnit(
                            speaker: .person(response.id), context: place, codes: stepCodes.map(\.theme),
                            source: "response \(response.id) \(probe.id) \(option ?? "") step \(step.depth)"))
                }
            }
            rowOfPerson[response.id] = row
        }
        let set = LadderSet(units: units, rules: rules)
        let segmentCount = context.segmentation?.levels.count ?? 1
        var segmentChains = Array(repeating: [LadderRespondent](), count: segmentCount)
        for respondent in set.respondents {
            guard let row = rowOfPerson[respondent.id] else { continue }
            if let segmentation = context.segmentation {
                if let segment = segmentation.membership[row] { segmentChains[segment].append(respondent) }
            } else {
                segmentChains[0].append(respondent)
            }
        }
        result.overall = topChains(set.respondents, labels: labels)
        result.bySegment = segmentChains.map { topChains($0, labels: labels) }
        let matrix = ImplicationMatrix(set.respondents)
        let map = HierarchicalValueMap(
            matrix: matrix, cutoff: matrix.defaultCutoff(counting: .respondents), counting: .respondents,
            levels: rules.levels)
        result.valueMap = ValueMapSummary(
            map, labels: labels, inconsistencies: set.inconsistencies.count, unseededLadders: set.unseededLadders)
        return result
    }

    private struct StepKey: Hashable {
        var response: String
        var option: String?
        var depth: Int
    }

    /// The most common ladders of two or more codes, each counted once per respondent; ties in first-seen order.
    static func topChains(_ respondents: [LadderRespondent], labels: [String: String]) -> [LadderChain] {
        var counts: [[String]: Int] = [:]
        var order: [[String]] = []
        for respondent in respondents {
            var seen: Set<[String]> = []
            for ladder in respondent.ladders where ladder.count >= 2 && seen.insert(ladder).inserted {
                if counts[ladder] == nil { order.append(ladder) }
                counts[ladder, default: 0] += 1
            }
        }
        let firstSeen = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return order.sorted { a, b in
            counts[a]! != counts[b]! ? counts[a]! > counts[b]! : firstSeen[a]! < firstSeen[b]!
        }.prefix(laddersPerProbe).map { chain in
            LadderChain(steps: chain.map { labels[$0] ?? $0 }, count: counts[chain]!)
        }
    }
}
