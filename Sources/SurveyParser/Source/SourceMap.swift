public import SurveyModel

/// Where each part of a loaded survey was written: item and attribute paths mapped to source positions.
///
/// Paths name survey parts independently of the syntax, so the same path works for XML and JSON files:
///
/// | path | part |
/// |---|---|
/// | `survey`, `survey@version`, `survey/title`, `survey/title[zh]` | the root, an attribute, a text, a translation |
/// | `section:S`, `section:S@when` | a section and its condition |
/// | `item:Q`, `item:Q@when`, `item:Q@about`, `item:Q/text` | a question, probe or note and its parts |
/// | `item:Q/option:C`, `item:Q/option:C@when`, `item:Q/option:C/label` | an inline option, row, need, item or feature |
/// | `item:Q/check:N@when`, `item:Q/check:N/message` | the Nth (0-based) check of a question |
/// | `item:Q/scale@min`, `item:Q/scale/label:V`, `item:Q/performance` | rating scales and their labels |
/// | `list:L`, `list:L/option:C` | shared option lists |
/// | `item:Q/attention-check@row`, `item:Q/attention-check@expect` | a question's attention check |
/// | `consistency:R@when`, `consistency:R/message` | a consistency rule |
/// | `segment:S@when`, `quota:Q@when`, `computed:C@expr`, `attribute:A`, `margin:N`, `weighting` | the rest |
///
/// A duplicate id gets `#N` (N >= 2) on its Nth occurrence: `item:q1#2`, `item:q1/option:a#2`. An `@name` path
/// points at the value of that attribute (JSON: of that key), a text path at the text, so `location(_:offset:)`
/// can point into an expression or a piped text. Only the identified elements are indexed at load; the parts
/// inside them are found when asked for. A survey built in code has an empty map and every lookup returns nil.
public struct SourceMap: Sendable {
    /// A byte range in the source.
    struct Span {
        var start: Int
        var end: Int
    }

    /// The indexed source, or nil for an empty map.
    public let index: SourceIndex?
    let escaping: ValueEscaping
    /// The identified elements (items, sections, lists, segments, ...) by path.
    private var elements: [String: SourceNode] = [:]
    private var occurrences: [String: Int] = [:]
    /// The survey's default language: texts without a `lang` attribute are in it.
    var defaultLanguage = "en"

    /// An empty map (for surveys built in code).
    public init() {
        self.index = nil
        self.escaping = .none
    }

    init(index: SourceIndex, escaping: ValueEscaping) {
        self.index = index
        self.escaping = escaping
        elements.reserveCapacity(index.bytes.count / 400)
    }

    /// The paths of the identified elements (not of the attributes and texts inside them).
    public var paths: [String] { Array(elements.keys) }

    /// Records an element at `path`, or at `path#N` for the Nth (N >= 2) element recorded with the same path (a
    /// duplicate id), and returns the path used.
    mutating func recordElement(_ path: String, _ node: SourceNode) -> String {
        let count = (occurrences[path] ?? 0) + 1
        occurrences[path] = count
        let unique = Self.path(path, occurrence: count)
        elements[unique] = node
        return unique
    }

    /// The path of the `occurrence`th (1-based) element recorded as `path`: `path`, then `path#2`, ...
    public static func path(_ path: String, occurrence: Int) -> String {
        occurrence <= 1 ? path : path + "#\(occurrence)"
    }

    /// The location of `path`, or of the closest part of it that exists (`item:q/option:a@when` falls back to
    /// `item:q/option:a`, then `item:q`); nil when nothing of it is recorded.
    public func location(_ path: String) -> SourceLocation? {
        guard let index, let span = resolve(path)?.span else { return nil }
        return index.location(ofByte: span.start)
    }

    /// The location of the `offset`th character (0-based) of the value or text at `path`; escapes (`&lt;`, `\n`)
    /// count as one character. Falls back like `location(_:)` when `path` does not fully exist.
    public func location(_ path: String, offset: Int) -> SourceLocation? {
        guard let index, let (span, exact) = resolve(path) else { return nil }
        guard exact else { return index.location(ofByte: span.start) }
        return index.location(
            ofByte: escaping.byteOffset(
                ofCharacter: offset, in: index.bytes, start: span.start,
                end: span.end))
    }

    /// Whether `path` exists in the source.
    public func contains(_ path: String) -> Bool { resolve(path)?.exact == true }

    /// The span of `path` and whether all of it was found (false: the span of its closest existing part).
    private func resolve(_ path: String) -> (span: Span, exact: Bool)? {
        // The longest prefix (cut before a '/' or '@') that names a recorded element.
        var cut = path.endIndex
        while true {
            let prefix = String(path[..<cut])
            if let node = elements[prefix] {
                return SourcePathResolver(defaultLanguage: defaultLanguage).resolve(path[cut...], in: node)
            }
            guard let next = path[..<cut].lastIndex(where: { $0 == "/" || $0 == "@" }) else { return nil }
            cut = next
        }
    }
}

extension SourceMap: CustomStringConvertible {
    /// A short summary (the map itself is large): the file and the number of recorded elements.
    public var description: String { "SourceMap(\(index?.file ?? "-"), \(elements.count) elements)" }
}
