import SurveyModel

extension SyntheticRespondent {
    /// The share of synthetic respondents who follow an attention check's instruction. The others keep the answer
    /// they drew (which passes only by chance), as inattentive respondents do; 3% is at the low end of the failure
    /// rates reported for online panels, so simulated data has a few failures to find, not many.
    static let attentiveShare = 0.97

    /// `input` with the answer `check` instructs, for 97% of respondents (one draw from `generator`): one of the
    /// accepted codes or values (all of them for a multiple-choice question), on the check's row for a matrix
    /// or importance question. The input is kept as drawn when the respondent is inattentive, answered don't
    /// know or refused, or when no accepted answer is offered (an option hidden by its condition, a value that is
    /// not a number). Draws nothing for a question without an attention check, so other surveys' simulated data
    /// does not change.
    static func following(
        _ check: AttentionCheck, _ input: InterviewInput, prompt: Prompt, generator: inout SplitMix64
    ) -> InterviewInput {
        guard case .answer(let answer, let otherTexts) = input, !check.expected.isEmpty,
            generator.nextUnit() < attentiveShare
        else { return input }
        let accepted = check.expected[generator.nextInt(below: check.expected.count)]
        switch (answer, prompt.kind) {
        case (.code, .singleChoice(let options)):
            guard let option = options.first(where: { $0.code == accepted }) else { return input }
            return .answer(.code(accepted), otherTexts: option.other ? [accepted: "something else"] : [:])
        case (.codes, .multipleChoice(let options, _, _)):
            let chosen = options.filter { check.expected.contains($0.code) }
            guard chosen.count == Set(check.expected).count else { return input }
            var others: [String: String] = [:]
            for option in chosen where option.other { others[option.code] = "something else" }
            return .answer(.codes(chosen.map(\.code)), otherTexts: others)
        case (.number, _):
            guard let value = Double(accepted) else { return input }
            return .answer(.number(value), otherTexts: otherTexts)
        case (.date, _):
            return .answer(.date(accepted), otherTexts: otherTexts)
        case (.grid(var cells), _):
            guard let row = check.row, cells[row] != nil, let value = Double(accepted) else { return input }
            cells[row] = value
            return .answer(.grid(cells), otherTexts: otherTexts)
        default:
            return input
        }
    }
}
