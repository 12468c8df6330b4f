import Foundation
import GRDB

/// The versioned schema of `SQLiteStore`. Migrations are append-only: `v1`, `v2`, ... never change once released.
///
/// Tables (v1):
/// - `surveys`: definitions by id and version, with content hash and canonical JSON;
/// - `respondents`: id, attributes (JSON object), design weight, stratum, clusters;
/// - `queue`: per survey and respondent, the interviewer work-queue state (attempts, final, callback, claim);
/// - `contact_attempts`: non-interview outcomes with disposition, callback time and note;
/// - `responses`: status, AAPOR disposition, timestamps, seed, cursor, interviewer, mode, survey version;
/// - `answers`: one row per answer (kind, value JSON, other texts, unreachable flag);
/// - `paradata`: milliseconds on the question and back steps, one row per answer;
/// - `ladder_steps`: why-ladder steps with depth;
/// - `quota_counts`: completes per quota;
/// - `weight_sets` and `weights`: named weight sets (respondent id → weight) with their report.
///
/// Later: `answer_blocks` (v6), the answers of a bulk-imported response in one JSON value (`AnswerBlockCoding`);
/// a response's answers are either `answers` rows or one block, never both. `weights.replicates` (v10) holds a
/// respondent's replicate weights of the set. `responses.started_at` is NULL when
/// the start is unknown (v7: an imported response whose file did not record it).
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2-focus-groups") { db in
            try db.execute(sql: SQLiteFocusSchema.v2)
        }
        migrator.registerMigration("v3-responses-by-survey-and-id") { db in
            try db.execute(sql: v3)
        }
        migrator.registerMigration("v4-response-language") { db in
            try db.execute(sql: v4)
        }
        migrator.registerMigration("v5-ladder-unreachable") { db in
            try db.execute(sql: v5)
        }
        migrator.registerMigration("v6-answer-blocks") { db in
            try db.execute(sql: v6)
        }
        // The table is rebuilt with foreign keys off (GRDB's default deferred checks) and checked before commit.
        migrator.registerMigration("v7-unknown-start-times") { db in
            try db.execute(sql: v7)
            try db.execute(sql: v7Times, arguments: [Date().storeSeconds])
        }
        migrator.registerMigration("v8-quality-runs") { db in
            try db.execute(sql: qualityRuns)
        }
        migrator.registerMigration("v9-invitations") { db in
            try db.execute(sql: invitations)
        }
        migrator.registerMigration("v10-replicate-weights") { db in
            try db.execute(sql: replicateWeights)
        }
        return migrator
    }

    /// v3: reading a survey's responses page by page in id order (`WHERE survey_id = ? AND id > ? ORDER BY id
    /// LIMIT n`) walks this index instead of sorting every matching response for each page (which made reading a
    /// million responses take minutes).
    static let v3 = "CREATE INDEX responses_by_survey_and_id ON responses(survey_id, id)"

    /// v9: personal web links (`Invitation`): the SHA-256 of each token, never the token, one link per survey and
    /// respondent, and the response the link started.
    static let invitations = """
        CREATE TABLE invitations (
            token_hash TEXT PRIMARY KEY,
            survey_id TEXT NOT NULL,
            respondent_id TEXT NOT NULL,
            response_id TEXT,
            created_at REAL NOT NULL,
            UNIQUE (survey_id, respondent_id)
        )
        """

    /// v10: the replicate weights of a weight set (`voc weight --replicates`), one `ReplicateWeightCoding` value per
    /// respondent beside the weight; NULL for sets without replicates.
    static let replicateWeights = "ALTER TABLE weights ADD COLUMN replicates BLOB"

    /// v4: the language an interview is conducted in (`--lang`), so `--resume` continues in it.
    static let v4 = "ALTER TABLE responses ADD COLUMN language TEXT"

    /// v5: why-ladder steps set aside by back navigation are flagged (kept), like unreachable answers.
    static let v5 = "ALTER TABLE ladder_steps ADD COLUMN unreachable INTEGER NOT NULL DEFAULT 0"

    /// v6: bulk imports store each response's answers as one block (`AnswerBlockCoding`) keyed by the response's
    /// key, so that a million imported responses are a million appended rows rather than twenty million.
    static let v6 = """
        CREATE TABLE answer_blocks (
            response_key INTEGER PRIMARY KEY REFERENCES responses(key) ON DELETE CASCADE,
            answers TEXT NOT NULL
        )
        """

    /// v7: an unknown start time is NULL, not a made-up 1970-01-01 (issue 17). SQLite cannot drop `NOT NULL`
    /// from a column, so `responses` is rebuilt (create, copy, drop, rename, re-index: SQLite's documented way;
    /// keys, and so every answer, paradata, ladder and answer-block row pointing at them, are kept).
    static let v7 = """
        CREATE TABLE responses_v7 (
            key INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            respondent_id TEXT NOT NULL REFERENCES respondents(id),
            survey_id TEXT NOT NULL,
            survey_version TEXT NOT NULL,
            status TEXT NOT NULL,
            disposition TEXT NOT NULL,
            started_at REAL,
            updated_at REAL NOT NULL,
            completed_at REAL,
            seed INTEGER NOT NULL DEFAULT 0,
            cursor TEXT,
            interviewer TEXT,
            mode TEXT,
            language TEXT,
            FOREIGN KEY (survey_id, survey_version) REFERENCES surveys(survey_id, version)
        );
        INSERT INTO responses_v7 (key, id, respondent_id, survey_id, survey_version, status, disposition, started_at,
            updated_at, completed_at, seed, cursor, interviewer, mode, language)
        SELECT key, id, respondent_id, survey_id, survey_version, status, disposition, started_at, updated_at,
            completed_at, seed, cursor, interviewer, mode, language
        FROM responses;
        DROP TABLE responses;
        ALTER TABLE responses_v7 RENAME TO responses;
        CREATE INDEX responses_by_survey ON responses(survey_id, status);
        CREATE INDEX responses_by_respondent ON responses(respondent_id, survey_id);
        CREATE INDEX responses_by_survey_and_id ON responses(survey_id, id);
        """

    /// v7, then: the times earlier imports made up become what an import stores now (`PostgresSchema.v6Times`
    /// alike). A start of exactly 0 (1970-01-01T00:00:00Z, what a row without times got) becomes NULL; such a row's
    /// `updated_at` of 0 becomes its `completed_at`, else the time of the migration (the argument), when the row
    /// changes. Completion times were never made up and stay as they are.
    static let v7Times = """
        UPDATE responses SET updated_at = COALESCE(completed_at, ?) WHERE updated_at = 0;
        UPDATE responses SET started_at = NULL WHERE started_at = 0
        """

    /// v8: quality runs (`voc quality`): a named run per survey with its settings and summary, and one row per
    /// flagged response (score, flag names separated by `;`, evidence JSON).
    static let qualityRuns = """
        CREATE TABLE quality_runs (
            survey_id TEXT NOT NULL,
            name TEXT NOT NULL,
            settings TEXT NOT NULL,
            report TEXT NOT NULL,
            created_at REAL NOT NULL,
            PRIMARY KEY (survey_id, name)
        );
        CREATE TABLE quality_flags (
            survey_id TEXT NOT NULL,
            run_name TEXT NOT NULL,
            response_id TEXT NOT NULL,
            respondent_id TEXT NOT NULL,
            score REAL NOT NULL,
            flags TEXT NOT NULL,
            evidence TEXT NOT NULL,
            PRIMARY KEY (survey_id, run_name, response_id),
            FOREIGN KEY (survey_id, run_name) REFERENCES quality_runs(survey_id, name) ON DELETE CASCADE
        ) WITHOUT ROWID;
        """

    static let v1 = """
        CREATE TABLE surveys (
            survey_id TEXT NOT NULL,
            version TEXT NOT NULL,
            hash TEXT NOT NULL,
            json TEXT NOT NULL,
            registered_at REAL NOT NULL,
            PRIMARY KEY (survey_id, version)
        );
        CREATE TABLE respondents (
            id TEXT NOT NULL PRIMARY KEY,
            attributes TEXT NOT NULL DEFAULT '{}',
            design_weight REAL NOT NULL DEFAULT 1,
            stratum TEXT,
            cluster TEXT,
            cluster2 TEXT
        );
        CREATE TABLE queue (
            survey_id TEXT NOT NULL,
            respondent_id TEXT NOT NULL REFERENCES respondents(id) ON DELETE CASCADE,
            attempts INTEGER NOT NULL DEFAULT 0,
            final INTEGER NOT NULL DEFAULT 0,
            callback_at REAL,
            claimed_by TEXT,
            claimed_at REAL,
            PRIMARY KEY (survey_id, respondent_id)
        );
        CREATE TABLE contact_attempts (
            key INTEGER PRIMARY KEY,
            survey_id TEXT NOT NULL,
            respondent_id TEXT NOT NULL REFERENCES respondents(id) ON DELETE CASCADE,
            interviewer TEXT NOT NULL,
            disposition TEXT NOT NULL,
            at REAL NOT NULL,
            callback_at REAL,
            note TEXT
        );
        CREATE INDEX contact_attempts_by_respondent ON contact_attempts(survey_id, respondent_id);
        CREATE TABLE responses (
            key INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            respondent_id TEXT NOT NULL REFERENCES respondents(id),
            survey_id TEXT NOT NULL,
            survey_version TEXT NOT NULL,
            status TEXT NOT NULL,
            disposition TEXT NOT NULL,
            started_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            completed_at REAL,
            seed INTEGER NOT NULL DEFAULT 0,
            cursor TEXT,
            interviewer TEXT,
            mode TEXT,
            FOREIGN KEY (survey_id, survey_version) REFERENCES surveys(survey_id, version)
        );
        CREATE INDEX responses_by_survey ON responses(survey_id, status);
        CREATE INDEX responses_by_respondent ON responses(respondent_id, survey_id);
        CREATE TABLE answers (
            response_key INTEGER NOT NULL REFERENCES responses(key) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            other_texts TEXT,
            answered_at REAL,
            unreachable INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (response_key, question_id)
        ) WITHOUT ROWID;
        CREATE TABLE paradata (
            response_key INTEGER NOT NULL REFERENCES responses(key) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            milliseconds INTEGER,
            back_steps INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (response_key, question_id)
        ) WITHOUT ROWID;
        CREATE TABLE ladder_steps (
            response_key INTEGER NOT NULL REFERENCES responses(key) ON DELETE CASCADE,
            probe_id TEXT NOT NULL,
            question_id TEXT NOT NULL,
            option_code TEXT NOT NULL DEFAULT '',
            depth INTEGER NOT NULL CHECK (depth >= 1),
            text TEXT NOT NULL,
            PRIMARY KEY (response_key, probe_id, option_code, depth)
        ) WITHOUT ROWID;
        CREATE TABLE quota_counts (
            survey_id TEXT NOT NULL,
            quota_id TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (survey_id, quota_id)
        );
        CREATE TABLE weight_sets (
            survey_id TEXT NOT NULL,
            name TEXT NOT NULL,
            report TEXT NOT NULL,
            created_at REAL NOT NULL,
            PRIMARY KEY (survey_id, name)
        );
        CREATE TABLE weights (
            survey_id TEXT NOT NULL,
            set_name TEXT NOT NULL,
            respondent_id TEXT NOT NULL,
            weight REAL NOT NULL,
            PRIMARY KEY (survey_id, set_name, respondent_id),
            FOREIGN KEY (survey_id, set_name) REFERENCES weight_sets(survey_id, name) ON DELETE CASCADE
        ) WITHOUT ROWID;
        """
}
