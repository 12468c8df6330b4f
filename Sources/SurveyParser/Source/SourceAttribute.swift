/// One attribute (XML) or scalar key (JSON) of a `SourceNode`, with the byte offsets of its name and value.
struct SourceAttribute: Sendable {
    var name: String
    /// The decoded value (JSON numbers and booleans as written, e.g. `5`, `true`).
    var value: String
    var nameOffset: Int
    /// The byte range of the value without quotes.
    var valueStart: Int
    var valueEnd: Int
}
