import SurveyModel

/// The number of cases with one final disposition for one interviewer (see `ResponseStore.dispositionCounts`).
public struct DispositionCount: Sendable, Hashable {
    public var disposition: DispositionCode
    /// The interviewer of the case's deciding response or attempt; nil when none was recorded.
    public var interviewer: String?
    public var count: Int

    public init(disposition: DispositionCode, interviewer: String?, count: Int) {
        self.disposition = disposition
        self.interviewer = interviewer
        self.count = count
    }
}

extension DispositionCount {
    /// The final-disposition query of one survey, whose rows `merged` adds up (SQLite and PostgreSQL alike).
    ///
    /// A case's final disposition is that of its latest event, responses and contact attempts together, a complete
    /// response before anything else; respondents with no event count as `0.0`. `survey` is the placeholder of the
    /// survey id (`:survey` for SQLite, `$1` for PostgreSQL), written wherever the id is needed.
    static func finalDispositionSQL(survey: String) -> String {
        """
        \(decidingEventsSQL(survey: survey))
        SELECT disposition, interviewer, COUNT(*) AS n FROM ranked WHERE position = 1
        GROUP BY disposition, interviewer
        UNION ALL
        SELECT '0.0', NULL, COUNT(*) FROM respondents r
        WHERE NOT EXISTS (SELECT 1 FROM responses x WHERE x.respondent_id = r.id AND x.survey_id = \(survey))
          AND NOT EXISTS (SELECT 1 FROM contact_attempts c
              WHERE c.respondent_id = r.id AND c.survey_id = \(survey))
        """
    }

    /// The in-progress responses that decide their case (columns `response_id, interviewer, updated_at`, by
    /// response id): the cases `finalDispositionSQL` counts as `0.0` because of an interview still open.
    static func pendingResponsesSQL(survey: String) -> String {
        """
        \(decidingEventsSQL(survey: survey))
        SELECT response_id, interviewer, at AS updated_at FROM ranked
        WHERE position = 1 AND response_id IS NOT NULL AND status = 'in-progress'
        ORDER BY response_id
        """
    }

    /// The common table expressions of both queries: every event of a case (`events`: its responses and contact
    /// attempts) and their rank within the case (`ranked`, `position = 1` the deciding event).
    private static func decidingEventsSQL(survey: String) -> String {
        """
        WITH events AS (
            SELECT respondent_id, disposition, interviewer, updated_at AS at,
                   CASE WHEN status = 'complete' THEN 1 ELSE 0 END AS complete, key AS seq,
                   id AS response_id, status
            FROM responses WHERE survey_id = \(survey)
            UNION ALL
            SELECT respondent_id, disposition, interviewer, at, 0, key, NULL, NULL
            FROM contact_attempts WHERE survey_id = \(survey)
        ), ranked AS (
            SELECT disposition, interviewer, at, response_id, status, ROW_NUMBER() OVER (
                PARTITION BY respondent_id ORDER BY complete DESC, at DESC, seq DESC) AS position
            FROM events
        )
        """
    }

    /// The counts of a final-disposition query's rows (`disposition, interviewer, n`): rows of the same disposition
    /// and interviewer added up, zero counts left out, ordered by disposition code, then interviewer.
    static func merged<Rows: Sequence>(_ rows: Rows) throws -> [DispositionCount] where Rows.Element: StoreRow {
        var merged: [DispositionCount] = []
        for row in rows {
            let count = try row.integer("n")
            guard count > 0 else { continue }
            let disposition = DispositionCode(try row.text("disposition"))
            let interviewer = try row.optionalText("interviewer")
            if let index = merged.firstIndex(where: { $0.disposition == disposition && $0.interviewer == interviewer })
            {
                merged[index].count += count
            } else {
                merged.append(DispositionCount(disposition: disposition, interviewer: interviewer, count: count))
            }
        }
        return merged.sorted {
            ($0.disposition.rawValue, $0.interviewer ?? "") < ($1.disposition.rawValue, $1.interviewer ?? "")
        }
    }
}
