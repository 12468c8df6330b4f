import SurveyModel
import SurveyStatistics
import SurveyAnalysis

extension ReportBuilder {
    /// Most quotes shown per theme, distinct raw answers per uncoded segment, and ladder chains per probe and segment.
    static let quotesPerTheme = 2
    static let rawAnswersPerSegment = 5
    static let laddersPerProbe = 5
    static let themesPerSegment = 8

    /// The why findings of every probe (see `ReportBuilder`).
    static func why(_ context: inout ReportContext) throws -> [WhyFinding] {
        var findings: [WhyFinding] = []
        let segmentCount = context.segmentation?.levels.count ?? 1
        let codebooks = WhyCodebooks(context.input.codebooks)
        for probe in context.input.survey.whyProbes {
            let answered = context.completes.indices.filter { row in
                context.completes[row].ladder.contains { $0.probeID == probe.id && $0.depth == 1 && !$0.text.isEmpty }
            }
            guard !answered.isEmpty else { continue }
            let labels = codebooks.labels(for: probe)
            let coded = context.input.whyCodes.filter { $0.probeID == probe.id }
            let ladders = whyLadders(
                probe, context: context, codes: coded, codebook: codebooks.codebook(for: probe), labels: labels)
            let codes = coded.map { code in
                var code = code
                code.theme = labels[code.theme] ?? code.theme
                return code
            }
            let themesByResponse = Dictionary(grouping: codes, by: \.responseID)
            let themes = codes.map(\.theme).uniqued()
            let answeredSet = Set(answered)
            var segments: [WhySegment] = []
            for segment in 0..<segmentCount {
                let members = answered.filter {
                    context.segmentation?.membership[$0] == segment || context.segmentation == nil
                }
                let base = ReportBase(unweighted: members.count, effective: context.effectiveBase(rows: members))
                let small = base.isSmall(minimum: context.input.minimumBase)
                let label = context.segmentation?.levels[segment] ?? "All respondents"
                guard !themes.isEmpty else {
                    let raw = members.compactMap { row in
                        context.completes[row].ladder.first { $0.probeID == probe.id && $0.depth == 1 }?.text
                    }.uniqued().prefix(rawAnswersPerSegment)
                    segments.append(
                        WhySegment(
                            segment: label, base: base, themes: [], rawAnswers: Array(raw), smallBase: small,
                            ladders: ladders.bySegment[safe: segment] ?? []))
                    continue
                }
                var rows: [WhyTheme] = []
                for theme in themes {
                    let name = "__why.\(probe.id).\(theme)"
                    let completes = context.completes
                    try context.numeric(
                        name,
                        completes.indices.map { row in
                            guard answeredSet.contains(row) else { return .nan }
                            let mentioned = themesByResponse[completes[row].id]?.contains { $0.theme == theme }
                            return mentioned == true ? 1 : 0
                        })
                    let estimates =
                        try context.segmentName.map { try context.estimator.proportion(name, by: $0) }
                        ?? context.estimator.proportion(name)
                    guard let estimate = estimates[safe: segment] else { continue }
                    let quotes = members.compactMap { row -> String? in
                        let response = context.completes[row]
                        guard let code = themesByResponse[response.id]?.first(where: { $0.theme == theme }) else {
                            return nil
                        }
                        return response.ladder.first {
                            $0.probeID == probe.id && $0.depth == code.depth && $0.optionCode == code.optionCode
                        }?.text
                    }
                    rows.append(
                        WhyTheme(
                            theme: theme, share: context.estimate(estimate),
                            quotes: Array(quotes.uniqued().prefix(quotesPerTheme))))
                }
                rows.sort { ($0.share.value ?? -1, $1.theme) > ($1.share.value ?? -1, $0.theme) }
                segments.append(
                    WhySegment(
                        segment: label, base: base, themes: Array(rows.prefix(themesPerSegment)),
                        smallBase: small, ladders: ladders.bySegment[safe: segment] ?? []))
            }
            findings.append(
                WhyFinding(
                    probeID: probe.id, prompt: PipedText.readable(probe.text.text), about: probe.about,
                    segments: segments, ladders: ladders.overall, valueMap: ladders.valueMap,
                    ladderNote: ladders.note))
        }
        return findings
    }
}
