import Foundation
import SurveyModel
import SurveyStatistics
import SurveyAnalysis

extension ReportBuilder {
    /// Dispositions, AAPOR rates, fieldwork dates and interviewers from every response.
    static func sample(_ input: ReportInput, completes: [Response]) -> SampleSummary {
        var counts: [String: Int] = [:]
        for response in input.responses { counts[response.disposition.rawValue, default: 0] += 1 }
        let rows = counts.keys.sorted { $0.compare($1, options: .numeric) == .orderedAscending }.map { code in
            let disposition = DispositionCode(code)
            return DispositionRow(
                code: code, label: OutcomeRates.label(of: disposition),
                group: disposition.group.rawValue, count: counts[code] ?? 0)
        }
        var groups: [DispositionGroup: Int] = [:]
        for response in input.responses { groups[response.disposition.group, default: 0] += 1 }
        // Fieldwork dates from the completes whose start is known (imports may lack it; never 1970).
        let days = completes.compactMap { $0.startedAt?.formatted(Date.ISO8601FormatStyle().year().month().day()) }
            .sorted()
        var interviewers: [String: (completes: Int, cases: Int)] = [:]
        let completeIDs = Set(completes.map(\.id))
        for response in input.responses {
            guard let name = input.interviewers[response.id] else { continue }
            interviewers[name, default: (0, 0)].cases += 1
            if completeIDs.contains(response.id) { interviewers[name, default: (0, 0)].completes += 1 }
        }
        return SampleSummary(
            completes: completes.count, cases: input.responses.count, dispositions: rows,
            rates: OutcomeRates.rates(groups), fieldworkStart: days.first, fieldworkEnd: days.last,
            interviewers: interviewers.keys.sorted().map {
                InterviewerCount(
                    interviewer: $0, completes: interviewers[$0]?.completes ?? 0,
                    cases: interviewers[$0]?.cases ?? 0)
            })
    }

    /// Targets against achieved margins, the weight summary and a 10-bin histogram; nil when unweighted.
    static func weighting(_ input: ReportInput, context: ReportContext) -> WeightingSummary? {
        guard let weight = input.weight, !context.weights.isEmpty else { return nil }
        let summary = WeightSummary(context.weights)
        var margins: [MarginFinding] = []
        let byVariable = Dictionary(grouping: input.margins, by: \.variable)
        for variable in input.margins.map(\.variable).uniqued() {
            let targets = byVariable[variable] ?? []
            let total = targets.map(\.target).reduce(0, +)
            let values = context.completes.map { response -> String? in
                if let attribute = input.respondents[response.respondentID]?.attributes[variable] { return attribute }
                if case .code(let code) = response.answers[variable] { return code }
                return nil
            }
            let known = values.indices.filter { values[$0] != nil }
            let weightTotal = known.map { context.weights[$0] }.reduce(0, +)
            for target in targets {
                let members = known.filter { values[$0] == target.level }
                let weighted = members.map { context.weights[$0] }.reduce(0, +)
                margins.append(
                    MarginFinding(
                        variable: variable, level: target.level, target: total > 0 ? target.target / total : 0,
                        unweighted: known.isEmpty ? 0 : Double(members.count) / Double(known.count),
                        weighted: weightTotal > 0 ? weighted / weightTotal : 0))
            }
        }
        return WeightingSummary(
            weightSet: weight.name, margins: margins,
            weights: WeightStatistics(
                count: summary.n, minimum: summary.min, median: summary.median,
                maximum: summary.max, mean: summary.mean, coefficientOfVariation: summary.cv),
            designEffect: summary.kishDeff, effectiveSampleSize: summary.effectiveSampleSize,
            histogram: histogram(context.weights, bins: 10))
    }

    /// `bins` equal-width bins from the smallest to the largest value (one bin when all are equal).
    static func histogram(_ values: [Double], bins: Int) -> [HistogramBin] {
        guard let low = values.min(), let high = values.max() else { return [] }
        guard high > low else { return [HistogramBin(lower: low, upper: high, count: values.count)] }
        let width = (high - low) / Double(bins)
        var counts = Array(repeating: 0, count: bins)
        for value in values { counts[min(bins - 1, Int((value - low) / width))] += 1 }
        return counts.enumerated().map {
            HistogramBin(
                lower: low + Double($0.offset) * width, upper: low + Double($0.offset + 1) * width,
                count: $0.element)
        }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, without repeats.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
