import Foundation

/// The fields of a submitted form (`application/x-www-form-urlencoded`), every value of each name in order.
///
/// Parsing never fails: malformed percent escapes are kept as typed, and anything a respondent typed stays
/// untrusted text (it is only ever compared with codes or HTML-escaped when shown).
public struct FormFields: Sendable, Hashable {
    public private(set) var values: [String: [String]] = [:]

    public init() {}

    /// Parses an url-encoded body (`+` is a space).
    public init(urlEncoded body: String) {
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            values[name, default: []].append(value)
        }
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The first value of `name`, or nil.
    public subscript(name: String) -> String? { values[name]?.first }

    /// Every value of `name` (checkboxes).
    public func all(_ name: String) -> [String] { values[name] ?? [] }

    /// The first value of `name` trimmed, nil when missing or blank.
    public func trimmed(_ name: String) -> String? {
        guard let value = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    public mutating func set(_ name: String, _ value: String) { values[name] = [value] }
    public mutating func add(_ name: String, _ value: String) { values[name, default: []].append(value) }

    /// Whether no answer field is filled in (navigation fields aside).
    public var hasNoAnswer: Bool {
        values.allSatisfy { name, list in
            Self.navigation.contains(name) || list.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
    }

    /// The fields whose names start with `prefix`, without it (the controls of one step of a section page); all
    /// of them for an empty prefix.
    public func scoped(_ prefix: String) -> FormFields {
        guard !prefix.isEmpty else { return self }
        var scoped = FormFields()
        for (name, list) in values where name.hasPrefix(prefix) {
            scoped.values[String(name.dropFirst(prefix.count))] = list
        }
        return scoped
    }

    /// Fields every page carries that are not answers.
    static let navigation: Set<String> = ["action", "csrf", "step", "confirm", "lang"]
}
