/// The `GROUP BY` query behind `StoreAggregating.groupCounts`, for SQLite or PostgreSQL.
///
/// The SQL text holds numbered placeholders only (`?1`... for SQLite, `$1`... for PostgreSQL); every name and id
/// travels in `parameters`, in order. Columns of the result: `k0`...`k{n-1}`, `v`, `w`, `n`.
struct AggregateSQL {
    enum Dialect { case sqlite, postgres }

    /// The grouped counts.
    let sql: String
    /// One row per complete response with the same key expressions (`k0`..., `v`, `w`) plus `survey`,
    /// `respondent` (the respondent id) and `response` (the response id), over the same parameters (for writing
    /// per-group results back).
    let members: String
    let parameters: [String]

    init(
        dialect: Dialect, surveyID: String, keys: [AggregateVariable], value: AggregateVariable?,
        weightSet: String?
    ) {
        var parameters: [String] = []
        func placeholder(_ value: String) -> String {
            parameters.append(value)
            return (dialect == .sqlite ? "?" : "$") + String(parameters.count)
        }
        var joins: [String] = []
        var joinsBlocks = false
        func expression(_ variable: AggregateVariable) -> String {
            switch variable {
            case .attribute(let name):
                return dialect == .sqlite
                    ? "json_extract(r.attributes, \(placeholder("$." + JSONText.string(name))))"
                    : "(r.attributes ->> \(placeholder(name)))"
            case .stratum: return "r.stratum"
            case .cluster: return "r.cluster"
            case .weight(let set):
                let alias = "s\(joins.count)"
                joins.append(
                    "LEFT JOIN weights \(alias) ON \(alias).survey_id = x.survey_id AND \(alias).set_name = "
                        + "\(placeholder(set)) AND \(alias).respondent_id = x.respondent_id")
                return dialect == .sqlite ? "\(alias).weight" : "(\(alias).weight::text)"
            case .answer(let questionID):
                let alias = "a\(joins.count)"
                let hidden = dialect == .sqlite ? "0" : "FALSE"
                joins.append(
                    "LEFT JOIN answers \(alias) ON \(alias).response_key = x.key AND \(alias).question_id = "
                        + "\(placeholder(questionID)) AND \(alias).unreachable = \(hidden)")
                let code = dialect == .sqlite ? "json_extract(\(alias).value, '$')" : "(\(alias).value::jsonb #>> '{}')"
                let fromRow = "CASE \(alias).kind WHEN 'code' THEN \(code) WHEN 'number' THEN \(alias).value END"
                guard dialect == .sqlite else { return fromRow }
                // A bulk-imported response keeps its answers in an `answer_blocks` value instead of rows
                // (`AnswerBlockCoding`): a code is stored as a string, a number as a number (`->` gives its JSON text
                // as stored, as `answers.value` holds it), other forms as [kind, value, ...].
                if !joinsBlocks {
                    joinsBlocks = true
                    joins.append("LEFT JOIN answer_blocks b ON b.response_key = x.key")
                }
                let path = "$.\"" + questionID + "\""
                let entry = placeholder(path)
                let kind = placeholder(path + "[0]")
                let value = placeholder(path + "[1]")
                let fromBlock =
                    "CASE json_type(b.answers, \(entry)) WHEN 'text' THEN json_extract(b.answers, \(entry)) "
                    + "WHEN 'integer' THEN b.answers -> \(entry) WHEN 'real' THEN b.answers -> \(entry) "
                    + "WHEN 'array' THEN CASE json_extract(b.answers, \(kind)) WHEN 'code' THEN json_extract(b.answers, "
                    + "\(value)) WHEN 'number' THEN b.answers -> \(value) END END"
                return "CASE WHEN \(alias).response_key IS NOT NULL THEN \(fromRow) ELSE \(fromBlock) END"
            }
        }
        var columns = keys.enumerated().map { "\(expression($1)) AS k\($0)" }
        columns.append((value.map(expression) ?? (dialect == .sqlite ? "NULL" : "NULL::text")) + " AS v")
        var from = "responses x JOIN respondents r ON r.id = x.respondent_id"
        let weight: String
        if let weightSet {
            from +=
                " JOIN weights ws ON ws.survey_id = x.survey_id AND ws.set_name = \(placeholder(weightSet))"
                + " AND ws.respondent_id = x.respondent_id"
            weight = "ws.weight"
        } else {
            weight = "r.design_weight"
        }
        columns.append(weight + " AS w")
        let body =
            " FROM " + from + " " + joins.joined(separator: " ")
            + " WHERE x.survey_id = \(placeholder(surveyID)) AND x.status = 'complete'"
        let inner = "SELECT " + columns.joined(separator: ", ") + body
        let groups = (keys.indices.map { "k\($0)" } + ["v", "w"]).joined(separator: ", ")
        sql = "SELECT \(groups), COUNT(*) AS n FROM (\(inner)) AS cells GROUP BY \(groups)"
        members =
            "SELECT " + columns.joined(separator: ", ")
            + ", x.survey_id AS survey, x.respondent_id AS respondent, x.id AS response" + body
        self.parameters = parameters
    }
}
