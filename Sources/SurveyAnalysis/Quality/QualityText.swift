import Foundation
import SurveyModel

/// How quality evidence writes numbers and answers.
public enum QualityText {
    /// A number without a trailing `.0` (`5`, `2.5`).
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(format: "%.1f", value)
    }

    /// An answer as short evidence (`2`, `a`, `don't know`, `nothing`); for a grid, the cell of `row`.
    static func describe(_ answer: AnswerValue?, row: String?) -> String {
        switch answer {
        case .none: "nothing"
        case .code(let code): code
        case .codes(let codes): codes.joined(separator: " ")
        case .number(let value): number(value)
        case .grid(let cells): row.flatMap { cells[$0] }.map(number) ?? "nothing"
        case .dontKnow: "don't know"
        case .refused: "refused"
        case .text, .date, .ranking, .maxDiff: "another answer"
        }
    }

    /// Seconds as `95 s` or `6.5 min`.
    public static func duration(_ seconds: Double) -> String {
        seconds < 120 ? "\(Int(seconds.rounded())) s" : String(format: "%.1f min", seconds / 60)
    }
}
