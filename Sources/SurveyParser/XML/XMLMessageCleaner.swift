import Foundation
import SurveyModel

/// Turns libxml2's messages into voc's wording, and places each schema error at its element, attribute name or
/// attribute value.
///
/// libxml2 writes `Element '{namespace}what', attribute 'tpye': The attribute 'tpye' is not allowed.`; voc
/// writes `attribute 'tpye' is not allowed on <what> (did you mean 'type'?)`. Messages of unknown shape are kept,
/// with the namespace removed.
enum XMLMessageCleaner {
    /// A cleaned message and where in the element it points.
    struct Cleaned {
        enum Target { case element, attributeName(String), attributeValue(String) }
        var message: String
        var target: Target
    }

    /// The cleaned text of a libxml2 syntax error message.
    static func clean(_ message: String) -> String {
        var text = message.trimmingXMLSpace()
        text = text.replacingOccurrences(of: "{" + SurveySchema.namespace + "}", with: "")
            .replacingOccurrences(of: "{" + CodebookSchema.namespace + "}", with: "")
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// The voc wording of a libxml2 schema validation message.
    static func cleanSchema(_ message: String) -> Cleaned {
        var text = clean(message)
        for facet in ["enumeration", "pattern", "minLength", "minInclusive"] {
            text = text.replacingOccurrences(of: "[facet '\(facet)'] ", with: "")
        }
        guard let head = match(#"^Element '([^']+)'(?:, attribute '([^']+)')?: (.*)$"#, text) else {
            return Cleaned(message: text, target: .element)
        }
        let element = head[0]
        let attribute = head[1].isEmpty ? nil : head[1]
        let rest = head[2]
        if let attribute {
            if rest.hasPrefix("The attribute") && rest.hasSuffix("is not allowed") {
                let known = JSONShape.all[element].map { Array($0.scalars.keys) } ?? []
                let hint = Suggestion.closest(to: attribute, in: known).map { " (did you mean '\($0)'?)" } ?? ""
                return Cleaned(
                    message: "attribute '\(attribute)' is not allowed on <\(element)>\(hint)",
                    target: .attributeName(attribute))
            }
            if let parts = match(#"^The value '(.*)' is not an element of the set \{(.*)\}$"#, rest) {
                return Cleaned(
                    message: "'\(parts[0])' is not a valid value of attribute '\(attribute)' on <\(element)>; "
                        + "use one of \(parts[1])", target: .attributeValue(attribute))
            }
            if let parts = match(#"^'(.*)' is not a valid value of the (?:atomic|list) type '([^']+)'$"#, rest) {
                return Cleaned(
                    message: "'\(parts[0])' is not a valid value of attribute '\(attribute)' on <\(element)>; "
                        + "expected \(typeDescription(parts[1]))", target: .attributeValue(attribute))
            }
            if let parts = match(#"^The value '(.*)' is not accepted by the pattern '(.*)'$"#, rest) {
                return Cleaned(
                    message: "'\(parts[0])' is not a valid value of attribute '\(attribute)' on <\(element)>; "
                        + "it must match \(parts[1])", target: .attributeValue(attribute))
            }
            return Cleaned(
                message: "attribute '\(attribute)' on <\(element)>: \(rest)", target: .attributeValue(attribute))
        }
        if let parts = match(#"^The attribute '([^']+)' is required but missing$"#, rest) {
            return Cleaned(message: "<\(element)> is missing the required attribute '\(parts[0])'", target: .element)
        }
        if let parts = match(#"^This element is not expected\. Expected is (?:one of )?\( (.*) \)$"#, rest) {
            return Cleaned(
                message: "<\(element)> is not expected here; expected \(elementList(parts[0]))",
                target: .element)
        }
        if rest == "This element is not expected" {
            return Cleaned(message: "<\(element)> is not expected here", target: .element)
        }
        if let parts = match(#"^Missing child element\(s\)\. Expected is (?:one of )?\( (.*) \)$"#, rest) {
            return Cleaned(message: "<\(element)> is incomplete; expected \(elementList(parts[0]))", target: .element)
        }
        if rest.hasPrefix("Character content other than whitespace is not allowed") {
            return Cleaned(message: "<\(element)> cannot contain text, only elements", target: .element)
        }
        if rest.hasPrefix("Element content is not allowed") {
            return Cleaned(message: "<\(element)> can contain only text, not elements", target: .element)
        }
        if let parts = match(
            #"^'(.*)' is not a valid value of the (?:atomic|list|local atomic) type '?([^']*)'?$"#, rest)
        {
            return Cleaned(
                message: "'\(parts[0])' is not a valid value of <\(element)>; expected "
                    + typeDescription(parts[1]), target: .element)
        }
        return Cleaned(message: "<\(element)>: \(rest)", target: .element)
    }

    private static func elementList(_ list: String) -> String {
        let names = list.split(separator: ",").map { (name: Substring) in "<" + String(name).trimmingXMLSpace() + ">" }
        return names.count == 1 ? names[0] : "one of " + names.joined(separator: ", ")
    }

    private static func typeDescription(_ type: String) -> String {
        switch type {
        case "xs:boolean": "true or false"
        case "xs:integer": "a whole number"
        case "xs:nonNegativeInteger": "a whole number, 0 or more"
        case "xs:unsignedLong": "a whole number from 0 to 18446744073709551615"
        case "xs:double", "xs:decimal": "a number"
        case "identifier": "an identifier (a letter or _, then letters, digits, _ or -)"
        case "surveyId": "an identifier (letters, digits, _, - and .)"
        case "code": "a code (letters, digits, _, - and .)"
        case "language", "languageList": "language tags such as en, zh or pt-BR"
        case "expression": "a non-empty expression"
        default: "a valid \(type)"
        }
    }

    /// The capture groups of the first match of `pattern` in `text` (empty strings for groups that did not take
    /// part), or nil when it does not match.
    private static func match(_ pattern: String, _ text: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]),
            let result = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        return (1..<result.numberOfRanges).map { group in
            Range(result.range(at: group), in: text).map { String(text[$0]) } ?? ""
        }
    }

    /// Diagnostics for schema errors, each placed at its element, attribute name or attribute value. A generic
    /// "not a valid value of the atomic type" message that follows a more specific one for the same attribute is
    /// dropped.
    static func schemaDiagnostics(
        _ errors: [XMLErrorCollector.Entry], offsets: [UnsafeRawPointer: XMLElementPosition], index: SourceIndex
    ) -> [Diagnostic] {
        var seen = Set<String>()
        var result: [Diagnostic] = []
        for error in errors {
            let cleaned = cleanSchema(error.message)
            let position = error.node.flatMap { offsets[$0] }
            var offset: Int?
            switch cleaned.target {
            case .element: offset = position?.offset
            case .attributeName(let name): offset = position?.attributes[name]?.name ?? position?.offset
            case .attributeValue(let name): offset = position?.attributes[name]?.value ?? position?.offset
            }
            let location =
                offset.map { index.location(ofByte: $0) } ?? index.location(line: max(1, error.line), byteColumn: 1)
            // One message per position: libxml2 often adds a generic message after a specific one.
            guard seen.insert("\(location)").inserted else { continue }
            result.append(Diagnostic(.error, code: "xml-schema", cleaned.message, at: location))
        }
        return result
    }
}
