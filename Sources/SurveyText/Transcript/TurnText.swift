import Foundation
public import SurveyModel

/// The inline markers of a turn's text, shared by transcript import and `voc focus run`:
/// a leading `!` marks a quote, and `#code` words tag codes (removed from the stored text).
public enum TurnText {
    /// A turn for `speaker` from raw `text`, with markers interpreted.
    public static func turn(speaker: String, text: Substring) -> TranscriptTurn {
        var body = text.drop(while: \.isWhitespace)
        var isQuote = false
        if body.hasPrefix("!") {
            isQuote = true
            body = body.dropFirst().drop(while: \.isWhitespace)
        }
        var words: [Substring] = []
        var codes: [String] = []
        for word in body.split(separator: " ", omittingEmptySubsequences: false) {
            if word.count > 1, word.hasPrefix("#"),
                word.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber || "_-.".contains($0) })
            {
                codes.append(String(word.dropFirst()))
            } else {
                words.append(word)
            }
        }
        let cleaned = words.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return TranscriptTurn(speaker: speaker, text: cleaned, isQuote: isQuote, codes: codes)
    }
}
