/// Where a study's respondents come from.
public enum StudyRequest: Sendable {
    /// The complete responses of a store (an SQLite path or a `postgres://` URL): `surveyID` chooses the survey
    /// (`StudyStore`'s rule), `weightSet` a stored weight set whose calibration is redone (`WeightSetDesign`).
    /// With `aggregate`, the store groups the rows itself when every column allows it (`StoreAggregateFrame`).
    /// `quality` leaves out the responses a stored quality run flagged (`--exclude-flagged`; the rows are then
    /// read, never grouped). `design` chooses the lonely-PSU rule and replicate weights made from the design
    /// (recalibrated with the weight set's recipe; rows are then read, never grouped).
    case store(
        path: String, surveyID: String?, weightSet: String?, aggregate: Bool, quality: QualityFilter? = nil,
        design: StoreDesignOptions = StoreDesignOptions())
    /// A CSV file in the wide layout, with an optional survey file giving the question types, and its design
    /// columns.
    case data(path: String, surveyFile: String?, design: DesignColumns)
}
