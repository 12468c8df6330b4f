import Foundation
import SurveyModel

/// A value of a JSON survey file (SurveyJS, Qualtrics `.qsf`) with its JSON path (`pages[1].elements[3]`), the
/// location form of the report.
struct JSONPathNode {
    var value: JSONValue
    var path: String

    /// The JSON document in `data`, read from `file`, as the root node (path ``); text that is not JSON is an
    /// error naming the file.
    static func root(of data: Data, file: String) throws(ConversionError) -> JSONPathNode {
        do {
            return JSONPathNode(value: try JSONParser.parse([UInt8](data)), path: "")
        } catch {
            throw ConversionError(file: file, "not valid JSON (\(error))")
        }
    }

    /// The member `key` of an object, with its path.
    subscript(_ key: String) -> JSONPathNode? {
        guard case .object(let members) = value.kind, let member = members.last(where: { $0.key == key }) else {
            return nil
        }
        return JSONPathNode(value: member.value, path: path.isEmpty ? key : "\(path).\(key)")
    }

    /// The object's keys in file order (empty for other values).
    var keys: [String] {
        guard case .object(let members) = value.kind else { return [] }
        return members.map(\.key)
    }

    /// The elements of an array, with their paths (empty for other values).
    var elements: [JSONPathNode] {
        guard case .array(let items) = value.kind else { return [] }
        return items.enumerated().map { JSONPathNode(value: $0.element, path: "\(path)[\($0.offset)]") }
    }

    /// A string, or a number or boolean as written; nil for objects, arrays and null.
    var scalar: String? {
        switch value.kind {
        case .string(let text): text
        case .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        default: nil
        }
    }

    var bool: Bool? {
        if case .bool(let flag) = value.kind { return flag }
        return nil
    }

    var number: Double? {
        if case .number(let text) = value.kind { return Double(text) }
        return nil
    }

    /// A localizable string: a plain string, or an object of texts by locale (`default` or the survey's locale
    /// being the default language). Texts by locale are keyed by locale as written (`default` included).
    var localizedTexts: [String: String]? {
        switch value.kind {
        case .string(let text): return ["default": text]
        case .number(let text): return ["default": text]
        case .object(let members):
            var texts: [String: String] = [:]
            for member in members { if case .string(let text) = member.value.kind { texts[member.key] = text } }
            return texts.isEmpty ? nil : texts
        default: return nil
        }
    }
}
