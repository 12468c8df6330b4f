import SurveyModel
import SurveyStore

/// The column names an import knows for a survey (every registered version): the fixed columns, the declared
/// respondent attributes, the variables and the why columns, and how the names of an SPSS file map onto them.
struct SAVColumnNames: Sendable {
    /// A why column: probe, probed question, option (for per-option probes) and ladder level.
    struct Why: Sendable, Hashable {
        var probe: String
        var question: String
        var option: String?
        var depth: Int
    }

    /// voc's earlier names of fixed columns in `.sav` files.
    static let aliases = ["RESPID": ResponseColumns.responseID, "STARTED": ResponseColumns.startedAt]

    private var known: Set<String> = []
    /// Known names by their SPSS form in upper case (`ExportName.valid`).
    private var bySPSSName: [String: String] = [:]
    /// Variables with text codes: name → value labels (special codes included).
    private var textCodes: [String: [ValueLabel]] = [:]
    /// Probes by their SPSS form in upper case.
    private var probes: [String: WhyProbe] = [:]
    private var probeOptions: [String: [ChoiceOption]] = [:]

    init(surveys: ImportSurveys) {
        let versions = [surveys.current] + surveys.byVersion.values.filter { $0.version != surveys.current.version }
        var names = ResponseColumns.fixed
        for survey in versions {
            names += survey.attributes.map(\.id)
            let special = [
                ValueLabel(code: survey.specialCodes.dontKnow, label: "Don't know"),
                ValueLabel(code: survey.specialCodes.refused, label: "Refused"),
            ]
            for variable in survey.variables {
                names.append(variable.name)
                let labels = variable.valueLabels + (variable.allowsSpecialCodes ? special : [])
                let categorical = variable.measure != .text && variable.measure != .date
                if categorical, textCodes[variable.name] == nil, labels.contains(where: { Double($0.code) == nil }) {
                    textCodes[variable.name] = labels
                }
            }
            for probe in survey.whyProbes where probes[ExportName.valid(probe.id).uppercased()] == nil {
                probes[ExportName.valid(probe.id).uppercased()] = probe
                probeOptions[probe.id] = survey.whatQuestion(probe.about).map { survey.options(of: $0) } ?? []
            }
        }
        for name in names where !known.contains(name) {
            known.insert(name)
            let spss = ExportName.valid(name).uppercased()
            if bySPSSName[spss] == nil { bySPSSName[spss] = name }
        }
    }

    /// Whether `column` is a fixed column, attribute, variable or why column of the survey.
    func isKnown(_ column: String) -> Bool { known.contains(column) || why(column) != nil }

    /// The survey column an SPSS variable named `name` holds, when its name says so.
    func column(for name: String) -> String? {
        if known.contains(name) { return name }
        let upper = name.uppercased()
        return bySPSSName[upper] ?? Self.aliases[upper]
    }

    /// The survey's value labels of variable `name` when its codes are text (nil for numeric codes and other
    /// columns).
    func textCodes(of name: String) -> [ValueLabel]? { textCodes[name] }

    /// The why column `name` stands for (`PROBE.dN` or `PROBE.OPTION.dN`, in voc's or SPSS's spelling), if any.
    func why(_ name: String) -> Why? {
        guard let dot = name.lastIndex(of: "."), name[name.index(after: dot)...].first == "d",
            let depth = Int(name[name.index(dot, offsetBy: 2)...]), depth >= 1
        else { return nil }
        let stem = String(name[..<dot])
        if let probe = probes[ExportName.valid(stem).uppercased()] {
            return Why(probe: probe.id, question: probe.about, option: nil, depth: depth)
        }
        guard let split = stem.firstIndex(of: "."),
            let probe = probes[ExportName.valid(String(stem[..<split])).uppercased()]
        else { return nil }
        let option = String(stem[stem.index(after: split)...])
        let code =
            probeOptions[probe.id]?.first { ExportName.valid("x" + $0.code) == ExportName.valid("x" + option) }?
            .code ?? option
        return Why(probe: probe.id, question: probe.about, option: code, depth: depth)
    }
}
