/// The tables of a LimeSurvey `.lss` export, in either layout, as groups, questions and answers with their texts
/// by language.
///
/// The old layout (DBVersion below 400, LimeSurvey 1.9-3.x) repeats each group, question, subquestion and answer
/// row once per language with its text in it; the 4.x-6.x layout keeps language-neutral rows and the texts in
/// `group_l10ns`, `question_l10ns` and `answer_l10ns`. Both are read into the same values.
struct LimeSurveyDocument {
    /// One row of a table: its fields by name (CDATA read as text) and its line.
    struct Row {
        var fields: [String: String]
        var line: Int
        subscript(_ name: String) -> String? { fields[name].flatMap { $0.isEmpty ? nil : $0 } }
    }

    struct Group {
        var gid: String
        var order: Int
        var relevance: String?
        var line: Int
        var names: [String: String] = [:]
        var descriptions: [String: String] = [:]
    }

    struct Question {
        var row: Row
        var texts: [String: String] = [:]
        var helps: [String: String] = [:]
        var qid: String { row["qid"] ?? "" }
        var title: String { row["title"] ?? qid }
        var order: Int { Int(row["question_order"] ?? "") ?? 0 }
    }

    struct Answer {
        var row: Row
        var texts: [String: String] = [:]
        var code: String { row["code"] ?? "" }
        var order: Int { Int(row["sortorder"] ?? "") ?? 0 }
        var scale: String { row["scale_id"] ?? "0" }
    }

    let root: XMLTreeNode
    /// The base language first, then the additional ones.
    let languages: [String]
    let groups: [Group]
    /// Questions (`parent_qid` 0) and subquestions, by `qid`, in file order.
    let questions: [Question]
    let subquestions: [Question]
    /// Answer options by question `qid`.
    let answers: [String: [Answer]]

    init(root: XMLTreeNode) {
        self.root = root
        let survey = Self.rows(root, "surveys").first
        let base = survey?["language"] ?? root.child("languages")?.children("language").first?.text.trimmingSpaces
        var languages = base.map { [$0] } ?? []
        let additional = (survey?["additional_languages"] ?? "").split(separator: " ").map(String.init)
        let listed = root.child("languages")?.children("language").map(\.text.trimmingSpaces) ?? []
        for language in additional + listed where !languages.contains(language) { languages.append(language) }
        self.languages = languages
        let fallback = languages.first ?? "en"
        var groups: [Group] = []
        for row in Self.rows(root, "groups") {
            let gid = row["gid"] ?? ""
            var index = groups.firstIndex { $0.gid == gid }
            if index == nil {
                groups.append(
                    Group(
                        gid: gid, order: Int(row["group_order"] ?? "") ?? 0, relevance: row["grelevance"],
                        line: row.line))
                index = groups.count - 1
            }
            if let index, let name = row["group_name"] {
                groups[index].names[row["language"] ?? fallback] = name
                groups[index].descriptions[row["language"] ?? fallback] = row["description"]
            }
        }
        for row in Self.rows(root, "group_l10ns") {
            guard let index = groups.firstIndex(where: { $0.gid == row["gid"] }) else { continue }
            groups[index].names[row["language"] ?? fallback] = row["group_name"]
        }
        self.groups = groups
        var texts: [String: (texts: [String: String], helps: [String: String])] = [:]
        for row in Self.rows(root, "question_l10ns") {
            guard let qid = row["qid"] else { continue }
            texts[qid, default: ([:], [:])].texts[row["language"] ?? fallback] = row["question"]
            texts[qid, default: ([:], [:])].helps[row["language"] ?? fallback] = row["help"]
        }
        questions = Self.merged(Self.rows(root, "questions"), texts: texts, language: fallback)
        subquestions = Self.merged(Self.rows(root, "subquestions"), texts: texts, language: fallback)
        var answerTexts: [String: [String: String]] = [:]
        for row in Self.rows(root, "answer_l10ns") {
            guard let aid = row["aid"] else { continue }
            answerTexts[aid, default: [:]][row["language"] ?? fallback] = row["answer"]
        }
        var answers: [String: [Answer]] = [:]
        for row in Self.rows(root, "answers") {
            guard let qid = row["qid"] else { continue }
            let key = row["aid"] ?? "\(qid)/\(row["scale_id"] ?? "0")/\(row["code"] ?? "")"
            var list = answers[qid] ?? []
            if let index = list.firstIndex(where: { ($0.row["aid"] ?? "\(qid)/\($0.scale)/\($0.code)") == key }) {
                list[index].texts[row["language"] ?? fallback] = row["answer"]
            } else {
                var answer = Answer(row: row, texts: answerTexts[row["aid"] ?? ""] ?? [:])
                if let text = row["answer"] { answer.texts[row["language"] ?? fallback] = text }
                list.append(answer)
            }
            answers[qid] = list
        }
        self.answers = answers.mapValues { $0.sorted { $0.order < $1.order } }
    }

    /// The rows of `table` (`<table><rows><row>...`), in file order.
    static func rows(_ root: XMLTreeNode, _ table: String) -> [Row] {
        (root.child(table)?.child("rows")?.children("row") ?? []).map { row in
            var fields: [String: String] = [:]
            for field in row.children { fields[field.name] = field.text.trimmingSpaces }
            return Row(fields: fields, line: row.line)
        }
    }

    /// Question rows merged by `qid` (the old layout repeats them per language), with their texts.
    private static func merged(
        _ rows: [Row], texts: [String: (texts: [String: String], helps: [String: String])], language: String
    ) -> [Question] {
        var questions: [Question] = []
        for row in rows {
            let qid = row["qid"] ?? ""
            let index =
                questions.firstIndex { $0.qid == qid }
                ?? {
                    questions.append(
                        Question(row: row, texts: texts[qid]?.texts ?? [:], helps: texts[qid]?.helps ?? [:]))
                    return questions.count - 1
                }()
            if let text = row["question"] { questions[index].texts[row["language"] ?? language] = text }
            if let help = row["help"] { questions[index].helps[row["language"] ?? language] = help }
        }
        return questions
    }
}
