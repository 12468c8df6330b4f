import SurveyModel

/// When an open question of another tool is a why probe: the source marks it as the follow-up of the question
/// just before it.
///
/// The mark is a display condition that refers to that question and to nothing else, where that question is a
/// rating or NPS, or a single choice and the open question asks why (its text contains "why" or "reason").
/// Anything else stays a text question; one that asks why is reported as such.
enum InteropWhyProbe {
    /// The question `text` (shown when `when` holds) follows up, or nil when it is not a why probe.
    static func about(previous: SurveyItem?, text: LocalizedText, when: Expression?) -> WhatQuestion? {
        guard let when, case .what(let asked)? = previous, !when.references.isEmpty,
            when.references.allSatisfy({ $0.id == asked.id && $0.part == nil })
        else { return nil }
        switch asked.kind {
        case .rating, .nps: return asked
        case .singleChoice: return asksWhy(text) ? asked : nil
        default: return nil
        }
    }

    /// The why probe `id` (a text question shown when `when` holds) makes when it follows up `previous`, with a
    /// report item at `location`; nil when it is not a why probe (reported when it asks why all the same).
    static func probe(
        id: String, text: LocalizedText, when: Expression?, required: Bool, previous: SurveyItem?,
        at location: String, report: inout ConversionReport
    ) -> WhyProbe? {
        guard let asked = about(previous: previous, text: text, when: when) else {
            if asksWhy(text) { report.add(location, "text question \"\(id)\"", keptAction) }
            return nil
        }
        report.add(location, "text question \"\(id)\"", convertedAction(about: asked.id))
        return WhyProbe(id: id, about: asked.id, text: text, when: when, required: required)
    }

    /// Whether the default-language text asks why (contains "why" or "reason", in any case).
    static func asksWhy(_ text: LocalizedText) -> Bool {
        let lowered = text.text.lowercased()
        return lowered.contains("why") || lowered.contains("reason")
    }

    /// The report item's action for a text question made a why probe about `question`.
    static func convertedAction(about question: String) -> String {
        "converted to a why probe about \"\(question)\" (asked only after that answer)"
    }

    /// The report item's action for a text question that asks why but is not marked as a follow-up.
    static let keptAction =
        "kept as a text question (it asks why, but is not conditional on the rating or choice just before it only)"
}
