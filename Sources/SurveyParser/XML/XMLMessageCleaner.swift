import Foundation
import SurveyModel

/// Turns libxml2's messages into voc's: namespaces stripped (`'{https://…}what'` becomes `<what>`), facet tags
/// dropped, trailing punctuation trimmed, and each schema error placed at its element or attribute.
enum XMLMessageCleaner {
    /// The cleaned text of one libxml2 message.
    static func clean(_ message: String) -> String {
        var text = message.trimmingXMLSpace()
        text = text.replacingOccurrences(of: "{" + SurveySchema.namespace + "}", with: "")
        text = text.replacingOccurrences(of: "[facet 'enumeration'] ", with: "")
        text = text.replacingOccurrences(of: "[facet 'pattern'] ", with: "")
        text = text.replacingOccurrences(of: "[facet 'minLength'] ", with: "")
        // "Element 'what', attribute 'x': ..." -> "<what>, attribute 'x': ..."
        if text.hasPrefix("Element '"), let end = text.dropFirst(9).firstIndex(of: "'") {
            let name = text[text.index(text.startIndex, offsetBy: 9)..<end]
            text = "<\(name)>" + text[text.index(after: end)...]
        }
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// Diagnostics for schema errors: one per distinct message and position, sorted by position.
    static func schemaDiagnostics(
        _ errors: [XMLErrorCollector.Entry], offsets: [UnsafeRawPointer: Int], index: SourceIndex
    ) -> [Diagnostic] {
        var seen = Set<String>()
        var result: [Diagnostic] = []
        for error in errors {
            let message = clean(error.message)
            // libxml2 follows a facet failure with a generic "not a valid value of the atomic type" message.
            if message.contains("is not a valid value of the atomic type") || message.contains("is not a valid value of the list type") {
                let previous = result.last?.message ?? ""
                if previous.contains("is not an element of the set") || previous.contains("is not accepted by the pattern")
                    || previous.contains("has a length of")
                {
                    continue
                }
            }
            let location: SourceLocation
            if let node = error.node, let offset = offsets[node] {
                location = index.location(ofByte: offset)
            } else {
                location = index.location(line: max(1, error.line), byteColumn: 1)
            }
            guard seen.insert("\(location)|\(message)").inserted else { continue }
            result.append(Diagnostic(.error, code: "xml-schema", message, at: location))
        }
        return result
    }
}
