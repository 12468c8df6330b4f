import SurveyStatistics

/// Where a study's respondents come from.
public enum StudyRequest: Sendable {
    /// The complete responses of a store (an SQLite path or a `postgres://` URL): `surveyID` chooses the survey
    /// (`StudyStore`'s rule), `weightSet` a stored weight set whose calibration is redone (`WeightSetDesign`).
    /// With `aggregate`, the store groups the rows itself when every column allows it (`StoreAggregateFrame`).
    /// `quality` leaves out the responses a stored quality run flagged (`--exclude-flagged`; the rows are then
    /// read, never grouped). `replicates` (made from the design, `--replicates`) gives every SE from replicate
    /// weights, recalibrated with the weight set's recipe (rows are then read, never grouped).
    case store(
        path: String, surveyID: String?, weightSet: String?, aggregate: Bool, quality: QualityFilter? = nil,
        replicates: ReplicateRequest? = nil)
    /// A CSV file in the wide layout, with an optional survey file giving the question types, and its design
    /// columns.
    case data(path: String, surveyFile: String?, design: DesignColumns)
}
