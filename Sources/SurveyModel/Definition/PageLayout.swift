/// How self-completion pages (`voc serve`) group the items of a section: one question per page (the default), or
/// every question of the section on one page. Terminal interviews always ask one question at a time.
///
/// Set for the whole survey (`<survey page="section">`, `"page": "section"`) and per section, where it overrides
/// the survey's. On a section page the interview engine still decides what is shown: why probes keep a page per
/// ladder step, and a page ends before an item whose condition or piped text refers to a question earlier on the
/// same page (`InterviewEngine.page`).
public enum PageLayout: String, Sendable, Hashable, Codable, CaseIterable {
    /// One question (or note, or why-ladder step) per page.
    case question
    /// The questions and notes of a section together on one page.
    case section
}
