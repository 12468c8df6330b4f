import Foundation
public import SurveyModel

/// Codes texts automatically with the keyword and regular-expression rules of a codebook.
///
/// Matching is case- and diacritic-insensitive and works in any script: a keyword matches as a substring (so
/// Chinese keywords need no word boundaries); a pattern is an ICU regular expression matched case-insensitively.
/// The coder is deterministic, and its results are stored as their own coder (default name `rules`) so that
/// agreement with human coders can be measured.
public struct RuleBasedCoder: Sendable {
    /// The coder name stored with the codes it assigns.
    public static let defaultName = "rules"

    private let compiled: [(code: String, keywords: [String], patterns: [NSRegularExpression])]

    /// Compiles the rules of `codebook`.
    /// - Throws: `RuleBasedCoderError` naming the code whose pattern is not a valid regular expression.
    public init(codebook: Codebook) throws(RuleBasedCoderError) {
        var compiled: [(String, [String], [NSRegularExpression])] = []
        for code in codebook.codes where !code.rules.isEmpty {
            var keywords: [String] = []
            var patterns: [NSRegularExpression] = []
            for rule in code.rules {
                switch rule {
                case .keyword(let keyword): keywords.append(Self.fold(keyword))
                case .pattern(let pattern):
                    do {
                        patterns.append(try NSRegularExpression(pattern: pattern, options: [.caseInsensitive]))
                    } catch {
                        throw RuleBasedCoderError(code: code.id, pattern: pattern)
                    }
                }
            }
            compiled.append((code.id, keywords, patterns))
        }
        self.compiled = compiled
    }

    /// The codes whose rules match `text`, in the order they first appear in it (counted in characters, which
    /// case and diacritic folding keep; ties in codebook order), so that
    /// a ladder can follow the order of what was said (docs/methods.md §1.3).
    public func codes(for text: String) -> [String] {
        let folded = Self.fold(text)
        let range = NSRange(text.startIndex..., in: text)
        var found: [(code: String, position: Int)] = []
        for entry in compiled {
            var position = Int.max
            for keyword in entry.keywords {
                if let match = folded.range(of: keyword) {
                    position = min(position, folded.distance(from: folded.startIndex, to: match.lowerBound))
                }
            }
            for pattern in entry.patterns {
                if let match = pattern.firstMatch(in: text, range: range), let start = Range(match.range, in: text) {
                    position = min(position, text.distance(from: text.startIndex, to: start.lowerBound))
                }
            }
            if position != Int.max { found.append((entry.code, position)) }
        }
        return found.enumerated().sorted { a, b in
            a.element.position != b.element.position ? a.element.position < b.element.position : a.offset < b.offset
        }.map(\.element.code)
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
