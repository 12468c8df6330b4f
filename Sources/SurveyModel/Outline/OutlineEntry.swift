/// How one survey item appears in a `SurveyOutline`: its tag (`WHAT`, `WHY `, `NOTE`), a one-line summary of its
/// type and settings, and detail lines for its logic (`when`, checks).
struct OutlineEntry {
    var tag: String
    var summary: String
    var details: [String]

    init(item: SurveyItem, survey: Survey) {
        switch item {
        case .what(let question):
            tag = "WHAT"
            summary = OutlineEntry.describe(question, in: survey)
            details = question.when.map { ["when: \($0.source)"] } ?? []
            details += question.checks.map { "check (\($0.severity.rawValue)): \($0.condition.source)" }
            if let attention = question.attentionCheck {
                let row = attention.row.map { "row \($0) " } ?? ""
                details.append("attention check: \(row)expects \(attention.expected.joined(separator: " or "))")
            }
        case .why(let probe):
            tag = "WHY "
            var parts = ["about \(probe.about)"]
            if probe.target == .eachSelected { parts.append("each selected") }
            parts.append("ladder depth \(probe.ladderDepth)")
            if let codebook = probe.codebook { parts.append("codebook \(codebook)") }
            if probe.required { parts.append("required") }
            summary = parts.joined(separator: ", ")
            details = probe.when.map { ["when: \($0.source)"] } ?? []
        case .note(let note):
            tag = "NOTE"
            summary = note.kind.rawValue
            details = note.when.map { ["when: \($0.source)"] } ?? []
        }
    }

    /// `single, 5 options (other-specify) · randomized · don't know` and so on.
    static func describe(_ question: WhatQuestion, in survey: Survey) -> String {
        var parts = [kind(question.kind, in: survey)]
        if question.randomize { parts.append("randomized") }
        if !question.required { parts.append("optional") }
        if question.allowDontKnow { parts.append("don't know") }
        if question.allowRefused { parts.append("refused") }
        if question.personal { parts.append("personal") }
        return parts.joined(separator: " · ")
    }

    private static func kind(_ kind: WhatKind, in survey: Survey) -> String {
        switch kind {
        case .singleChoice(let source):
            return "single, " + options(survey.options(source), source)
        case .multipleChoice(let source, let min, let max):
            var text = "multiple, " + options(survey.options(source), source)
            if let min { text += ", min \(min)" }
            if let max { text += ", max \(max)" }
            return text
        case .rating(let scale): return "rating " + range(scale)
        case .nps: return "nps 0-10"
        case .numeric(let integer, let min, let max, let unit):
            var text = "numeric (\(integer ? "integer" : "decimal"))"
            if min != nil || max != nil {
                text += " " + (min.map(Value.format) ?? "") + ".." + (max.map(Value.format) ?? "")
            }
            if let unit { text += " \(unit)" }
            return text
        case .text(let maxLength, let pattern):
            var text = "text"
            if let maxLength { text += ", max length \(maxLength)" }
            if pattern != nil { text += ", pattern" }
            return text
        case .date(let min, let max):
            return "date" + (min != nil || max != nil ? " \(min ?? "")..\(max ?? "")" : "")
        case .ranking(let source, let top):
            let items = survey.options(source)
            return "ranking " + (top.map { "top \($0) of " } ?? "all ") + options(items, source)
        case .matrix(let rows, let scale):
            return "matrix, \(rows.count) rows × \(range(scale))" + conditional(rows)
        case .importance(let needs, let scale, let performance):
            var text = "importance, \(needs.count) needs × \(range(scale))"
            if let performance { text += " + performance \(range(performance))" }
            return text + conditional(needs)
        case .maxDiff(let items, let perSet, let sets, let seed):
            return "maxdiff, \(items.count) items, \(sets) sets of \(perSet), seed \(seed)"
        case .kano(let features):
            return "kano, \(features.count) features"
        }
    }

    private static func options(_ options: [ChoiceOption], _ source: OptionSource) -> String {
        var text = "\(options.count) option\(options.count == 1 ? "" : "s")"
        if case .list(let id) = source { text += " from list \(id)" }
        var flags: [String] = []
        if options.contains(where: \.exclusive) { flags.append("exclusive") }
        if options.contains(where: \.other) { flags.append("other-specify") }
        if options.contains(where: \.anchored) { flags.append("anchored") }
        if !flags.isEmpty { text += " (" + flags.joined(separator: ", ") + ")" }
        return text + conditional(options)
    }

    private static func conditional(_ options: [ChoiceOption]) -> String {
        let count = options.filter { $0.when != nil }.count
        return count == 0 ? "" : ", \(count) conditional"
    }

    private static func range(_ scale: RatingScale) -> String {
        "\(scale.min)-\(scale.max)"
    }
}
