import SurveyModel

/// Builds the `survey`, `choices` and `settings` sheets of the XLSForm of one voc survey, with the report of what
/// XLSForm cannot hold. `XLSFormWriter` is its entry point; the mapping of each construct is in its extensions.
///
/// Rows are kept as cells by column name (`label::English (en)` for a translated label) and laid out in the
/// XLSForm column order at the end, with only the columns some row uses.
struct XLSFormBuilder {
    /// One row of a sheet: cell texts by column name.
    typealias Row = [String: String]

    let survey: Survey
    let sourceMap: SourceMap
    var report: ConversionReport
    var names = XLSFormNames()
    /// The survey's languages, the default first.
    let languages: [String]
    var surveyRows: [Row] = []
    var choiceRows: [Row] = []
    /// XLSForm list names given out (shared lists, inline options, scales).
    var listNames: Set<String> = []
    /// Shared voc lists already written, with their list names.
    var writtenLists: [String: String] = [:]
    /// Rating-scale lists already written, by scale.
    var scaleLists: [RatingScale: String] = [:]
    /// The list of the five Kano answers, once written.
    var kanoListName: String?
    /// The written calculation of each computed variable that XLSForm can calculate, by id.
    var calculations: [String: String] = [:]
    /// The group name of each section, by section id.
    var sectionNames: [String: String] = [:]
    /// The ids of the items and computed variables written so far.
    var writtenIDs: Set<String> = []

    init(survey: Survey, sourceMap: SourceMap, report: ConversionReport) {
        self.survey = survey
        self.sourceMap = sourceMap
        self.report = report
        languages = [survey.defaultLanguage] + survey.translations.filter { $0 != survey.defaultLanguage }
    }

    // MARK: - Report

    /// The report location of the survey part at `path` (a `SourceMap` path): `LINE:COLUMN` in the voc file, or
    /// the path itself for a survey built in code.
    func location(_ path: String) -> String {
        sourceMap.location(path).map { "\($0.line):\($0.column)" } ?? path
    }

    /// Adds a report item for the survey part at `path`.
    mutating func add(_ path: String, _ construct: String, _ action: String) {
        report.add(location(path), construct, action)
    }

    // MARK: - Texts

    /// The cells of `text` in column `base`: the bare column for a survey in one language, otherwise
    /// `base::Language (tag)` for each language (empty where a translation is missing).
    func cells(_ base: String, _ text: LocalizedText?) -> Row {
        guard let text else { return [:] }
        guard languages.count > 1 else { return [base: text.text] }
        var row: Row = [:]
        for language in languages {
            let value = language == survey.defaultLanguage ? text.text : text.translations[language]
            if let value { row[column(base, language)] = value }
        }
        return row
    }

    /// The column of `base` in `language` (`label::English (en)`); the bare `base` for a one-language survey.
    func column(_ base: String, _ language: String) -> String {
        languages.count > 1 ? "\(base)::\(XLSFormLanguages.columnName(of: language))" : base
    }

    /// `text` with its voc piping (`{id}`, `{id.part}`) written as XLSForm piping (`${name}`); `{answer}` is
    /// `${answer}` when given (a why probe's question). A reference XLSForm cannot show stays as written and is
    /// reported at `path`; a piped single choice is reported, since ODK shows its code rather than its label.
    mutating func piped(_ text: LocalizedText?, at path: String, answer: String? = nil) -> LocalizedText? {
        guard var text else { return nil }
        var problems: [String: String] = [:]
        text.text = piped(text.text, answer: answer, problems: &problems)
        for (language, translated) in text.translations {
            text.translations[language] = piped(translated, answer: answer, problems: &problems)
        }
        for (reference, action) in problems.sorted(by: { $0.key < $1.key }) {
            add(path, "piped \(reference)", action)
        }
        return text
    }

    private func piped(_ text: String, answer: String?, problems: inout [String: String]) -> String {
        guard text.contains("{") else { return text }
        var output = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            output += rest[..<open]
            let body = rest[rest.index(after: open)...]
            guard let first = body.first, first.isLetter || first == "_", let close = body.firstIndex(of: "}") else {
                output += "{"
                rest = body
                continue
            }
            let inside = String(body[..<close])
            rest = body[body.index(after: close)...]
            let parts = inside.split(separator: ".", maxSplits: 1).map(String.init)
            let id = parts[0]
            let part = parts.count > 1 ? parts[1] : nil
            if id == "answer", part == nil, let answer {
                output += "${\(answer)}"
                if case .choice? = names[answer] { problems["{answer}"] = Self.codeShown }
                continue
            }
            switch names[id] {
            case .value(let name)? where part == nil:
                output += "${\(name)}"
            case .choice(let name)? where part == nil:
                output += "${\(name)}"
                problems["{\(inside)}"] = Self.codeShown
            case .codes(let name, _)? where part == nil:
                output += "${\(name)}"
                problems["{\(inside)}"] = "ODK shows the selected codes, separated by spaces"
            case .rows(let rows)?:
                if let part, let name = rows[part] {
                    output += "${\(name)}"
                } else {
                    output += "{\(inside)}"
                    problems["{\(inside)}"] = Self.keptAsText
                }
            default:
                output += "{\(inside)}"
                problems["{\(inside)}"] = Self.keptAsText
            }
        }
        return output + rest
    }

    private static let codeShown = "ODK shows the chosen code, not its label"
    private static let keptAsText = "not a value XLSForm can show; kept as plain text"

    // MARK: - Expressions

    /// `expression` in the XLSForm dialect, `.` standing for `current`; nil (and a report item at `path` saying
    /// what was `dropped`) when it cannot be written with the same meaning.
    mutating func xpath(
        _ expression: Expression?, at path: String, construct: String, dropped: String, current: String? = nil
    ) -> String? {
        guard let expression else { return nil }
        do {
            return try XLSFormExpressionWriter(names: names, current: current).text(expression)
        } catch {
            add(path, "\(construct) \"\(expression.source)\"", "not translated (\(error.message)); \(dropped)")
            return nil
        }
    }

    // MARK: - Sheets

    /// The rows of a sheet: a header of the columns any row uses, in `order` (a text column in every language
    /// when any row has it in one), then the rows.
    func table(_ rows: [Row], order: [String]) -> [[String]] {
        var columns: [String] = []
        for base in order {
            let variants =
                Self.textColumns.contains(base) ? languages.map { column(base, $0) } : [base]
            let required = base == "type" || base == "name" || base == "list_name"
            if required || rows.contains(where: { row in variants.contains { row[$0] != nil } }) {
                columns += variants
            }
        }
        return [columns] + rows.map { row in columns.map { row[$0] ?? "" } }
    }

    /// Columns that hold a text in each language.
    static let textColumns: Set<String> = ["label", "hint", "constraint_message"]

    /// The column order of the survey sheet.
    static let surveyColumns = [
        "type", "name", "label", "hint", "required", "relevant", "constraint", "constraint_message", "appearance",
        "parameters", "calculation",
    ]

    /// The column order of the choices sheet.
    static let choiceColumns = ["list_name", "name", "label"]
}
