/// The versioned schema of `PostgresStore`: the same logical tables and columns as `SQLiteSchema` (see there),
/// with PostgreSQL types (`DOUBLE PRECISION` seconds for times, `BIGSERIAL` row keys, `JSONB` respondent
/// attributes, `BOOLEAN` flags). Answer values stay `TEXT` holding `AnswerValueCoding` JSON, so both backends
/// store byte-identical values.
///
/// Migrations are append-only and recorded in `voc_migrations` (version, name, time); each runs in one
/// transaction under an advisory lock, so concurrent openers migrate once.
enum PostgresSchema {
    /// The migrations in order; the version of `migrations[i]` is `i + 1`.
    static let migrations: [(name: String, statements: [String])] = [
        ("v1", v1),
        // Reading a survey's responses page by page in id order walks this index (see `SQLiteSchema.v3`).
        ("v2-responses-by-survey-and-id", ["CREATE INDEX responses_by_survey_and_id ON responses(survey_id, id)"]),
        // The interview language, so a resumed interview continues in it (see `SQLiteSchema.v4`).
        ("v3-response-language", ["ALTER TABLE responses ADD COLUMN language TEXT"]),
        // Set-aside why-ladder steps are flagged, not deleted (see `SQLiteSchema.v5`).
        ("v4-ladder-unreachable", ["ALTER TABLE ladder_steps ADD COLUMN unreachable BOOLEAN NOT NULL DEFAULT FALSE"]),
        // Focus-group sessions, transcripts, polls and codings (see `SQLiteFocusSchema`).
        ("v5-focus-groups", focusGroups),
        // An unknown start time is NULL, not a made-up 1970-01-01 (see `SQLiteSchema.v7`).
        ("v6-unknown-start-times", ["ALTER TABLE responses ALTER COLUMN started_at DROP NOT NULL"] + v6Times),
        // Quality runs and their flags (see `SQLiteSchema.qualityRuns`).
        ("v7-quality-runs", qualityRuns),
        // Personal web links (see `SQLiteSchema.invitations`).
        (
            "v8-invitations",
            [
                """
                CREATE TABLE invitations (
                    token_hash TEXT COLLATE "C" PRIMARY KEY,
                    survey_id TEXT COLLATE "C" NOT NULL,
                    respondent_id TEXT COLLATE "C" NOT NULL,
                    response_id TEXT COLLATE "C",
                    created_at DOUBLE PRECISION NOT NULL,
                    UNIQUE (survey_id, respondent_id)
                )
                """
            ]
        ),
        // The replicate weights of a weight set (see `SQLiteSchema.replicateWeights`).
        ("v9-replicate-weights", ["ALTER TABLE weights ADD COLUMN replicates BYTEA"]),
    ]

    /// v6, then: the times earlier imports made up become what an import stores now (see `SQLiteSchema.v7Times`):
    /// a start of exactly 0 becomes NULL, and such a row's `updated_at` of 0 its `completed_at`, else the time of
    /// the migration.
    static let v6Times = [
        """
        UPDATE responses SET updated_at = COALESCE(completed_at, EXTRACT(EPOCH FROM now())::double precision)
        WHERE updated_at = 0
        """,
        "UPDATE responses SET started_at = NULL WHERE started_at = 0",
    ]

    /// The tables of `SQLiteSchema.qualityRuns` with PostgreSQL types.
    static let qualityRuns = [
        """
        CREATE TABLE quality_runs (
            survey_id TEXT COLLATE "C" NOT NULL,
            name TEXT COLLATE "C" NOT NULL,
            settings TEXT NOT NULL,
            report TEXT NOT NULL,
            created_at DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (survey_id, name)
        )
        """,
        """
        CREATE TABLE quality_flags (
            survey_id TEXT COLLATE "C" NOT NULL,
            run_name TEXT COLLATE "C" NOT NULL,
            response_id TEXT COLLATE "C" NOT NULL,
            respondent_id TEXT NOT NULL,
            score DOUBLE PRECISION NOT NULL,
            flags TEXT NOT NULL,
            evidence TEXT NOT NULL,
            PRIMARY KEY (survey_id, run_name, response_id),
            FOREIGN KEY (survey_id, run_name) REFERENCES quality_runs(survey_id, name) ON DELETE CASCADE
        )
        """,
    ]

