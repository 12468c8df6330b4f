/// A text in the survey's default language with optional translations.
///
/// `text` is always the default-language text; `translations` maps a language tag (BCP 47, e.g. `"en"`,
/// `"zh-Hans"`) to the translated text. Texts may contain piping references such as `{nps}`, resolved by the
/// interview engine when the text is shown.
public struct LocalizedText: Sendable, Hashable, Codable, ExpressibleByStringLiteral {
    /// The text in the survey's default language.
    public var text: String
    /// Translations keyed by language tag. Never contains the default language.
    public var translations: [String: String]

    public init(_ text: String, translations: [String: String] = [:]) {
        self.text = text
        self.translations = translations
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The text in `language`, falling back to the default-language text when no translation exists.
    public func resolved(in language: String?) -> String {
        guard let language, let translated = translations[language] else { return text }
        return translated
    }
}
