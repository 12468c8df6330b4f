import Foundation
public import SurveyModel

/// Reads a participant's in-session poll answer as typed by the note-taker.
///
/// Single choice: one option code. Multiple choice: codes separated by commas or spaces, within the question's
/// minimum and maximum. Rating and NPS: an integer on the scale. Numeric: a number within bounds. Other kinds: the
/// text as typed. `dk` is "don't know" when the question allows it. Messages name the question and what is allowed,
/// never the typed value.
public enum PollAnswerParser {
    /// The answer for `text`, or a message saying what is wrong.
    public static func parse(_ text: String, question: WhatQuestion, survey: Survey) -> Result<AnswerValue, PollError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased() == "dk", question.allowDontKnow { return .success(.dontKnow) }
        switch question.kind {
        case .singleChoice(let source):
            let codes = survey.options(source).map(\.code)
            guard codes.contains(trimmed) else { return failure(question, "one of " + codes.joined(separator: ", ")) }
            return .success(.code(trimmed))
        case .multipleChoice(let source, let min, let max):
            let codes = survey.options(source).map(\.code)
            let picked = trimmed.split { $0 == "," || $0 == " " }.map(String.init)
            guard !picked.isEmpty, picked.allSatisfy(codes.contains), Set(picked).count == picked.count else {
                return failure(question, "distinct codes from " + codes.joined(separator: ", "))
            }
            if let min, picked.count < min { return failure(question, "at least \(min) codes") }
            if let max, picked.count > max { return failure(question, "at most \(max) codes") }
            return .success(.codes(picked))
        case .rating(let scale):
            guard let value = Int(trimmed), (scale.min...scale.max).contains(value) else {
                return failure(question, "a whole number from \(scale.min) to \(scale.max)")
            }
            return .success(.number(Double(value)))
        case .nps:
            guard let value = Int(trimmed), (0...10).contains(value) else {
                return failure(question, "a whole number from 0 to 10")
            }
            return .success(.number(Double(value)))
        case .numeric(_, let min, let max, _):
            guard let value = Double(trimmed), value >= (min ?? -.infinity), value <= (max ?? .infinity) else {
                return failure(
                    question, "a number" + (min.map { " from \($0)" } ?? "") + (max.map { " to \($0)" } ?? ""))
            }
            return .success(.number(value))
        default:
            guard !trimmed.isEmpty else { return failure(question, "a non-empty answer") }
            return .success(.text(trimmed))
        }
    }

    private static func failure(_ question: WhatQuestion, _ allowed: String) -> Result<AnswerValue, PollError> {
        .failure(PollError(message: "poll \(question.id) expects \(allowed)"))
    }
}
