import SurveyModel
public import SurveyStore

/// One open text that can be coded: a step of a survey why ladder, or a participant's transcript turn.
public struct CodingText: Sendable, Hashable {
    public var unit: CodingUnit
    public var text: String
    /// Who said it: a respondent id, or `SESSION/PARTICIPANT` for a focus-group participant (each code is counted
    /// once per person).
    public var person: String
    /// A short name for listings: the respondent id, or the participant id.
    public var speaker: String
    /// The person's attributes (respondent attributes or roster segment attributes).
    public var attributes: [String: String] = [:]
    /// The roster weight of a participant (1 for respondents; survey weights come from weight sets).
    public var weight: Double = 1
    /// Marked `!` by the note-taker or in the transcript.
    public var isQuote: Bool = false
    /// Codes tagged inline with `#code` when the turn was logged or imported.
    public var inlineCodes: [String] = []
    /// The survey id of a why answer.
    public var surveyID: String?
    /// The guide section of a transcript turn.
    public var sectionID: String?
}
