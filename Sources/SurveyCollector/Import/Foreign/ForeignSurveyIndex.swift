import Foundation
import SurveyModel
import SurveyStore

/// The survey as the readers of other tools' exports see it: the wide header they fill (the fixed columns, then
/// every variable of the survey, as `voc export --format csv` writes them) and how a column holding a question's
/// answer, a variable or a fixed column is translated.
struct ForeignSurveyIndex: Sendable {
    let survey: Survey
    /// The wide header: `ResponseColumns.fixed`, then `Survey.variables`.
    let header: [String]
    private let wideIndex: [String: Int]
    private let questions: [String: WhatQuestion]
    private let variableQuestion: [String: String]
    /// Why probes by id.
    let probes: [String: WhyProbe]
    /// Items and names that hold no answer (notes, computed variables): columns named so are not imported.
    let answerless: Set<String>
    /// The respondent attributes the survey declares.
    let attributes: Set<String>

    init(survey: Survey) {
        self.survey = survey
        let variables = survey.variables
        header = ResponseColumns.fixed + variables.map(\.name)
        wideIndex = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        questions = Dictionary(survey.whatQuestions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        variableQuestion = Dictionary(
            variables.map { ($0.name, $0.questionID) }, uniquingKeysWith: { first, _ in first })
        probes = Dictionary(survey.whyProbes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var answerless = Set(survey.computed.map(\.id))
        for case .note(let note) in survey.sections.flatMap(\.items) { answerless.insert(note.id) }
        self.answerless = answerless
        attributes = Set(survey.attributes.map(\.id))
    }

    /// The wide column `name` (a fixed column or a variable).
    func index(_ name: String) -> Int? { wideIndex[name] }

    /// The what question `id`.
    func question(_ id: String) -> WhatQuestion? { questions[id] }

    /// The role of a column holding the whole answer to `question` in one cell; nil for a question whose answer
    /// takes several columns (a matrix, a MaxDiff, a Kano pair).
    func role(wholeAnswerOf question: WhatQuestion) -> ForeignColumnRole? {
        let id = question.id
        switch question.kind {
        case .singleChoice(let source): return index(id).map { .choice($0, options: survey.options(source)) }
        case .rating(let scale): return index(id).map { .scale($0, scale) }
        case .nps: return index(id).map { .scale($0, RatingScale(min: 0, max: 10)) }
        case .numeric, .text: return index(id).map { .copy($0) }
        case .date: return index(id).map { .date($0) }
        case .multipleChoice(let source, _, _), .ranking(let source, _):
            var ranked = false
            if case .ranking = question.kind { ranked = true }
            let columns = survey.options(source).compactMap { option in
                index("\(id).\(option.code)").map { (option.code, $0) }
            }
            return .codeList(
                question: id, columns: Dictionary(columns, uniquingKeysWith: { first, _ in first }), ranked: ranked)
        case .matrix, .importance, .kano, .maxDiff: return nil
        }
    }

    /// The role of a column holding the wide column `name` (a fixed column or a variable), translated as that
    /// column's answers are; nil when `name` is neither. Times are read in `zone` when they give none.
    func role(column name: String, zone: TimeZone) -> ForeignColumnRole? {
        guard let index = index(name) else { return nil }
        if [ResponseColumns.startedAt, ResponseColumns.updatedAt, ResponseColumns.completedAt].contains(name) {
            return .timestamp(index, zone: zone)
        }
        guard let questionID = variableQuestion[name], let question = questions[questionID] else {
            return .copy(index)
        }
        if name == questionID, let whole = role(wholeAnswerOf: question) { return whole }
        let part = String(name.dropFirst(questionID.count + 1))
        if part.hasSuffix(".other") { return .copy(index) }
        switch question.kind {
        case .multipleChoice(let source, _, _):
            return survey.options(source).first { $0.code == part }.map { .flag(index, option: $0) } ?? .copy(index)
        case .matrix(_, let scale): return .scale(index, scale)
        case .importance(_, let scale, let performance):
            return .scale(index, part.hasSuffix(".perf") ? performance ?? scale : scale)
        case .kano: return .scale(index, RatingScale(min: 1, max: 5))
        default: return .copy(index)
        }
    }

    /// The role of a column named `name` that holds one answer as voc names it: a question answered in one cell,
    /// a why probe (its first ladder step), a variable; a note or computed variable is not imported. Nil when the
    /// survey has nothing of that name.
    func answerRole(_ name: String) -> ForeignColumnRole? {
        if let question = questions[name], let whole = role(wholeAnswerOf: question) { return whole }
        if let probe = probes[name] { return .why(probe) }
        if answerless.contains(name) { return .ignored }
        if variableQuestion[name] != nil { return role(column: name, zone: .gmt) }
        return nil
    }

    /// The wide column of the "other" text of `question`: the option `code`'s, or with no code the question's
    /// only "other" option's.
    func otherText(of question: WhatQuestion, code: String? = nil) -> Int? {
        let others = survey.options(of: question).filter(\.other)
        let option = code.map { code in others.first { $0.code == code } } ?? (others.count == 1 ? others.first : nil)
        return option.flatMap { index("\(question.id).\($0.code).other") }
    }
}
