extension [(String, JSONOutput)] {
    /// Appends the member `key` holding `items` as a JSON array, each item turned into JSON by `element`, unless
    /// `items` is empty: then the member is left out (documents omit empty lists rather than print `[]`).
    public mutating func appendArrayUnlessEmpty<Items: Collection>(
        _ key: String, _ items: Items, _ element: (Items.Element) throws -> JSONOutput
    ) rethrows {
        guard !items.isEmpty else { return }
        append((key, .array(try items.map(element))))
    }
}