    /// The tables of `SQLiteFocusSchema.v2` with PostgreSQL types; texts compare byte-wise (`COLLATE "C"`) so
    /// listings come in the same order as from SQLite.
    static let focusGroups = [
        """
        CREATE TABLE focus_sessions (
            id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
            guide_id TEXT NOT NULL,
            guide_version TEXT NOT NULL,
            title TEXT NOT NULL,
            created_at DOUBLE PRECISION NOT NULL,
            current_section TEXT,
            section_started_at DOUBLE PRECISION,
            ended BOOLEAN NOT NULL DEFAULT FALSE
        )
        """,
        """
        CREATE TABLE focus_participants (
            session_id TEXT COLLATE "C" NOT NULL REFERENCES focus_sessions(id) ON DELETE CASCADE,
            id TEXT COLLATE "C" NOT NULL,
            display_name TEXT NOT NULL,
            attributes TEXT NOT NULL DEFAULT '{}',
            consent BOOLEAN NOT NULL,
            weight DOUBLE PRECISION NOT NULL DEFAULT 1,
            PRIMARY KEY (session_id, id)
        )
        """,
        """
        CREATE TABLE focus_turns (
            session_id TEXT COLLATE "C" NOT NULL REFERENCES focus_sessions(id) ON DELETE CASCADE,
            sequence INTEGER NOT NULL,
            speaker TEXT NOT NULL,
            text TEXT NOT NULL,
            start DOUBLE PRECISION,
            "end" DOUBLE PRECISION,
            section_id TEXT,
            is_quote BOOLEAN NOT NULL DEFAULT FALSE,
            codes TEXT NOT NULL DEFAULT '[]',
            line INTEGER NOT NULL DEFAULT 0,
            source TEXT NOT NULL,
            PRIMARY KEY (session_id, sequence)
        )
        """,
        """
        CREATE TABLE focus_polls (
            session_id TEXT COLLATE "C" NOT NULL REFERENCES focus_sessions(id) ON DELETE CASCADE,
            question_id TEXT COLLATE "C" NOT NULL,
            participant_id TEXT COLLATE "C" NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (session_id, question_id, participant_id)
        )
        """,
        """
        CREATE TABLE codings (
            unit TEXT COLLATE "C" NOT NULL,
            coder TEXT COLLATE "C" NOT NULL,
            codes TEXT NOT NULL,
            at DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (unit, coder)
        )
        """,
    ]

    /// The advisory lock key that serializes migrations (`pg_advisory_xact_lock`).
    static let migrationLock: Int64 = 0x766f_6373_746f_7265

    static let migrationTable = """
        CREATE TABLE IF NOT EXISTS voc_migrations (
            version INTEGER PRIMARY KEY,
            name TEXT COLLATE "C" NOT NULL,
            applied_at DOUBLE PRECISION NOT NULL
        )
        """

