import Foundation
import SurveyModel

/// The parts of a Qualtrics `.qsf` export the conversion reads: `SurveyEntry`, the questions (`SQ` elements)
/// by `QuestionID`, the blocks (`BL`, whose payload is an array or an object keyed by index) by `ID` in file
/// order, and the survey flow (`FL`), each with its JSON path.
struct QualtricsDocument {
    let entry: JSONPathNode?
    let questions: [String: JSONPathNode]
    let blocks: [JSONPathNode]
    let flow: JSONPathNode?
    /// Elements of kinds the conversion does not read (`SO`, `SCO`, `QO`, ...), for the report.
    let otherElements: [JSONPathNode]

    /// Reads `data` from `file`; text that is not JSON, or a file without `SurveyElements`, is an error.
    init(_ data: Data, file: String) throws(ConversionError) {
        let root = try JSONPathNode.root(of: data, file: file)
        guard let elements = root["SurveyElements"]?.elements, !elements.isEmpty else {
            throw ConversionError(file: file, location: "SurveyElements", "the survey has no SurveyElements")
        }
        entry = root["SurveyEntry"]
        var questions: [String: JSONPathNode] = [:]
        var blocks: [JSONPathNode] = []
        var flow: JSONPathNode?
        var others: [JSONPathNode] = []
        for element in elements {
            guard let payload = element["Payload"] else { continue }
            switch element["Element"]?.scalar {
            case "SQ":
                guard let id = payload["QuestionID"]?.scalar ?? element["PrimaryAttribute"]?.scalar else {
                    throw ConversionError(file: file, location: payload.path, "a question without a QuestionID")
                }
                questions[id] = payload
            case "BL":
                blocks += payload.elements.isEmpty ? payload.keys.compactMap { payload[$0] } : payload.elements
            case "FL": flow = payload
            default: others.append(element)
            }
        }
        self.questions = questions
        self.blocks = blocks
        self.flow = flow
        otherElements = others
    }

    /// The block whose `ID` is `id`.
    func block(_ id: String) -> JSONPathNode? { blocks.first { $0["ID"]?.scalar == id } }

    /// The voc tag of a Qualtrics language code (`EN` → `en`, `PT-BR` → `pt-BR`, `ZH-S` → `zh-Hans`,
    /// `ZH-T` → `zh-Hant`).
    static func tag(_ code: String) -> String {
        let upper = code.uppercased()
        if upper == "ZH-S" { return "zh-Hans" }
        if upper == "ZH-T" { return "zh-Hant" }
        let parts = code.split(separator: "-")
        guard let language = parts.first else { return "und" }
        let tag = ([language.lowercased()] + parts.dropFirst().map { String($0) }).joined(separator: "-")
        return XLSFormLanguages.isTag(tag) ? tag : XLSFormLanguages.tag(code)
    }
}
