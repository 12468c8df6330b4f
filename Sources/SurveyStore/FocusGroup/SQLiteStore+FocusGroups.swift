import Foundation
import GRDB
public import SurveyModel

extension SQLiteStore: FocusGroupStore {
    public func createSession(_ session: FocusSession, participants: [Participant]) async throws {
        try await write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM focus_sessions WHERE id = ?", arguments: [session.id]) == true
            {
                throw StoreError.backend(
                    store: self.path, detail: "a focus-group session with id '\(session.id)' already exists")
            }
            try db.execute(
                sql: """
                    INSERT INTO focus_sessions (id, guide_id, guide_version, title, created_at, current_section,
                        section_started_at, ended) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    session.id, session.guideID, session.guideVersion.description, session.title,
                    session.createdAt.storeSeconds, session.currentSectionID, session.sectionStartedAt?.storeSeconds,
                    session.ended,
                ])
            for participant in participants {
                try db.execute(
                    sql: """
                        INSERT INTO focus_participants (session_id, id, display_name, attributes, consent, weight)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        session.id, participant.id, participant.displayName,
                        try FocusJSON.encode(participant.attributes),
                        participant.consent, participant.weight,
                    ])
            }
        }
    }

    public func session(id: String) async throws -> FocusSession? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM focus_sessions WHERE id = ?", arguments: [id]).map(Self.session)
        }
    }

    public func sessions() async throws -> [FocusSession] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM focus_sessions ORDER BY created_at, id").map(Self.session)
        }
    }

    static func session(_ row: Row) -> FocusSession {
        FocusSession(
            id: row["id"], guideID: row["guide_id"],
            guideVersion: SemanticVersion(parsing: row["guide_version"]) ?? SemanticVersion(0, 0, 0),
            title: row["title"], createdAt: Date(storeSeconds: row["created_at"]),
            currentSectionID: row["current_section"],
            sectionStartedAt: (row["section_started_at"] as Double?).map(Date.init(storeSeconds:)),
            ended: row["ended"])
    }

    public func participants(sessionID: String) async throws -> [Participant] {
        try await read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM focus_participants WHERE session_id = ? ORDER BY id", arguments: [sessionID]
            ).map { row in
                Participant(
                    id: row["id"], displayName: row["display_name"],
                    attributes: try FocusJSON.decode([String: String].self, row["attributes"]), consent: row["consent"],
                    weight: row["weight"])
            }
        }
    }

    @discardableResult
    public func appendTurn(_ turn: TranscriptTurn, sessionID: String, source: String) async throws -> Int {
        try await write { db in try Self.insert([turn], sessionID: sessionID, source: source, db: db, store: self.path)
        }
    }

    public func appendTurns(_ turns: [TranscriptTurn], sessionID: String, source: String) async throws {
        _ = try await write { db in
            try Self.insert(turns, sessionID: sessionID, source: source, db: db, store: self.path)
        }
    }

    private static func insert(
        _ turns: [TranscriptTurn], sessionID: String, source: String, db: Database, store: String
    )
        throws -> Int
    {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM focus_sessions WHERE id = ?", arguments: [sessionID]) == true
        else { throw StoreError.backend(store: store, detail: "no focus-group session with id '\(sessionID)'") }
        var sequence =
            try Int.fetchOne(
                db, sql: "SELECT COALESCE(MAX(sequence), 0) FROM focus_turns WHERE session_id = ?",
                arguments: [sessionID]) ?? 0
        for turn in turns {
            sequence += 1
            try db.execute(
                sql: """
                    INSERT INTO focus_turns (session_id, sequence, speaker, text, start, "end", section_id, is_quote,
                        codes, line, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    sessionID, sequence, turn.speaker, turn.text, turn.start, turn.end, turn.sectionID, turn.isQuote,
                    try FocusJSON.encode(turn.codes), turn.line, source,
                ])
        }
        return sequence
    }

    public func turns(sessionID: String) async throws -> [StoredTurn] {
        try await read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM focus_turns WHERE session_id = ? ORDER BY sequence", arguments: [sessionID]
            ).map { row in
                let turn = TranscriptTurn(
                    speaker: row["speaker"], text: row["text"], start: row["start"], end: row["end"],
                    sectionID: row["section_id"], isQuote: row["is_quote"],
                    codes: try FocusJSON.decode([String].self, row["codes"]), line: row["line"])
                return StoredTurn(sequence: row["sequence"], turn: turn, source: row["source"])
            }
        }
    }

    public func updateSessionProgress(sessionID: String, sectionID: String?, at: Date) async throws {
        try await write { db in
            try db.execute(
                sql: "UPDATE focus_sessions SET current_section = ?, section_started_at = ?, ended = ? WHERE id = ?",
                arguments: [sectionID, sectionID == nil ? nil : at.storeSeconds, sectionID == nil, sessionID])
            guard db.changesCount == 1 else {
                throw StoreError.backend(store: self.path, detail: "no focus-group session with id '\(sessionID)'")
            }
        }
    }

    public func recordPoll(
        sessionID: String, questionID: String, participantID: String, answer: AnswerValue
    )
        async throws
    {
        try await write { db in
            try db.execute(
                sql: """
                    INSERT INTO focus_polls (session_id, question_id, participant_id, value) VALUES (?, ?, ?, ?)
                    ON CONFLICT (session_id, question_id, participant_id) DO UPDATE SET value = excluded.value
                    """,
                arguments: [sessionID, questionID, participantID, try FocusJSON.encode(answer)])
        }
    }

    public func polls(sessionID: String) async throws -> [String: [String: AnswerValue]] {
        try await read { db in
            var result: [String: [String: AnswerValue]] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT * FROM focus_polls WHERE session_id = ?", arguments: [sessionID])
            {
                result[row["question_id"], default: [:]][row["participant_id"]] = try FocusJSON.decode(
                    AnswerValue.self, row["value"])
            }
            return result
        }
    }

    public func setCodes(_ codes: [String], unit: CodingUnit, coder: String, at: Date) async throws {
        try await setCodes([unit: codes], coder: coder, at: at)
    }

    public func setCodes(_ assignments: [CodingUnit: [String]], coder: String, at: Date) async throws {
        try await write { db in
            for (unit, codes) in assignments {
                try db.execute(
                    sql: """
                        INSERT INTO codings (unit, coder, codes, at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (unit, coder) DO UPDATE SET codes = excluded.codes, at = excluded.at
                        """,
                    arguments: [unit.key, coder, try FocusJSON.encode(codes), at.storeSeconds])
            }
        }
    }

    public func codings(coder: String?) async throws -> [Coding] {
        try await read { db in
            let rows =
                if let coder {
                    try Row.fetchAll(db, sql: "SELECT * FROM codings WHERE coder = ? ORDER BY unit", arguments: [coder])
                } else {
                    try Row.fetchAll(db, sql: "SELECT * FROM codings ORDER BY unit, coder")
                }
            return try rows.compactMap { row in
                guard let unit = CodingUnit(key: row["unit"]) else { return nil }
                return Coding(unit: unit, coder: row["coder"], codes: try FocusJSON.decode([String].self, row["codes"]))
            }
        }
    }

    public func coders() async throws -> [String] {
        try await read { db in try String.fetchAll(db, sql: "SELECT DISTINCT coder FROM codings ORDER BY coder") }
    }
}

/// JSON text columns of the focus-group tables.
enum FocusJSON {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
