import Foundation
import SurveyModel

/// Converts an ODK XLSForm workbook (`survey`, `choices` and `settings` sheets) into a voc survey and its
/// conversion report.
///
/// Top-level groups become sections and runs of questions outside groups sections of their own; nested groups
/// are flattened into their section (their `relevant` joined to each question's condition, their label kept as
/// a note). A `table-list` or `field-list` group whose questions are all `select_one` of one list with
/// consecutive numeric codes becomes a matrix. Repeats are asked once. Errors name the sheet and cell
/// (`form.xlsx:survey!A12: error: ...`).
struct XLSFormConverter {
    let file: String
    let table: XLSFormTable
    let languages: XLSFormLanguages
    let lists: [String: XLSFormChoiceList]
    var report: ConversionReport
    var ids = InteropIdentifiers()
    /// Earlier questions and computed variables by source name.
    var symbols: [String: InteropSymbol] = [:]
    /// The option lists the survey uses, in order of first use.
    var optionLists: [OptionList] = []
    var computed: [ComputedVariable] = []
    var sections: [Section] = []
    /// Open groups, outermost first.
    var frames: [XLSFormGroupFrame] = []
    /// Questions outside any group since the last section.
    var loose: [SurveyItem] = []

    /// The survey in `data` (an `.xlsx` workbook) read from `file`.
    static func convert(_ data: Data, file: String) throws(ConversionError) -> ConvertedSurvey {
        let workbook = try XLSXWorkbook(data: data, file: file)
        guard let surveySheet = try workbook.sheet(named: "survey") else {
            let names = workbook.sheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
            throw ConversionError(file: file, "the workbook has no \"survey\" sheet (its sheets: \(names))")
        }
        let table = XLSFormTable(surveySheet)
        guard table.has("type") else {
            throw ConversionError(file: file, location: "\(table.sheet)!A1", "the survey sheet has no \"type\" column")
        }
        let choices = try workbook.sheet(named: "choices").map(XLSFormTable.init)
        var settings: [String: String] = [:]
        if let sheet = try workbook.sheet(named: "settings"), let row = XLSFormTable(sheet).rows.first {
            settings = row.cells
        }
        var report = ConversionReport(file: file, format: .xlsForm)
        let names = table.languages + (choices?.languages ?? []).filter { !table.languages.contains($0) }
        let languages = XLSFormLanguages(
            names: names, defaultLanguage: settings["default_language"], hasBareLabel: table.has("label"))
        var lists: [String: XLSFormChoiceList] = [:]
        if let choices {
            lists = try XLSFormChoiceList.lists(
                choices, file: file, texts: { Self.text($0, $1, languages: languages) }, report: &report)
        }
        var converter = XLSFormConverter(
            file: file, table: table, languages: languages, lists: lists, report: report)
        try converter.walk()
        return converter.survey(settings: settings, languageOrder: names)
    }

    /// The localized text of `base` (`label`, `hint`, `constraint_message`) in `row`.
    static func text(_ row: XLSFormTable.Row, _ base: String, languages: XLSFormLanguages) -> LocalizedText? {
        var translations: [String: String] = [:]
        for (name, tag) in languages.tags where name != languages.defaultName && tag != languages.defaultTag {
            if let value = row["\(base)::\(name)"] { translations[tag] = value }
        }
        let main = languages.defaultName.flatMap { row["\(base)::\($0)"] } ?? row[base]
        guard let main = main ?? translations.sorted(by: { $0.key < $1.key }).first?.value else { return nil }
        return LocalizedText(main, translations: translations)
    }

    /// The localized text of `base` in `row`, its piping rewritten for voc (unresolved references reported).
    mutating func text(_ row: XLSFormTable.Row, _ base: String) -> LocalizedText? {
        guard let text = Self.text(row, base, languages: languages) else { return nil }
        let piped = InteropPiping.rewrite(text, symbols: symbols)
        for name in piped.unresolved {
            report.add(
                table.location(base, row: row.number), "${\(name)} in a \(base)",
                "not an earlier question; kept as the plain text [\(name)]")
        }
        return piped.text
    }

    /// Converts every row of the survey sheet, in order.
    mutating func walk() throws(ConversionError) {
        for row in table.rows {
            guard let type = row["type"] else {
                report.add(table.location("type", row: row.number), "a row without a type", "dropped")
                continue
            }
            let words = type.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            let keyword = words.first?.lowercased() ?? ""
            switch (keyword, words.count > 1 ? words[1].lowercased() : "") {
            case ("begin", "group"), ("begin_group", _): try begin(row, isRepeat: false)
            case ("begin", "repeat"), ("begin_repeat", _): try begin(row, isRepeat: true)
            case ("end", "group"), ("end", "repeat"), ("end_group", _), ("end_repeat", _): try end(row)
            default: try question(row, words: words)
            }
        }
        if let open = frames.last {
            throw ConversionError(
                file: file, location: table.location("type", row: open.row),
                "\"\(open.isRepeat ? "begin repeat" : "begin group")\" without a matching end")
        }
        closeLooseSection()
    }

    /// Adds `item` to the innermost open group, or to the loose questions.
    mutating func append(_ item: SurveyItem) {
        if frames.isEmpty {
            loose.append(item)
        } else {
            frames[frames.count - 1].items.append(item)
        }
    }

    /// The finished survey with its report.
    func survey(settings: [String: String], languageOrder: [String]) -> ConvertedSurvey {
        var report = report
        let stem = (((file as NSString).lastPathComponent as NSString).deletingPathExtension)
        let formID = settings["form_id"] ?? stem
        let surveyID = InteropIdentifiers.surveyID(formID)
        if surveyID != formID {
            report.add("settings", "form_id \"\(formID)\"", "survey id \"\(surveyID)\"")
        }
        var metadata: [String: String] = [:]
        var version = SemanticVersion(1, 0, 0)
        for (key, value) in settings.sorted(by: { $0.key < $1.key }) {
            switch key {
            case "form_id", "form_title", "default_language": continue
            case "version":
                version = InteropVersion.version(value, at: "settings", metadata: &metadata, report: &report)
            default: report.add("settings", "setting \(key)", "dropped")
            }
        }
        let converted = Survey(
            id: surveyID, version: version, title: LocalizedText(settings["form_title"] ?? formID),
            defaultLanguage: languages.defaultTag, translations: languages.translations(in: languageOrder),
            optionLists: optionLists, computed: computed, sections: sections, metadata: metadata)
        return ConvertedSurvey(survey: converted, report: report)
    }
}
