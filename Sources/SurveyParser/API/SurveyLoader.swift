import Foundation
import SurveyModel

/// Loads survey files: reads XML or JSON, checks the structure (XSD / built-in JSON rules), builds the model and
/// runs every semantic check, collecting all problems in one run.
public enum SurveyLoader {
    /// Loads the file at `path`; the format comes from the extension (`.xml` or `.json`).
    ///
    /// An unreadable file, an unknown extension or a file that is not UTF-8 yields a document with one error and
    /// no survey. Never throws.
    public static func load(contentsOf path: String) -> SurveyDocument {
        guard let format = SurveyFormat(path: path) else {
            let diagnostic = Diagnostic(
                .error, code: "unknown-format",
                "\(path): cannot tell the format from the file name; use a .xml or .json extension", at: nil)
            return SurveyDocument(
                path: path, format: .xml, source: "", survey: nil, diagnostics: [diagnostic], sourceMap: SourceMap())
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let diagnostic = Diagnostic(.error, code: "unreadable-file", "\(path): cannot read the file", at: nil)
            return SurveyDocument(
                path: path, format: format, source: "", survey: nil, diagnostics: [diagnostic], sourceMap: SourceMap())
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let diagnostic = Diagnostic(.error, code: "bad-encoding", "\(path): the file is not valid UTF-8", at: nil)
            return SurveyDocument(
                path: path, format: format, source: "", survey: nil, diagnostics: [diagnostic], sourceMap: SourceMap())
        }
        return load(text: text, path: path, format: format)
    }

    /// Loads survey `text` written in `format`; `path` names the file in diagnostics.
    public static func load(text: String, path: String, format: SurveyFormat) -> SurveyDocument {
        let index = SourceIndex(file: path, source: text)
        var diagnostics: [Diagnostic]
        let root: SourceNode?
        switch format {
        case .xml:
            (root, diagnostics) = XMLSourceReader.read(index)
        case .json:
            (root, diagnostics) = JSONSourceReader.read(index)
        }
        var survey: Survey?
        var sourceMap = SourceMap(index: index, escaping: format == .xml ? .xml : .json)
        if let root, !diagnostics.contains(where: { $0.severity == .error }) {
            var builder = SurveyBuilder(index: index, escaping: sourceMap.escaping)
            let built = builder.build(root)
            diagnostics += builder.diagnostics
            sourceMap = builder.sourceMap
            if let built, !diagnostics.contains(where: { $0.severity == .error }) {
                diagnostics += SurveyValidator.validate(built, sourceMap: sourceMap)
                survey = built
            }
        }
        diagnostics = sorted(diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) { survey = nil }
        return SurveyDocument(
            path: path, format: format, source: text, survey: survey, diagnostics: diagnostics, sourceMap: sourceMap)
    }

    /// Diagnostics in position order; ties keep their reporting order.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            switch (lhs.element.location, rhs.element.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}
