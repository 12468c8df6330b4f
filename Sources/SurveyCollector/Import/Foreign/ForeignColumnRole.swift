import Foundation
import SurveyModel

/// What one column of another tool's export gives the wide row that `ResponseRowDecoder` reads, and how its
/// text is translated on the way. Wide columns are indexes into `ForeignColumnPlan.header`.
enum ForeignColumnRole: Sendable {
    /// Not imported: the tool's own bookkeeping (IP address, page timings, ...) or left out by the map.
    case ignored
    /// The text as it is (text, numbers).
    case copy(Int)
    /// A response id: the text without the `uuid:` that XForms instance ids start with (so that `_uuid` and
    /// `meta/instanceID` give the same id).
    case identifier(Int)
    /// A single choice: an option's code, or failing that the text of exactly one option (in any language).
    case choice(Int, options: [ChoiceOption])
    /// A rating, NPS or matrix row: a whole number, or the label of exactly one point of the scale.
    case scale(Int, RatingScale)
    /// One option of a multiple choice, selected or not.
    case flag(Int, option: ChoiceOption)
    /// The codes of a multiple choice separated by spaces (XForms `select`), or the items of a ranking in their
    /// order (`odk:rank`); `columns` maps each option code to its wide column.
    case codeList(question: String, columns: [String: Int], ranked: Bool)
    /// The code of the item ranked `rank` (LimeSurvey `Q[1]`, `Q[2]`, ...).
    case rankedItem(question: String, rank: Int, columns: [String: Int])
    /// The text of an "other" item of a multiple choice that selects it when given (LimeSurvey `Q[other]`).
    case otherSelecting(flag: Int, text: Int)
    /// A date answer (a time after the date is dropped).
    case date(Int)
    /// A time into a fixed column (`started_at`, `completed_at`, `updated_at`), read in `zone` when the text
    /// gives none.
    case timestamp(Int, zone: TimeZone)
    /// Qualtrics `Finished`: 1 complete, 0 partial.
    case finished
    /// LimeSurvey `submitdate`: empty for a response not submitted (partial), else the completion time into the
    /// wide column (`1980-01-01 00:00:00`, LimeSurvey's date of an anonymous response, gives no time).
    case submitDate(Int)
    /// A respondent attribute of the survey.
    case attribute(String)
    /// The answer to a why probe (the first step of its ladder).
    case why(WhyProbe)
}
