public import SurveyModel

extension ResponseStore {
    /// The sample records of `ids` by id (ids without a record are absent), read in batches of 5,000 ids so that
    /// no single query grows with the study.
    public func respondentsByID(_ ids: some Collection<String>) async throws -> [String: Respondent] {
        let sorted = Array(Set(ids)).sorted()
        var respondents: [String: Respondent] = [:]
        for start in stride(from: 0, to: sorted.count, by: 5_000) {
            for respondent in try await self.respondents(ids: Array(sorted[start..<min(sorted.count, start + 5_000)])) {
                respondents[respondent.id] = respondent
            }
        }
        return respondents
    }
}
