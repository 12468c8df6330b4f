import Foundation
import PostgresNIO
public import SurveyModel

/// Focus-group sessions, transcripts, polls and codings in PostgreSQL: the same behaviour as the SQLite store's
/// (`SQLiteStore+FocusGroups`), JSON columns holding the same text.
extension PostgresStore: FocusGroupStore {
    public func createSession(_ session: FocusSession, participants: [Participant]) async throws {
        let store = path
        let rows = try participants.map { ($0, try FocusJSON.encode($0.attributes)) }
        try await transaction { connection in
            let existing = try await connection.rows("SELECT 1 AS found FROM focus_sessions WHERE id = \(session.id)")
            if !existing.isEmpty {
                throw StoreError.backend(
                    store: store, detail: "a focus-group session with id '\(session.id)' already exists")
            }
            try await connection.perform(
                """
                INSERT INTO focus_sessions (id, guide_id, guide_version, title, created_at, current_section,
                    section_started_at, ended)
                VALUES (\(session.id), \(session.guideID), \(session.guideVersion.description), \(session.title),
                    \(session.createdAt.timeIntervalSince1970), \(session.currentSectionID),
                    \(session.sectionStartedAt?.timeIntervalSince1970), \(session.ended))
                """)
            for (participant, attributes) in rows {
                try await connection.perform(
                    """
                    INSERT INTO focus_participants (session_id, id, display_name, attributes, consent, weight)
                    VALUES (\(session.id), \(participant.id), \(participant.displayName), \(attributes),
                        \(participant.consent), \(participant.weight))
                    """)
            }
        }
    }

    public func session(id: String) async throws -> FocusSession? {
        try await run { connection in
            try await connection.rows("SELECT * FROM focus_sessions WHERE id = \(id)").first.map(Self.session)
        }
    }

    public func sessions() async throws -> [FocusSession] {
        try await run { connection in
            try await connection.rows("SELECT * FROM focus_sessions ORDER BY created_at, id").map(Self.session)
        }
    }

    static func session(_ row: PostgresRandomAccessRow) throws -> FocusSession {
        FocusSession(
            id: try row.value("id"), guideID: try row.value("guide_id"),
            guideVersion: SemanticVersion(parsing: try row.value("guide_version")) ?? SemanticVersion(0, 0, 0),
            title: try row.value("title"), createdAt: Date(timeIntervalSince1970: try row.value("created_at")),
            currentSectionID: try row.value("current_section"),
            sectionStartedAt: try row.value("section_started_at", as: Double?.self).map(
                Date.init(timeIntervalSince1970:)),
            ended: try row.value("ended"))
    }

    public func participants(sessionID: String) async throws -> [Participant] {
        try await run { connection in
            try await connection.rows(
                "SELECT * FROM focus_participants WHERE session_id = \(sessionID) ORDER BY id"
            ).map { row in
                Participant(
                    id: try row.value("id"), displayName: try row.value("display_name"),
                    attributes: try FocusJSON.decode([String: String].self, try row.value("attributes")),
                    consent: try row.value("consent"), weight: try row.value("weight"))
            }
        }
    }

    @discardableResult
    public func appendTurn(_ turn: TranscriptTurn, sessionID: String, source: String) async throws -> Int {
        try await appendTurnRows([turn], sessionID: sessionID, source: source)
    }

    public func appendTurns(_ turns: [TranscriptTurn], sessionID: String, source: String) async throws {
        _ = try await appendTurnRows(turns, sessionID: sessionID, source: source)
    }

    /// Appends turns after the session's last one (the session row is locked, so concurrent appends queue up);
    /// returns the last sequence number.
    private func appendTurnRows(_ turns: [TranscriptTurn], sessionID: String, source: String) async throws -> Int {
        let store = path
        let rows = try turns.map { ($0, try FocusJSON.encode($0.codes)) }
        return try await transaction { connection in
            let session = try await connection.rows(
                "SELECT 1 AS found FROM focus_sessions WHERE id = \(sessionID) FOR UPDATE")
            guard !session.isEmpty else {
                throw StoreError.backend(store: store, detail: "no focus-group session with id '\(sessionID)'")
            }
            let last = try await connection.rows(
                "SELECT COALESCE(MAX(sequence), 0) AS last FROM focus_turns WHERE session_id = \(sessionID)"
            ).first
            var sequence = Int(try last?.value("last", as: Int32.self) ?? 0)
            for (turn, codes) in rows {
                sequence += 1
                try await connection.perform(
                    """
                    INSERT INTO focus_turns (session_id, sequence, speaker, text, start, "end", section_id, is_quote,
                        codes, line, source)
                    VALUES (\(sessionID), \(Int32(sequence)), \(turn.speaker), \(turn.text), \(turn.start), \(turn.end),
                        \(turn.sectionID), \(turn.isQuote), \(codes), \(Int32(turn.line)), \(source))
                    """)
            }
            return sequence
        }
    }

