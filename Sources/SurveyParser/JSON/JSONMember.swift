/// One `"key": value` pair of a JSON object, with the byte offset of the key's opening quote.
struct JSONMember: Sendable {
    var key: String
    var keyOffset: Int
    var value: JSONValue
}
