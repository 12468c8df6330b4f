/// The fixed leading columns of the wide response table (CSV export and import), in order. Respondent attribute
/// columns follow them, then one column per survey variable (`Survey.variables`).
public enum ResponseColumns {
    public static let responseID = "response_id"
    public static let respondentID = "respondent_id"
    public static let status = "status"
    public static let disposition = "disposition"
    public static let surveyVersion = "survey_version"
    public static let startedAt = "started_at"
    public static let updatedAt = "updated_at"
    public static let completedAt = "completed_at"
    public static let interviewer = "interviewer"
    public static let mode = "mode"

    /// Every fixed column, in export order.
    public static let fixed = [
        responseID, respondentID, status, disposition, surveyVersion, startedAt, updatedAt, completedAt, interviewer,
        mode,
    ]

    /// Columns an export may add after the variables that are derived, not data: the score and flags of a quality
    /// run (`voc export --quality-run`). An import skips them (they never become respondent attributes).
    public static let derived = ["quality_score", "quality_flags"]

    /// The columns of the long paradata table (`voc export --paradata`): one row per stored answer.
    public static let paradata = [
        "response_id", "respondent_id", "question_id", "answered_at", "milliseconds", "back_steps", "reachable", "mode",
        "interviewer", "language", "started_at", "completed_at",
    ]

    /// The columns of the why table (`FILE.why.csv`): one row per ladder step.
    public static let why = ["response_id", "respondent_id", "probe", "question", "option", "depth", "text"]
}
