import SurveyModel

/// The language a request asks for: `?lang=` (explicit) and the browser's `Accept-Language` header.
public struct LanguageRequest: Sendable, Hashable {
    public var requested: String?
    public var acceptLanguage: String?

    public init(requested: String? = nil, acceptLanguage: String? = nil) {
        self.requested = requested
        self.acceptLanguage = acceptLanguage
    }

    /// The language to show `survey` in (nil: its default language); see `WebLanguage`.
    func choose(for survey: Survey) -> String? {
        WebLanguage.choose(for: survey, requested: requested, acceptLanguage: acceptLanguage)
    }

    /// The language `?lang=` names among the survey's, spelled as the survey does (the default language
    /// included); nil when no known language was asked for, so a resumed interview keeps its stored language.
    func explicit(for survey: Survey) -> String? {
        requested.flatMap { WebLanguage.match($0, in: [survey.defaultLanguage] + survey.translations) }
    }
}
