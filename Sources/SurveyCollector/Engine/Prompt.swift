public import SurveyModel

/// Everything a driver needs to show the current step: texts already piped and translated, options in the
/// respondent's (seeded) order, and what answers are possible. Drivers render it; they never look up the survey.
public struct Prompt: Sendable, Hashable {
    public var position: InterviewPosition
    public var surveyTitle: String
    public var sectionID: String
    public var sectionTitle: String?
    /// The 1-based number of this question among the questions the respondent will probably see.
    public var number: Int
    /// The number of questions the respondent will probably see (changes as answers open or close branches).
    public var total: Int
    /// The question, note or probe text, piped and translated.
    public var text: String
    public var help: String?
    public var kind: PromptKind
    public var required: Bool
    public var allowDontKnow: Bool
    public var allowRefused: Bool
    /// The answer already stored for this question, when coming back to it.
    public var currentAnswer: AnswerValue?
    /// The ladder text already stored for this probe step, when coming back to it.
    public var currentText: String?
}

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

/// One option as shown: its display number (1-based, in the shown order), code and translated label.
public struct PromptOption: Sendable, Hashable {
    public var number: Int
    public var code: String
    public var label: String
    public var exclusive: Bool
    public var other: Bool

    public init(number: Int, code: String, label: String, exclusive: Bool = false, other: Bool = false) {
        self.number = number
        self.code = code
        self.label = label
        self.exclusive = exclusive
        self.other = other
    }
}

/// A rating scale as shown.
public struct PromptScale: Sendable, Hashable {
    public var min: Int
    public var max: Int
    /// Labels of the labelled points, ascending.
    public var labels: [Int: String] = [:]
}

/// A Kano feature as shown.
public struct PromptKanoFeature: Sendable, Hashable {
    public var number: Int
    public var code: String
    public var label: String
    public var functional: String
    public var dysfunctional: String
}
