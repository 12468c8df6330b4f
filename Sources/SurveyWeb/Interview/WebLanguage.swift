import Foundation
import SurveyModel

/// Chooses the language of a respondent's pages among the survey's: an explicit `?lang=` first, then the
/// browser's `Accept-Language` preferences in order of quality, then the survey's default language.
enum WebLanguage {
    /// The language to use, nil meaning the survey's default language.
    static func choose(for survey: Survey, requested: String?, acceptLanguage: String?) -> String? {
        let available = [survey.defaultLanguage] + survey.translations
        if let requested, let match = match(requested, in: available) { return resolved(match, survey) }
        for tag in preferences(acceptLanguage ?? "") {
            if let match = match(tag, in: available) { return resolved(match, survey) }
        }
        return nil
    }

    private static func resolved(_ language: String, _ survey: Survey) -> String? {
        language == survey.defaultLanguage ? nil : language
    }

    /// `zh-CN` matches `zh-CN` or `zh`; `zh` matches `zh` or the first `zh-...`. Case-insensitive.
    static func match(_ tag: String, in available: [String]) -> String? {
        let tag = tag.lowercased()
        if let exact = available.first(where: { $0.lowercased() == tag }) { return exact }
        let primary = LanguageTag.primary(tag)
        return available.first { $0.lowercased() == primary }
            ?? available.first { LanguageTag.primary($0) == primary }
    }

    /// The tags of an `Accept-Language` header by descending quality (RFC 9110 section 12.5.4).
    static func preferences(_ header: String) -> [String] {
        var tags: [(tag: String, quality: Double, index: Int)] = []
        for (index, part) in header.split(separator: ",").enumerated() {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first, !tag.isEmpty, tag != "*" else { continue }
            var quality = 1.0
            for piece in pieces.dropFirst() where piece.hasPrefix("q=") {
                quality = Double(piece.dropFirst(2)) ?? 0
            }
            if quality > 0 { tags.append((tag, quality, index)) }
        }
        return tags.sorted { ($0.quality, -$0.index) > ($1.quality, -$1.index) }.map(\.tag)
    }
}
