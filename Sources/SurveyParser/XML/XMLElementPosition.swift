/// Where an element and its attributes were written, for placing libxml2 schema errors.
struct XMLElementPosition {
    /// The byte offset of `<name`.
    var offset: Int
    /// For each attribute: the byte offsets of its name and of its value.
    var attributes: [String: (name: Int, value: Int)] = [:]
}
