import Foundation
import SurveyModel

/// Converts a Qualtrics survey export (`.qsf`) into a voc survey and its conversion report.
///
/// The blocks are taken in the order of the survey flow (`FL`; the blocks' file order when there is none), each
/// page of a block (pages end at `Page Break`) a section; a `Branch` restricts its blocks to its `BranchLogic`, a
/// randomizer's blocks are kept in order (reported), embedded data and other flow elements are reported. A flow
/// that names a block the survey does not have, or a block that names a question it does not have, is an
/// error. Questions take their id from `DataExportTag` (else `QuestionID`), option codes from `RecodeValues`
/// (else the choice ids), texts with their HTML removed and translations from `Language`, conditions from
/// `DisplayLogic`. Locations in the report and in errors are JSON paths
/// (`survey.qsf:SurveyElements[1].Payload.Flow[2]: error: ...`).
struct QualtricsConverter {
    let file: String
    let document: QualtricsDocument
    var report: ConversionReport
    var ids = InteropIdentifiers()
    var sectionIDs: Set<String> = []
    /// Earlier questions by `QuestionID` (matrix rows by `QID.choice`).
    var symbols: [String: InteropSymbol] = [:]
    let defaultLanguage: String
    /// Translated languages met so far, in order.
    var languages: [String] = []
    var sections: [Section] = []
    /// The scale value of each answer id of a matrix, by `QuestionID` (for display logic on its rows).
    var matrixAnswers: [String: [String: String]] = [:]
    /// The last question or note converted (a why probe follows it up).
    var lastItem: SurveyItem?
    /// The blocks the flow has shown.
    var shownBlocks: Set<String> = []

    static func convert(_ data: Data, file: String) throws(ConversionError) -> ConvertedSurvey {
        let document = try QualtricsDocument(data, file: file)
        let language = document.entry?["SurveyLanguage"]?.scalar.map(QualtricsDocument.tag) ?? "en"
        var converter = QualtricsConverter(
            file: file, document: document, report: ConversionReport(file: file, format: .qualtrics),
            defaultLanguage: language)
        if let flow = document.flow {
            try converter.flow(flow["Flow"]?.elements ?? [], when: nil)
        } else {
            for block in document.blocks where block["Type"]?.scalar != "Trash" {
                try converter.block(block, when: nil)
            }
        }
        converter.reportUnshownBlocks()
        guard !converter.sections.isEmpty else {
            throw ConversionError(file: file, location: "SurveyElements", "the survey has no questions")
        }
        return converter.survey()
    }

    /// The flow elements `nodes`, their blocks shown when `when` holds.
    private mutating func flow(_ nodes: [JSONPathNode], when: SurveyModel.Expression?) throws(ConversionError) {
        for node in nodes {
            let type = node["Type"]?.scalar ?? ""
            switch type {
            case "Block", "Standard", "Default":
                guard let id = node["ID"]?.scalar, let block = document.block(id) else {
                    let name = node["ID"]?.scalar ?? ""
                    throw ConversionError(
                        file: file, location: node.path,
                        "the survey flow names the block \"\(name)\", which the survey does not have")
                }
                try self.block(block, when: when)
            case "Branch":
                let condition = node["BranchLogic"].flatMap { logic($0, dropped: "its blocks are always shown") }
                try flow(node["Flow"]?.elements ?? [], when: Self.joined(when, condition))
            case "BlockRandomizer", "Group":
                if type == "BlockRandomizer" {
                    report.add(node.path, "block randomizer", "not supported; its blocks are shown in file order")
                }
                try flow(node["Flow"]?.elements ?? [], when: when)
            case "EmbeddedData": report.add(node.path, "embedded data", "dropped")
            default: report.add(node.path, "flow element \(type)", "dropped")
            }
        }
    }

    /// `outer` and `inner` joined with `and` (either may be absent).
    private static func joined(
        _ outer: SurveyModel.Expression?, _ inner: SurveyModel.Expression?
    ) -> SurveyModel.Expression? {
        guard let outer, let inner else { return outer ?? inner }
        return SurveyModel.Expression(root: ExpressionNode(.binary(.and, outer.root, inner.root)))
    }

    /// One block as one section per page, shown when `when` holds.
    private mutating func block(_ block: JSONPathNode, when: SurveyModel.Expression?) throws(ConversionError) {
        let blockID = block["ID"]?.scalar ?? "block"
        shownBlocks.insert(blockID)
        let name = block["Description"]?.scalar ?? blockID
        var pages: [[SurveyItem]] = [[]]
        for element in block["BlockElements"]?.elements ?? [] {
            switch element["Type"]?.scalar {
            case "Question":
                let id = element["QuestionID"]?.scalar ?? ""
                guard let question = document.questions[id] else {
                    throw ConversionError(
                        file: file, location: element.path,
                        "the block \"\(name)\" names the question \"\(id)\", which the survey does not have")
                }
                if let item = try self.question(question) { pages[pages.count - 1].append(item) }
            case "Page Break": pages.append([])
            default: report.add(element.path, "block element \(element["Type"]?.scalar ?? "")", "dropped")
            }
        }
        let base = InteropIdentifiers.identifier(name)
        for (page, items) in pages.filter({ !$0.isEmpty }).enumerated() {
            let id = InteropIdentifiers.unique(base, among: &sectionIDs)
            sections.append(Section(id: id, title: page == 0 ? LocalizedText(name) : nil, when: when, items: items))
        }
    }

    /// Reports the blocks the flow never shows (the trash among them) and the elements not read.
    private mutating func reportUnshownBlocks() {
        for block in document.blocks {
            let id = block["ID"]?.scalar ?? ""
            let count = block["BlockElements"]?.elements.filter { $0["Type"]?.scalar == "Question" }.count ?? 0
            guard !shownBlocks.contains(id), count > 0 else { continue }
            let what =
                block["Type"]?.scalar == "Trash" ? "trash block" : "block \"\(block["Description"]?.scalar ?? id)\""
            report.add(
                block.path, what, "not in the survey flow; its \(count) question\(count == 1 ? "" : "s") dropped")
        }
    }

    /// The finished survey with its report.
    func survey() -> ConvertedSurvey {
        var report = report
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let surveyID = document.entry?["SurveyID"]?.scalar ?? stem
        let id = InteropIdentifiers.surveyID(surveyID)
        if id != surveyID { report.add("SurveyEntry.SurveyID", "survey id \"\(surveyID)\"", "survey id \"\(id)\"") }
        let title = document.entry?["SurveyName"]?.scalar.map(InteropHTML.text) ?? stem
        let survey = Survey(
            id: id, title: LocalizedText(title), defaultLanguage: defaultLanguage, translations: languages,
            sections: sections)
        return ConvertedSurvey(survey: survey, report: report)
    }
}