    static let v1 = [
        """
        CREATE TABLE surveys (
            survey_id TEXT COLLATE "C" NOT NULL,
            version TEXT COLLATE "C" NOT NULL,
            hash TEXT COLLATE "C" NOT NULL,
            json TEXT COLLATE "C" NOT NULL,
            registered_at DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (survey_id, version)
        )
        """,
        """
        CREATE TABLE respondents (
            id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
            attributes JSONB NOT NULL DEFAULT '{}',
            design_weight DOUBLE PRECISION NOT NULL DEFAULT 1,
            stratum TEXT COLLATE "C",
            cluster TEXT COLLATE "C",
            cluster2 TEXT COLLATE "C"
        )
        """,
        """
        CREATE TABLE queue (
            survey_id TEXT COLLATE "C" NOT NULL,
            respondent_id TEXT COLLATE "C" NOT NULL REFERENCES respondents(id) ON DELETE CASCADE,
            attempts INTEGER NOT NULL DEFAULT 0,
            final BOOLEAN NOT NULL DEFAULT FALSE,
            callback_at DOUBLE PRECISION,
            claimed_by TEXT COLLATE "C",
            claimed_at DOUBLE PRECISION,
            PRIMARY KEY (survey_id, respondent_id)
        )
        """,
        """
        CREATE TABLE contact_attempts (
            key BIGSERIAL PRIMARY KEY,
            survey_id TEXT COLLATE "C" NOT NULL,
            respondent_id TEXT COLLATE "C" NOT NULL REFERENCES respondents(id) ON DELETE CASCADE,
            interviewer TEXT COLLATE "C" NOT NULL,
            disposition TEXT COLLATE "C" NOT NULL,
            at DOUBLE PRECISION NOT NULL,
            callback_at DOUBLE PRECISION,
            note TEXT COLLATE "C"
        )
        """,
        "CREATE INDEX contact_attempts_by_respondent ON contact_attempts(survey_id, respondent_id)",
        """
        CREATE TABLE responses (
            key BIGSERIAL PRIMARY KEY,
            id TEXT COLLATE "C" NOT NULL UNIQUE,
            respondent_id TEXT COLLATE "C" NOT NULL REFERENCES respondents(id),
            survey_id TEXT COLLATE "C" NOT NULL,
            survey_version TEXT COLLATE "C" NOT NULL,
            status TEXT COLLATE "C" NOT NULL,
            disposition TEXT COLLATE "C" NOT NULL,
            started_at DOUBLE PRECISION NOT NULL,
            updated_at DOUBLE PRECISION NOT NULL,
            completed_at DOUBLE PRECISION,
            seed BIGINT NOT NULL DEFAULT 0,
            cursor TEXT COLLATE "C",
            interviewer TEXT COLLATE "C",
            mode TEXT COLLATE "C",
            FOREIGN KEY (survey_id, survey_version) REFERENCES surveys(survey_id, version)
        )
        """,
        "CREATE INDEX responses_by_survey ON responses(survey_id, status)",
        "CREATE INDEX responses_by_respondent ON responses(respondent_id, survey_id)",
        """
        CREATE TABLE answers (
            response_key BIGINT NOT NULL REFERENCES responses(key) ON DELETE CASCADE,
            question_id TEXT COLLATE "C" NOT NULL,
            kind TEXT COLLATE "C" NOT NULL,
            value TEXT COLLATE "C" NOT NULL,
            other_texts TEXT COLLATE "C",
            answered_at DOUBLE PRECISION,
            unreachable BOOLEAN NOT NULL DEFAULT FALSE,
            PRIMARY KEY (response_key, question_id)
        )
        """,
        """
        CREATE TABLE paradata (
            response_key BIGINT NOT NULL REFERENCES responses(key) ON DELETE CASCADE,
            question_id TEXT COLLATE "C" NOT NULL,
            milliseconds BIGINT,
            back_steps INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (response_key, question_id)
        )
        """,
        """
        CREATE TABLE ladder_steps (
            response_key BIGINT NOT NULL REFERENCES responses(key) ON DELETE CASCADE,
            probe_id TEXT COLLATE "C" NOT NULL,
            question_id TEXT COLLATE "C" NOT NULL,
            option_code TEXT COLLATE "C" NOT NULL DEFAULT '',
            depth INTEGER NOT NULL CHECK (depth >= 1),
            text TEXT COLLATE "C" NOT NULL,
            PRIMARY KEY (response_key, probe_id, option_code, depth)
        )
        """,
        """
        CREATE TABLE quota_counts (
            survey_id TEXT COLLATE "C" NOT NULL,
            quota_id TEXT COLLATE "C" NOT NULL,
            count INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (survey_id, quota_id)
        )
        """,
        """
        CREATE TABLE weight_sets (
            survey_id TEXT COLLATE "C" NOT NULL,
            name TEXT COLLATE "C" NOT NULL,
            report TEXT COLLATE "C" NOT NULL,
            created_at DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (survey_id, name)
        )
        """,
        """
        CREATE TABLE weights (
            survey_id TEXT COLLATE "C" NOT NULL,
            set_name TEXT COLLATE "C" NOT NULL,
            respondent_id TEXT COLLATE "C" NOT NULL,
            weight DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (survey_id, set_name, respondent_id),
            FOREIGN KEY (survey_id, set_name) REFERENCES weight_sets(survey_id, name) ON DELETE CASCADE
        )
        """,
    ]
}
