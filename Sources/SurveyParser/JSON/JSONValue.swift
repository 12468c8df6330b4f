/// A JSON value with the byte range it was read from.
struct JSONValue: Sendable {
    indirect enum Kind: Sendable {
        case object([JSONMember])
        case array([JSONValue])
        case string(String)
        /// A number as written (validated against the JSON grammar).
        case number(String)
        case bool(Bool)
        case null
    }

    var kind: Kind
    /// The byte offset of the first byte of the value (the opening quote of a string).
    var start: Int
    /// The byte offset just past the value.
    var end: Int

    /// A short description of the value's type for messages: "an object", "a string", ...
    var typeName: String {
        switch kind {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }
}
