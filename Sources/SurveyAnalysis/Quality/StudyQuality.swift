public import SurveyStore

/// A stored quality run as an analysis uses it: its records, and the respondents `--exclude-flagged` leaves out.
public struct StudyQuality: Sendable {
    public var runName: String
    /// The score at which the run counts a response as flagged.
    public var flaggedScore: Double
    /// One record per response with a flag.
    public var records: [QualityRecord]
    /// What the analysis leaves out (nil: nothing; the run is only reported).
    public var exclusion: QualityExclusion?

    /// The quality run `runName` of `surveyID` in `store` (default `quality`), with `filter`'s exclusion when given;
    /// nil when the default run does not exist and no filter asks for one. Without a filter, a weight set made with
    /// `--exclude-flagged` (`weightSet`) brings its own, so its respondents without weights are left out again.
    /// - Throws: `StudyError` when `runName` or `filter` names a run the store does not have.
    public static func load(
        store: any ResponseStore, surveyID: String, path: String, runName: String?, filter: QualityFilter?,
        weightSet: String? = nil
    ) async throws -> StudyQuality? {
        var filter = filter
        if filter == nil, let weightSet {
            filter = try await QualityFilter.recorded(inWeightSet: weightSet, store: store, surveyID: surveyID)
        }
        let name = filter?.runName ?? runName ?? QualityFilter.defaultRunName
        guard let run = try await store.qualityRun(name: name, surveyID: surveyID) else {
            if let filter { throw try await filter.missingRun(store: store, surveyID: surveyID, path: path) }
            guard runName != nil else { return nil }
            let names = try await store.qualityRuns(surveyID: surveyID).map(\.name)
            throw StudyError(
                "\(StoreOpener.displayName(path)): error: no quality run '\(name)' for survey '\(surveyID)'; runs in "
                    + "the store: " + (names.isEmpty ? "none" : names.joined(separator: ", ")))
        }
        return StudyQuality(
            runName: name, flaggedScore: QualitySettings.decoded(run.settingsJSON)?.flaggedScore ?? 1,
            records: run.records, exclusion: filter?.exclusion(run: run))
    }
}
