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

    /// What each fixed column holds, in export order, as the export's codebook states it. Times are UTC
    /// `YYYY-MM-DDTHH:MM:SS.sssZ`; a time the source did not record is an empty cell (a key left out in JSON),
    /// never made up.
    public static let descriptions: [(name: String, text: String)] = [
        (responseID, "the response's id, unique in the store"),
        (respondentID, "the respondent's id (the response id when an imported file gave none)"),
        (status, "in-progress, complete, partial or break-off"),
        (disposition, "the AAPOR disposition code (1.1 complete, 2.112 refusal, ...)"),
        (surveyVersion, "the version of the survey definition the response was collected with"),
        (startedAt, "when the interview started; empty when the source did not record it"),
        (
            updatedAt,
            "when the response last changed; for an imported response the file's updated_at, else its "
                + "completed_at or started_at, else the time of the import"
        ),
        (
            completedAt,
            "when the interview was completed; empty for a response that is not complete, and for a complete "
                + "response whose source did not record it"
        ),
        (interviewer, "the interviewer's id; empty when there was none"),
        (mode, "how the response was collected (import for an imported response whose file named no mode)"),
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
