import SurveyExport
import SurveyModel

/// Names coded why themes by their codebook labels for `voc report`.
///
/// Codes are stored by id (`saves_time`); a report reads better with the label ("Saves time"). Each probe's codes
/// are looked up in the codebook the probe names (`codebook="..."`); a probe that names none uses the only codebook
/// given. Codes of a codebook that was not given keep their id.
struct WhyThemeLabels {
    private var labels: [String: [String: String]] = [:]  // codebook id → code id → label
    private var probeCodebook: [String: String] = [:]
    private var only: String?

    init(codebooks: [SurveyModel.Codebook], survey: Survey) {
        for codebook in codebooks {
            labels[codebook.id] = Dictionary(
                codebook.codes.map { ($0.id, $0.label.text) }, uniquingKeysWith: { first, _ in first })
        }
        only = codebooks.count == 1 ? codebooks[0].id : nil
        for probe in survey.whyProbes { probeCodebook[probe.id] = probe.codebook }
    }

    func labelled(_ codes: [WhyCode]) -> [WhyCode] {
        guard !labels.isEmpty else { return codes }
        return codes.map { code in
            var code = code
            let named = probeCodebook[code.probeID] ?? nil
            let book = named ?? only
            if let book, let label = labels[book]?[code.theme], !label.isEmpty { code.theme = label }
            return code
        }
    }
}
