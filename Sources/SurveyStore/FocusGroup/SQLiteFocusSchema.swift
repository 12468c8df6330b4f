/// Focus-group and coding tables (migration `v2-focus-groups`, append-only like `SQLiteSchema`).
///
/// - `focus_sessions`: sessions with their guide, progress (current section, when it started) and end flag;
/// - `focus_participants`: the roster of a session (attributes as a JSON object, consent, weight);
/// - `focus_turns`: transcript turns in sequence, with speaker, times, section, quote flag, inline codes, source;
/// - `focus_polls`: in-session poll answers per participant;
/// - `codings`: the codes one coder gave to one unit (a turn or a why-ladder step), keyed by `CodingUnit.key`.
enum SQLiteFocusSchema {
    static let v2 = """
        CREATE TABLE focus_sessions (
            id TEXT NOT NULL PRIMARY KEY,
            guide_id TEXT NOT NULL,
            guide_version TEXT NOT NULL,
            title TEXT NOT NULL,
            created_at REAL NOT NULL,
            current_section TEXT,
            section_started_at REAL,
            ended INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE focus_participants (
            session_id TEXT NOT NULL REFERENCES focus_sessions(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            display_name TEXT NOT NULL,
            attributes TEXT NOT NULL DEFAULT '{}',
            consent INTEGER NOT NULL,
            weight REAL NOT NULL DEFAULT 1,
            PRIMARY KEY (session_id, id)
        ) WITHOUT ROWID;
        CREATE TABLE focus_turns (
            session_id TEXT NOT NULL REFERENCES focus_sessions(id) ON DELETE CASCADE,
            sequence INTEGER NOT NULL,
            speaker TEXT NOT NULL,
            text TEXT NOT NULL,
            start REAL,
            "end" REAL,
            section_id TEXT,
            is_quote INTEGER NOT NULL DEFAULT 0,
            codes TEXT NOT NULL DEFAULT '[]',
            line INTEGER NOT NULL DEFAULT 0,
            source TEXT NOT NULL,
            PRIMARY KEY (session_id, sequence)
        ) WITHOUT ROWID;
        CREATE TABLE focus_polls (
            session_id TEXT NOT NULL REFERENCES focus_sessions(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            participant_id TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (session_id, question_id, participant_id)
        ) WITHOUT ROWID;
        CREATE TABLE codings (
            unit TEXT NOT NULL,
            coder TEXT NOT NULL,
            codes TEXT NOT NULL,
            at REAL NOT NULL,
            PRIMARY KEY (unit, coder)
        ) WITHOUT ROWID;
        """
}
