import SurveyModel

/// The codebooks of a report's why probes: which codebook codes a probe, and the labels of its codes.
///
/// Codes are stored by id (`saves_time`); a report reads better with the label ("Saves time"). Each probe's codes
/// are looked up in the codebook the probe names (`codebook="..."`); a probe that names none uses the only codebook
/// given. Codes of a codebook that was not given keep their id.
struct WhyCodebooks {
    private var byID: [String: Codebook] = [:]
    private var only: Codebook?

    init(_ codebooks: [Codebook]) {
        for codebook in codebooks where byID[codebook.id] == nil { byID[codebook.id] = codebook }
        only = codebooks.count == 1 ? codebooks[0] : nil
    }

    /// The codebook that codes `probe`, if it was given.
    func codebook(for probe: WhyProbe) -> Codebook? {
        probe.codebook.map { byID[$0] } ?? only
    }

    /// The label of each code of `probe`'s codebook (empty when none was given).
    func labels(for probe: WhyProbe) -> [String: String] {
        guard let codebook = codebook(for: probe) else { return [:] }
        var labels: [String: String] = [:]
        for code in codebook.codes where labels[code.id] == nil && !code.label.text.isEmpty {
            labels[code.id] = code.label.text
        }
        return labels
    }
}
