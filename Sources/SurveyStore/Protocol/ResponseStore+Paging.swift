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

extension ResponseStore {
    /// `query` cut into pages that can be read in any order or at once: ranges of ids (`after`, `through`] of
    /// `query.limit` responses each (`responsePageEnds`), then the rest after the last full page. Read each with
    /// `responses(inPage:)`; together they hold every response `query` selects, each once, in id order.
    public func responsePages(_ query: ResponseQuery) async throws -> [ResponseQuery] {
        let ends = try await responsePageEnds(query)
        var pages: [ResponseQuery] = []
        var after = query.after
        for end in ends {
            var page = query
            page.after = after
            page.through = end
            pages.append(page)
            after = end
        }
        var rest = query
        rest.after = after
        rest.through = nil
        pages.append(rest)
        return pages
    }

    /// The responses of one of `responsePages`: a range is read in one query (responses stored into the range
    /// since it was cut are included); the rest after the last full page is read page by page to its end.
    public func responses(inPage page: ResponseQuery) async throws -> [StoredResponse] {
        var query = page
        if query.through != nil {
            query.limit = Int(Int32.max)
            return try await responses(query)
        }
        var found: [StoredResponse] = []
        try await forEachResponsePage(query) { found += $0 }
        return found
    }
}
