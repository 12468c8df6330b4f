import SurveyModel

/// Which responses to list (see `ResponseStore.responses`).
public struct ResponseQuery: Sendable, Hashable {
    public var surveyID: String
    /// The statuses to include; nil includes all.
    public var statuses: Set<ResponseStatus>?
    /// Only responses whose id sorts after this one (keyset pagination); nil starts at the first.
    public var after: String?
    /// Only responses whose id sorts before this one or is this one; nil: no upper bound. With `after`, a range of
    /// ids (`ResponseStore.responsePages` cuts a query into such ranges).
    public var through: String?
    /// The page size (default 1,000).
    public var limit: Int

    public init(
        surveyID: String, statuses: Set<ResponseStatus>? = nil, after: String? = nil, through: String? = nil,
        limit: Int = 1000
    ) {
        self.surveyID = surveyID
        self.statuses = statuses
        self.after = after
        self.through = through
        self.limit = limit
    }
}
