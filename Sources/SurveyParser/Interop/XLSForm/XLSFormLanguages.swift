import Foundation

/// The languages of an XLSForm and the voc language tags they become.
///
/// A language written as `English (en)` takes the tag in parentheses; a bare name takes its ISO 639-1 code when
/// it is a common language name (English, French, Español, ...), otherwise its ASCII letters lower-cased. The
/// bare `label` column is in the default language: `settings.default_language` when given, else English.
struct XLSFormLanguages {
    /// The default language's tag.
    var defaultTag: String
    /// The source language name (as in column headers) of the default texts; nil for the bare columns.
    var defaultName: String?
    /// Every source language name with its tag, the default included when it has columns.
    var tags: [String: String]

    init(names: [String], defaultLanguage: String?, hasBareLabel: Bool) {
        var tags: [String: String] = [:]
        for name in names { tags[name] = Self.tag(name) }
        self.tags = tags
        if let defaultLanguage,
            let name = names.first(where: { $0 == defaultLanguage || Self.tag($0) == Self.tag(defaultLanguage) }),
            !hasBareLabel
        {
            defaultName = name
            defaultTag = Self.tag(name)
        } else if hasBareLabel || names.isEmpty {
            defaultName = nil
            defaultTag = defaultLanguage.map(Self.tag) ?? "en"
        } else {
            defaultName = names[0]
            defaultTag = Self.tag(names[0])
        }
    }

    /// The translated languages' tags, in column order, without the default language.
    func translations(in order: [String]) -> [String] {
        var result: [String] = []
        for name in order where name != defaultName {
            let tag = tags[name] ?? Self.tag(name)
            if tag != defaultTag, !result.contains(tag) { result.append(tag) }
        }
        return result
    }

    private static let known: [String: String] = [
        "english": "en", "french": "fr", "français": "fr", "francais": "fr", "spanish": "es", "español": "es",
        "espanol": "es", "german": "de", "deutsch": "de", "portuguese": "pt", "português": "pt", "italian": "it",
        "italiano": "it", "dutch": "nl", "nederlands": "nl", "swahili": "sw", "kiswahili": "sw", "arabic": "ar",
        "hindi": "hi", "chinese": "zh", "russian": "ru", "amharic": "am", "hausa": "ha", "yoruba": "yo",
        "indonesian": "id", "turkish": "tr", "polish": "pl", "japanese": "ja", "korean": "ko", "bengali": "bn",
    ]

    /// English names of the languages `known` has, by ISO 639-1 code (the writing direction).
    private static let englishNames: [String: String] = [
        "en": "English", "fr": "French", "es": "Spanish", "de": "German", "pt": "Portuguese", "it": "Italian",
        "nl": "Dutch", "sw": "Swahili", "ar": "Arabic", "hi": "Hindi", "zh": "Chinese", "ru": "Russian",
        "am": "Amharic", "ha": "Hausa", "yo": "Yoruba", "id": "Indonesian", "tr": "Turkish", "pl": "Polish",
        "ja": "Japanese", "ko": "Korean", "bn": "Bengali",
    ]

    /// The XLSForm language name of the voc tag `tag`, as ODK recommends it: `English (en)`, `Chinese (zh-Hans)`
    /// (the English name of the tag's primary language, the tag in parentheses), or `tag (tag)` for a language
    /// this table does not name. `tag(_:)` reads every such name back as `tag`.
    static func columnName(of tag: String) -> String {
        let primary = String(tag.prefix { $0 != "-" }).lowercased()
        return "\(englishNames[primary] ?? tag) (\(tag))"
    }

    /// The voc tag of a language name such as `English (en)`, `Français` or `de`.
    static func tag(_ name: String) -> String {
        if let open = name.lastIndex(of: "("), let close = name.lastIndex(of: ")"), open < close {
            let code = name[name.index(after: open)..<close].trimmingSpaces
            if isTag(code) { return code }
        }
        let plain = name.trimmingSpaces
        if let code = known[plain.lowercased()] { return code }
        if isTag(plain) { return plain }
        let letters = String(
            plain.lowercased().unicodeScalars.filter { $0 >= "a" && $0 <= "z" }.prefix(8).map(Character.init))
        return letters.count >= 2 ? letters : "und"
    }

    /// Whether `text` matches voc's language tag grammar (2-8 letters, then `-` parts of 1-8 letters or digits).
    static func isTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...8).contains(first.count),
            first.unicodeScalars.allSatisfy({ ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count)
                && part.unicodeScalars.allSatisfy {
                    ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9")
                }
        }
    }
}
