import Foundation
import SurveyModel

/// Converts a LimeSurvey survey structure export (`.lss`, either layout) into a voc survey and its conversion
/// report.
///
/// Groups become sections in `group_order` (their `grelevance` the section's condition, their name the title),
/// questions take their code (`title`) as id and come in `question_order`; subquestions are the rows of arrays and
/// the items of multiple choice, answers the options. Texts lose their HTML; every language of the survey is
/// kept. Relevance equations (Expression Manager: `Q1 == "A1"`, `Q2_SQ001 == "Y"`, `!is_empty(Q3)`, `&&`, `||`)
/// are translated where the meaning is clear. Locations in the report and in errors are XML line numbers; a
/// question in a group the survey does not have is an error at its row.
struct LimeSurveyConverter {
    let file: String
    let document: LimeSurveyDocument
    var report: ConversionReport
    var ids = InteropIdentifiers()
    /// Earlier questions by code (array rows as `Q1_SQ001`).
    var symbols: [String: InteropSymbol] = [:]
    /// Items of earlier multiple-choice questions by `CODE_ITEM`: the question's code and the item's code.
    var multipleItems: [String: (question: String, item: String)] = [:]
    var lastItem: SurveyItem?
    let subquestions: [String: [LimeSurveyDocument.Question]]

    static func convert(_ data: Data, file: String) throws(ConversionError) -> ConvertedSurvey {
        let root = try XMLTreeReader.root(of: data, file: file)
        guard root.name == "document", root.child("LimeSurveyDocType") != nil else {
            throw ConversionError(file: file, location: "\(root.line)", "not a LimeSurvey survey structure (.lss)")
        }
        let document = LimeSurveyDocument(root: root)
        let all = document.questions + document.subquestions
        var converter = LimeSurveyConverter(
            file: file, document: document, report: ConversionReport(file: file, format: .limeSurvey),
            subquestions: Dictionary(grouping: all.filter { ($0.row["parent_qid"] ?? "0") != "0" }) {
                $0.row["parent_qid"] ?? ""
            })
        let questions = all.filter { ($0.row["parent_qid"] ?? "0") == "0" }
        let groupIDs = Set(document.groups.map(\.gid))
        for question in questions where !groupIDs.contains(question.row["gid"] ?? "") {
            throw ConversionError(
                file: file, location: "\(question.row.line)",
                "the question \"\(question.title)\" refers to the group \(question.row["gid"] ?? "(none)"), "
                    + "which the survey does not have")
        }
        var sections: [Section] = []
        var sectionIDs: Set<String> = []
        for group in document.groups.sorted(by: { $0.order < $1.order }) {
            let when = converter.relevance(group.relevance, line: group.line, dropped: "the group is always shown")
            var items: [SurveyItem] = []
            for question in questions.filter({ $0.row["gid"] == group.gid }).sorted(by: { $0.order < $1.order }) {
                items += try converter.question(question)
            }
            guard !items.isEmpty else {
                converter.report.add("\(group.line)", "empty group \(group.gid)", "dropped")
                continue
            }
            let id = InteropIdentifiers.unique("G\(group.gid)", among: &sectionIDs)
            sections.append(
                Section(id: id, title: converter.text(group.names), when: when, items: items))
        }
        guard !sections.isEmpty else {
            throw ConversionError(file: file, location: "\(root.line)", "the survey has no questions")
        }
        converter.reportQuestionAttributes()
        return converter.survey(sections: sections)
    }

    /// Reports the question attributes (`question_attributes`: display and validation settings such as
    /// `random_order`, `array_filter` or `other_replace_text`), which voc does not read, one line per question and
    /// attribute, so that none is dropped silently. A value of 0 or empty is LimeSurvey's default and not reported.
    mutating func reportQuestionAttributes() {
        let titles = Dictionary(
            (document.questions + document.subquestions).map { ($0.qid, $0.title) },
            uniquingKeysWith: { first, _ in first })
        var seen: Set<String> = []
        for row in LimeSurveyDocument.rows(document.root, "question_attributes") {
            guard let qid = row["qid"], let name = row["attribute"], let value = row["value"], value != "0",
                seen.insert(qid + "\u{1}" + name).inserted
            else { continue }
            report.add("\(row.line)", "question attribute \(name) of \"\(titles[qid] ?? qid)\"", "not carried over")
        }
    }

    /// The texts of one string by LimeSurvey language as a `LocalizedText` (HTML removed); nil when the base
    /// language has none.
    func text(_ byLanguage: [String: String]) -> LocalizedText? {
        guard let base = document.languages.first, let main = byLanguage[base].map(InteropHTML.text), !main.isEmpty
        else { return nil }
        var translations: [String: String] = [:]
        for language in document.languages.dropFirst() {
            if let text = byLanguage[language].map(InteropHTML.text), !text.isEmpty {
                translations[XLSFormLanguages.tag(language)] = text
            }
        }
        return LocalizedText(main, translations: translations)
    }

    /// The finished survey with its report.
    func survey(sections: [Section]) -> ConvertedSurvey {
        let settings = LimeSurveyDocument.rows(document.root, "surveys_languagesettings")
        let base = document.languages.first ?? "en"
        var titles: [String: String] = [:]
        for row in settings {
            if let language = row["surveyls_language"], let title = row["surveyls_title"] { titles[language] = title }
        }
        let sid = LimeSurveyDocument.rows(document.root, "surveys").first?["sid"] ?? "survey"
        let translations = document.languages.dropFirst().map(XLSFormLanguages.tag).filter {
            $0 != XLSFormLanguages.tag(base)
        }
        let survey = Survey(
            id: InteropIdentifiers.surveyID("limesurvey_\(sid)"), title: text(titles) ?? LocalizedText(sid),
            defaultLanguage: XLSFormLanguages.tag(base), translations: translations, sections: sections)
        return ConvertedSurvey(survey: survey, report: report)
    }
}
