/// A syntax-neutral element read from an XML or JSON file, with byte offsets into the source.
///
/// Both readers produce the same tree shape (JSON keys become attributes and child elements named as in the
/// XML syntax), so one `SurveyBuilder` turns either into a `Survey` with identical messages.
struct SourceNode: Sendable {
    /// The element name, e.g. `what`, `option`, `text`.
    var name: String
    /// The byte offset of the element (`<name` in XML, the key or value in JSON).
    var offset: Int
    var attributes: [SourceAttribute] = []
    var children: [SourceNode] = []
    /// The element's text content, surrounding whitespace trimmed (empty when none).
    var text: String = ""
    /// The byte range of the trimmed text in the source (`offset..<offset` when there is none).
    var textStart: Int
    var textEnd: Int

    init(name: String, offset: Int) {
        self.name = name
        self.offset = offset
        self.textStart = offset
        self.textEnd = offset
    }

    /// The attribute called `name`, if present.
    func attribute(_ name: String) -> SourceAttribute? {
        attributes.first { $0.name == name }
    }

    /// The children called `name`, in order.
    func children(_ name: String) -> [SourceNode] {
        children.filter { $0.name == name }
    }

    /// The first child called `name`.
    func child(_ name: String) -> SourceNode? {
        children.first { $0.name == name }
    }
}
