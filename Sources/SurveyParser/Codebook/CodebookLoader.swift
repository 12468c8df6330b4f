import Foundation
public import SurveyModel

/// Loads codebook files (XML or JSON), validated like survey files: structure (XSD / JSON rules) and semantics
/// (unique code ids, known parents without cycles, levels, valid regular expressions), every problem at once.
public enum CodebookLoader {
    /// The result of loading a codebook file.
    public struct Document: Sendable {
        public var path: String
        public var source: String
        /// Nil when there are errors.
        public var codebook: Codebook?
        public var diagnostics: [Diagnostic]

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

        /// Every diagnostic rendered compiler-style, with the source line and a caret.
        public func rendered() -> String {
            diagnostics.map { $0.rendered(source: source) }.joined(separator: "\n")
        }
    }

    /// Loads the codebook at `path` (`.xml` or `.json`). Never throws.
    public static func load(contentsOf path: String) -> Document {
        guard let format = SurveyFormat(path: path) else {
            return failure(path, "cannot tell the format from the file name; use a .xml or .json extension")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return failure(path, "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return failure(path, "the file is not valid UTF-8")
        }
        return load(text: text, path: path, format: format)
    }

    /// Loads codebook `text` in `format`; `path` names the file in diagnostics.
    public static func load(text: String, path: String, format: SurveyFormat) -> Document {
        let index = SourceIndex(file: path, source: text)
        var diagnostics: [Diagnostic] = []
        var root: SourceNode?
        switch format {
        case .xml:
            (root, diagnostics) = XMLSourceReader.read(index, as: .codebook)
        case .json:
            do {
                var converter = CodebookJSONConverter(index: index)
                root = converter.convert(try JSONParser.parse(index.bytes))
                diagnostics = converter.diagnostics
            } catch {
                diagnostics = [
                    Diagnostic(.error, code: "json-syntax", error.message, at: index.location(ofByte: error.offset))
                ]
            }
        }
        var codebook: Codebook?
        // A JSON tree is well formed even after conversion errors (bad members are dropped), so its semantic
        // checks run too and every problem is reported at once; an XML tree is checked only when schema-valid.
        if let root, format == .json || !diagnostics.contains(where: { $0.severity == .error }) {
            var builder = CodebookBuilder(index: index)
            codebook = builder.build(root)
            diagnostics += builder.diagnostics
        }
        diagnostics = SurveyLoader.sorted(diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) { codebook = nil }
        return Document(path: path, source: text, codebook: codebook, diagnostics: diagnostics)
    }

    private static func failure(_ path: String, _ message: String) -> Document {
        Document(
            path: path, source: "", codebook: nil,
            diagnostics: [Diagnostic(.error, code: "unreadable-file", "\(path): \(message)", at: nil)])
    }
}
