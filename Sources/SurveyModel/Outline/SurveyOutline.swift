/// A human-readable outline of a survey definition (`voc show`): the header (id, version, kind, languages),
/// declarations (attributes, option lists, computed variables, segments, quotas, weighting), then each section
/// with its items tagged `WHAT`, `WHY` or `NOTE`, their type, logic (`when`, checks, attention checks) and flags,
/// and the totals. Consistency rules are listed with the declarations.
///
/// Example (abridged):
///
///     survey nps 1.0.0: Customer recommendation survey
///       kind: survey
///       languages: en (default)
///
///     section main
///       WHAT  nps            nps 0-10
///       WHY   why_detractor  about nps, ladder depth 2, codebook nps-themes
///                            when: {nps} <= 6
///
///     totals: 2 what questions, 3 why probes, 1 note, max ladder depth 2
///
/// The outline is plain text with no trailing spaces and ends with a newline. Texts are shown in the default
/// language.
public struct SurveyOutline: Sendable {
    public var survey: Survey

    public init(_ survey: Survey) {
        self.survey = survey
    }

    /// The number of what questions, why probes and notes, and the deepest why ladder (0 with no probes).
    public struct Totals: Sendable, Hashable {
        public var whatQuestions: Int
        public var whyProbes: Int
        public var notes: Int
        public var maxLadderDepth: Int
    }

    public var totals: Totals {
        let items = survey.sections.flatMap(\.items)
        let notes = items.filter { if case .note = $0 { true } else { false } }.count
        let probes = survey.whyProbes
        return Totals(
            whatQuestions: survey.whatQuestions.count, whyProbes: probes.count, notes: notes,
            maxLadderDepth: probes.map(\.ladderDepth).max() ?? 0)
    }

    /// The outline text.
    public func render() -> String {
        var lines = header()
        for section in survey.sections {
            lines.append("")
            lines += self.section(section)
        }
        lines.append("")
        let totals = totals
        lines.append(
            "totals: "
                + [
                    count(totals.whatQuestions, "what question"), count(totals.whyProbes, "why probe"),
                    count(totals.notes, "note"), "max ladder depth \(totals.maxLadderDepth)",
                ].joined(separator: ", "))
        return lines.map(trimmingTrailingSpaces).joined(separator: "\n") + "\n"
    }

    private func header() -> [String] {
        var lines = ["survey \(survey.id) \(survey.version): \(survey.title.text)"]
        lines.append("  kind: \(survey.kind.rawValue)")
        let languages = [survey.defaultLanguage + " (default)"] + survey.translations
        lines.append("  languages: " + languages.joined(separator: ", "))
        if !survey.attributes.isEmpty {
            let attributes = survey.attributes.map {
                "\($0.id) (\($0.type.rawValue)\($0.personal ? ", personal" : ""))"
            }
            lines.append("  attributes: " + attributes.joined(separator: ", "))
        }
        if !survey.optionLists.isEmpty {
            let lists = survey.optionLists.map { "\($0.id) (\($0.options.count))" }
            lines.append("  option lists: " + lists.joined(separator: ", "))
        }
        for variable in survey.computed {
            lines.append("  computed \(variable.id) = \(variable.expression.source)")
        }
        for segment in survey.segments {
            lines.append("  segment \(segment.id) when \(segment.when.source)")
        }
        for quota in survey.quotas {
            lines.append("  quota \(quota.id) when \(quota.when.source): target \(quota.target)")
        }
        for rule in survey.consistencyRules {
            lines.append("  consistency rule \(rule.id) when \(rule.expression.source)")
        }
        if let weighting = survey.weighting {
            var parts: [String] = []
            if let file = weighting.marginsFile { parts.append("margins file \(file)") }
            if !weighting.margins.isEmpty {
                let variables = weighting.margins.map(\.variable).reduce(into: [String]()) { list, variable in
                    if !list.contains(variable) { list.append(variable) }
                }
                let margins = count(weighting.margins.count, "inline margin")
                parts.append(margins + " on " + variables.joined(separator: ", "))
            }
            lines.append("  weighting: " + parts.joined(separator: "; "))
        }
        return lines
    }

    private func section(_ section: Section) -> [String] {
        var title = "section \(section.id)"
        if let text = section.title?.text { title += " \"\(text)\"" }
        var flags: [String] = []
        if let stage = section.stage { flags.append("stage \(stage.rawValue)") }
        if let minutes = section.minutes { flags.append("\(minutes) min") }
        if section.randomize { flags.append("randomized order") }
        if !flags.isEmpty { title += " [" + flags.joined(separator: ", ") + "]" }
        var lines = [title]
        if let when = section.when { lines.append("  when: \(when.source)") }
        let width = min(24, (section.items.map(\.id.count).max() ?? 0) + 2)
        for item in section.items {
            let entry = OutlineEntry(item: item, survey: survey)
            let id = item.id + String(repeating: " ", count: max(1, width - item.id.count))
            lines.append("  \(entry.tag)  \(id)\(entry.summary)")
            let indent = String(repeating: " ", count: 2 + 4 + 2 + max(width, item.id.count + 1))
            lines += entry.details.map { indent + $0 }
        }
        return lines
    }

    private func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }

    private func trimmingTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