    public func turns(sessionID: String) async throws -> [StoredTurn] {
        try await run { connection in
            try await connection.rows(
                "SELECT * FROM focus_turns WHERE session_id = \(sessionID) ORDER BY sequence"
            ).map { row in
                let turn = TranscriptTurn(
                    speaker: try row.value("speaker"), text: try row.value("text"), start: try row.value("start"),
                    end: try row.value("end"), sectionID: try row.value("section_id"),
                    isQuote: try row.value("is_quote"),
                    codes: try FocusJSON.decode([String].self, try row.value("codes")),
                    line: Int(try row.value("line", as: Int32.self)))
                return StoredTurn(
                    sequence: Int(try row.value("sequence", as: Int32.self)), turn: turn,
                    source: try row.value("source"))
            }
        }
    }

    public func updateSessionProgress(sessionID: String, sectionID: String?, at: Date) async throws {
        let store = path
        let started = sectionID == nil ? nil : at.timeIntervalSince1970
        try await run { connection in
            let updated = try await connection.rows(
                """
                UPDATE focus_sessions SET current_section = \(sectionID), section_started_at = \(started),
                    ended = \(sectionID == nil) WHERE id = \(sessionID) RETURNING 1 AS found
                """)
            guard updated.count == 1 else {
                throw StoreError.backend(store: store, detail: "no focus-group session with id '\(sessionID)'")
            }
        }
    }

    public func recordPoll(
        sessionID: String, questionID: String, participantID: String, answer: AnswerValue
    )
        async throws
    {
        let value = try FocusJSON.encode(answer)
        try await run { connection in
            try await connection.perform(
                """
                INSERT INTO focus_polls (session_id, question_id, participant_id, value)
                VALUES (\(sessionID), \(questionID), \(participantID), \(value))
                ON CONFLICT (session_id, question_id, participant_id) DO UPDATE SET value = excluded.value
                """)
        }
    }

    public func polls(sessionID: String) async throws -> [String: [String: AnswerValue]] {
        try await run { connection in
            var result: [String: [String: AnswerValue]] = [:]
            for row in try await connection.rows("SELECT * FROM focus_polls WHERE session_id = \(sessionID)") {
                result[try row.value("question_id"), default: [:]][try row.value("participant_id")] =
                    try FocusJSON.decode(AnswerValue.self, try row.value("value"))
            }
            return result
        }
    }

    public func setCodes(_ codes: [String], unit: CodingUnit, coder: String, at: Date) async throws {
        try await setCodes([unit: codes], coder: coder, at: at)
    }

    public func setCodes(_ assignments: [CodingUnit: [String]], coder: String, at: Date) async throws {
        let units = Array(assignments.keys).sorted { $0.key < $1.key }
        let keys = units.map(\.key)
        let codes = try units.map { try FocusJSON.encode(assignments[$0] ?? []) }
        let seconds = at.timeIntervalSince1970
        try await transaction { connection in
            for start in stride(from: 0, to: keys.count, by: 10_000) {
                let end = min(keys.count, start + 10_000)
                try await connection.perform(
                    """
                    INSERT INTO codings (unit, coder, codes, at)
                    SELECT unit, \(coder), codes, \(seconds)
                    FROM unnest(\(Array(keys[start..<end]))::text[], \(Array(codes[start..<end]))::text[]) AS t(unit, codes)
                    ON CONFLICT (unit, coder) DO UPDATE SET codes = excluded.codes, at = excluded.at
                    """)
            }
        }
    }

    public func codings(coder: String?) async throws -> [Coding] {
        try await run { connection in
            let rows =
                if let coder {
                    try await connection.rows("SELECT * FROM codings WHERE coder = \(coder) ORDER BY unit")
                } else {
                    try await connection.rows("SELECT * FROM codings ORDER BY unit, coder")
                }
            return try rows.compactMap { row in
                guard let unit = CodingUnit(key: try row.value("unit")) else { return nil }
                return Coding(
                    unit: unit, coder: try row.value("coder"),
                    codes: try FocusJSON.decode([String].self, try row.value("codes")))
            }
        }
    }

    public func coders() async throws -> [String] {
        try await run { connection in
            try await connection.rows("SELECT DISTINCT coder FROM codings ORDER BY coder").map { try $0.value("coder") }
        }
    }
}
