/// A data-quality flag: what was found in a response. Each kind has a weight; a response's score is the sum of its
/// flags' weights and it counts as flagged at `QualitySettings.flaggedScore` (default 1). Strong evidence weighs 1,
/// weaker indications less, so that a single weak sign never flags a response on its own; `no-completion-time` only
/// informs (weight 0).
public enum QualityFlagKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case speeding
    case pageSpeeding = "page-speeding"
    case straightlining
    case longString = "long-string"
    case duplicate
    case nearDuplicate = "near-duplicate"
    case duplicateRespondent = "duplicate-respondent"
    case duplicateContact = "duplicate-contact"
    case openEmpty = "open-empty"
    case openShort = "open-short"
    case openGibberish = "open-gibberish"
    case openCopiesQuestion = "open-copy"
    case openShared = "open-shared"
    case attention
    case consistency
    case itemNonresponse = "item-nonresponse"
    case noCompletionTime = "no-completion-time"

    /// The flag's contribution to the response's score.
    public var weight: Double {
        switch self {
        case .speeding, .straightlining, .duplicate, .nearDuplicate, .duplicateRespondent, .duplicateContact,
            .openGibberish, .openCopiesQuestion, .openShared, .attention, .consistency:
            1
        case .pageSpeeding, .longString, .openEmpty, .itemNonresponse: 0.5
        case .openShort: 0.25
        case .noCompletionTime: 0
        }
    }

    /// One line saying what the flag means (README, `voc quality` help and report notes).
    public var meaning: String {
        switch self {
        case .speeding: "completed in less than half the median time of its mode"
        case .pageSpeeding:
            "answered the questions at least twice as fast as the median respondent, question by question"
        case .straightlining: "the same answer in every row of a grid"
        case .longString: "the same answer in most consecutive rows of a grid"
        case .duplicate: "the same closed answers as another response, unlikely by chance"
        case .nearDuplicate: "almost the same closed answers as another response, unlikely by chance"
        case .duplicateRespondent: "the same respondent id completed more than once"
        case .duplicateContact: "the same e-mail or phone as another respondent"
        case .openEmpty: "an open why answer that is empty"
        case .openShort: "an open why answer too short to give a reason"
        case .openGibberish: "an open why answer that is keyboard mash, repeated characters or no words"
        case .openCopiesQuestion: "an open why answer that copies the question's text"
        case .openShared: "the same open why answer as another response"
        case .attention: "failed an instructed-response (attention) item"
        case .consistency: "broke a consistency rule of the survey"
        case .itemNonresponse: "left most closed questions without a substantive answer"
        case .noCompletionTime: "complete, but the source recorded no completion time (its speed cannot be judged)"
        }
    }

    /// Every kind in declaration order, kept once (a synthesized `allCases` builds a new array on each use).
    static let ordered = allCases

    /// The kind's position in declaration order: its bit in `FlagKinds` and its rank in sorting.
    var position: Int { Self.ordered.firstIndex(of: self)! }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.position < rhs.position }
}

/// One flag on a response, with the evidence behind it (never more of the respondent's answers than needed).
public struct QualityFlag: Sendable, Hashable {
    public var kind: QualityFlagKind
    /// What was measured, e.g. "took 95 s against a median of 410 s (cati)".
    public var evidence: String

    public init(_ kind: QualityFlagKind, _ evidence: String) {
        self.kind = kind
        self.evidence = evidence
    }
}
