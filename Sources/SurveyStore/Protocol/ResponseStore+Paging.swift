import SurveyModel

extension ResponseStore {
    /// Calls `body` with every page of the responses `query` selects, in response id order: keyset pagination from
    /// `query.after`, at most `query.limit` responses a page, until a page comes back shorter than the limit (an
    /// empty page is not passed on). So no single read grows with the study.
    public func forEachResponsePage(
        _ query: ResponseQuery, _ body: ([StoredResponse]) async throws -> Void
    ) async throws {
        var query = query
        while true {
            let page = try await responses(query)
            guard let last = page.last else { return }
            try await body(page)
            guard page.count == query.limit else { return }
            query.after = last.response.id
        }
    }
}
