import SurveyModel

/// Reads a JSON survey file into the same `SourceNode` tree as the XML reader, checking the JSON structure
/// (known keys, value types, localized texts) against `JSONShape.all` and reporting every problem found.
enum JSONSourceReader {
    static func read(_ index: SourceIndex) -> (root: SourceNode?, diagnostics: [Diagnostic]) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(index.bytes)
        } catch {
            let diagnostic = Diagnostic(.error, code: "json-syntax", error.message, at: index.location(ofByte: error.offset))
            return (nil, [diagnostic])
        }
        var converter = JSONNodeConverter(index: index)
        let root = converter.convertRoot(value)
        return (root, converter.diagnostics)
    }
}
