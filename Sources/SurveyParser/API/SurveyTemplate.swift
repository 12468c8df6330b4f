import Foundation
import SurveyModel

/// Starting a survey file from a template (an XML survey definition): the new file gets its own survey id, taken
/// from its file name, so that two surveys made from one template do not share a survey id (and with it a default
/// store and the stored definitions).
public enum SurveyTemplate {
    /// Why a template could not be turned into a survey file.
    public struct Failure: Error, Sendable, Hashable {
        /// The rendered diagnostics (`file:line:col: error: ...`) or a sentence saying what went wrong.
        public var message: String
    }

    /// The survey id for a file at `path`: its file name without directory and extension, with every character
    /// outside the id grammar (ASCII letters, digits, `_`, `-`, `.`) replaced by `-` (runs of them collapsed,
    /// leading `-` and `.` and trailing `-` dropped). A name that does not start with a letter gets the prefix
    /// `survey-`; an empty result is `survey`. Examples: `out/My NPS 2025.xml` → `My-NPS-2025`,
    /// `2025.json` → `survey-2025`.
    public static func surveyID(forPath path: String) -> String {
        var name = Substring(path.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
        if let dot = name.lastIndex(of: ".") { name = name[..<dot] }
        var id = ""
        for character in name {
            if character.isASCII && (character.isLetter || character.isNumber || "_-.".contains(character)) {
                id.append(character)
            } else if !id.isEmpty && id.last != "-" {
                id.append("-")
            }
        }
        while id.first == "-" || id.first == "." { id.removeFirst() }
        while id.last == "-" { id.removeLast() }
        guard let first = id.first else { return "survey" }
        return first.isASCII && first.isLetter ? id : "survey-" + id
    }

    /// The contents of a new survey file made from `templateXML` with the survey id `id`, in `format`.
    ///
    /// XML keeps the template verbatim (comments, layout) except for the value of the root element's `id`
    /// attribute; JSON is the written model. `name` labels the template in diagnostics (`template:NAME`).
    /// Throws ``Failure`` when the template does not load without errors, when `id` is not a valid survey id,
    /// or when the root `id` attribute cannot be found.
    public static func instantiate(
        _ templateXML: String, name: String, id: String, format: SurveyFormat
    ) throws(Failure) -> String {
        let path = "template:\(name)"
        let document = SurveyLoader.load(text: templateXML, path: path, format: .xml)
        guard var survey = document.survey, !document.hasErrors else { throw Failure(message: document.rendered()) }
        switch format {
        case .json:
            survey.id = id
            let text = SurveyWriter.json(survey)
            try check(SurveyLoader.load(text: text, path: path + ".json", format: .json), id: id)
            return text
        case .xml:
            guard let range = rootIDValueRange(in: templateXML) else {
                throw Failure(message: "\(path): cannot find the id attribute of the survey element")
            }
            var text = templateXML
            text.replaceSubrange(range, with: id)
            try check(SurveyLoader.load(text: text, path: path + ".xml", format: .xml), id: id)
            return text
        }
    }

    /// Requires that `document` loads without errors and carries survey id `id` (an id outside the grammar is
    /// refused by the schema).
    private static func check(_ document: SurveyDocument, id: String) throws(Failure) {
        guard let survey = document.survey, !document.hasErrors else { throw Failure(message: document.rendered()) }
        guard survey.id == id else { throw Failure(message: "the survey id '\(id)' was not applied") }
    }

    /// The range of the value of the `id` attribute of the first `<survey` start tag outside comments, processing
    /// instructions and CDATA; nil when there is none.
    static func rootIDValueRange(in text: String) -> Range<String.Index>? {
        let skips: [(open: String, close: String)] = [("<!--", "-->"), ("<?", "?>"), ("<![CDATA[", "]]>")]
        var index = text.startIndex
        scanning: while let open = text[index...].firstIndex(of: "<") {
            let rest = text[open...]
            for skip in skips where rest.hasPrefix(skip.open) {
                guard let close = rest.range(of: skip.close) else { return nil }
                index = close.upperBound
                continue scanning
            }
            let afterName = text.index(open, offsetBy: "<survey".count, limitedBy: text.endIndex) ?? text.endIndex
            guard rest.hasPrefix("<survey"), afterName < text.endIndex, text[afterName].isWhitespace else {
                index = text.index(after: open)
                continue
            }
            return idValueRange(inTagFrom: afterName, in: text)
        }
        return nil
    }

    /// The range of the `id` attribute's value in the start tag whose attributes begin at `start`.
    private static func idValueRange(inTagFrom start: String.Index, in text: String) -> Range<String.Index>? {
        var index = start
        while index < text.endIndex {
            let character = text[index]
            if character == ">" || character == "/" { return nil }
            if character.isWhitespace {
                index = text.index(after: index)
                continue
            }
            // An attribute: name, optional spaces, '=', optional spaces, quoted value.
            let nameStart = index
            while index < text.endIndex, text[index] != "=", !text[index].isWhitespace, text[index] != ">" {
                index = text.index(after: index)
            }
            let attributeName = text[nameStart..<index]
            while index < text.endIndex, text[index].isWhitespace { index = text.index(after: index) }
            guard index < text.endIndex, text[index] == "=" else { return nil }
            index = text.index(after: index)
            while index < text.endIndex, text[index].isWhitespace { index = text.index(after: index) }
            guard index < text.endIndex, text[index] == "\"" || text[index] == "'" else { return nil }
            let quote = text[index]
            let valueStart = text.index(after: index)
            guard let valueEnd = text[valueStart...].firstIndex(of: quote) else { return nil }
            if attributeName == "id" { return valueStart..<valueEnd }
            index = text.index(after: valueEnd)
        }
        return nil
    }
}
