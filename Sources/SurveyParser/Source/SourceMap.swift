public import SurveyModel

/// Where each part of a loaded survey was written: item and attribute paths mapped to source positions.
///
/// Paths name survey parts independently of the syntax, so the same path works for XML and JSON files:
///
/// | path | part |
/// |---|---|
/// | `survey`, `survey@version`, `survey/title` | the root, an attribute of it, a text of it |
/// | `section:S`, `section:S@when` | a section and its condition |
/// | `item:Q`, `item:Q@when`, `item:Q@about`, `item:Q/text` | a question, probe or note and its parts |
/// | `item:Q/option:C`, `item:Q/option:C@when` | an inline option (also rows, needs, items, features) |
/// | `item:Q/check:N@when` | the Nth (0-based) check of a question |
/// | `item:Q/scale`, `item:Q/performance` | rating scales |
/// | `list:L`, `list:L/option:C` | shared option lists |
/// | `segment:S@when`, `quota:Q@when`, `computed:C@expr`, `attribute:A`, `margin:N` | the other parts |
///
/// An `@name` path points at the value of that attribute (JSON: of that key), so `location(_:offset:)` can point
/// into an expression or a text. A survey built in code has an empty map and every lookup returns nil.
public struct SourceMap: Sendable {
    struct Span: Sendable {
        var start: Int
        var end: Int
    }

    /// The indexed source, or nil for an empty map.
    public let index: SourceIndex?
    let escaping: ValueEscaping
    var spans: [String: Span] = [:]
    private var occurrences: [String: Int] = [:]

    /// An empty map (for surveys built in code).
    public init() {
        self.index = nil
        self.escaping = .none
    }

    init(index: SourceIndex, escaping: ValueEscaping) {
        self.index = index
        self.escaping = escaping
    }

    /// Every recorded path.
    public var paths: [String] { Array(spans.keys) }

    /// Records that `path` was written at bytes `start..<end` (the first recording wins).
    mutating func record(_ path: String, start: Int, end: Int) {
        if spans[path] == nil { spans[path] = Span(start: start, end: end) }
    }

    /// The location of `path`, or of its closest recorded parent (`item:q/option:a@when` falls back to
    /// `item:q/option:a`, then `item:q`); nil when nothing is recorded.
    public func location(_ path: String) -> SourceLocation? {
        guard let index, let span = span(path) else { return nil }
        return index.location(ofByte: span.start)
    }

    /// The location of the `offset`th character (0-based) of the value recorded at `path`; escapes
    /// (`&lt;`, `\n`) count as one character. Falls back like `location(_:)` when `path` is not recorded.
    public func location(_ path: String, offset: Int) -> SourceLocation? {
        guard let index else { return nil }
        if let span = spans[path] {
            let byte = escaping.byteOffset(ofCharacter: offset, in: index.bytes, start: span.start, end: span.end)
            return index.location(ofByte: byte)
        }
        return location(path)
    }

    /// Records an element (an item, option, list, ...) at `path`, or at `path#N` for the Nth (N >= 2) element
    /// recorded with the same path (a duplicate id), and returns the path used.
    mutating func recordElement(_ path: String, start: Int) -> String {
        let count = (occurrences[path] ?? 0) + 1
        occurrences[path] = count
        let unique = count == 1 ? path : path + "#\(count)"
        spans[unique] = Span(start: start, end: start)
        return unique
    }

    /// The path of the `occurrence`th (1-based) element recorded as `path`: `path`, then `path#2`, ...
    public static func path(_ path: String, occurrence: Int) -> String {
        occurrence <= 1 ? path : path + "#\(occurrence)"
    }

    /// Whether `path` itself was recorded.
    public func contains(_ path: String) -> Bool { spans[path] != nil }

    private func span(_ path: String) -> Span? {
        var path = Substring(path)
        while true {
            if let span = spans[String(path)] { return span }
            guard let cut = path.lastIndex(where: { $0 == "/" || $0 == "@" }) else { return nil }
            path = path[..<cut]
        }
    }
}

extension SourceMap: CustomStringConvertible {
    /// A short summary (the map itself is large): the file and the number of recorded paths.
    public var description: String { "SourceMap(\(index?.file ?? "-"), \(spans.count) paths)" }
}
