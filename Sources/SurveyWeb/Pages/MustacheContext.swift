extension Dictionary where Key == String, Value == Any {
    /// The context without its empty strings: Mustache treats any string, even an empty one, as a true section
    /// (`{{#help}}...{{/help}}`), so an absent text must be an absent key.
    func withoutEmptyTexts() -> [String: Any] {
        filter { !(($0.value as? String)?.isEmpty ?? false) }
    }
}
