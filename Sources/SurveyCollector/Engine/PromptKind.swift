public import SurveyModel

/// The shape of the current step.
public enum PromptKind: Sendable, Hashable {
    case note(NoteKind)
    case singleChoice([PromptOption])
    case multipleChoice([PromptOption], min: Int?, max: Int?)
    /// Rating and NPS: a value on the scale.
    case scale(PromptScale)
    case numeric(integer: Bool, min: Double?, max: Double?, unit: String?)
    case text(maxLength: Int?)
    case date(min: String?, max: String?)
    /// Order the items; `top` ranks only the first k.
    case ranking([PromptOption], top: Int?)
    /// One value on `scale` for each row.
    case matrix(rows: [PromptOption], scale: PromptScale)
    /// Importance (and optionally performance) for each need.
    case importance(needs: [PromptOption], scale: PromptScale, performance: PromptScale?)
    /// Best and worst in each set.
    case maxDiff(sets: [[PromptOption]])
    /// For each feature, the functional and dysfunctional answers (1–5, `answers`).
    case kano(features: [PromptKanoFeature], answers: [String])
    /// A why-ladder step: `depth` of at most `maxDepth`; `option` is the option probed (each-selected probes).
    case probe(depth: Int, maxDepth: Int, option: PromptOption?)
}
