import Foundation
import SurveyModel

/// Reads answers back from the wide layout (`Survey.variables` / `Survey.cells`), checking types, ranges and codes.
///
/// Built once per survey and header; `decode` then turns the cells of one row into answers. Problems name the
/// column (0-based index into the header) and never quote the cell's value.
struct WideAnswerDecoder: Sendable {
    /// A problem with one cell.
    struct Problem: Sendable, Hashable {
        var column: Int
        var message: String
    }

    /// The columns of one question: for each variable of the question, its header index (nil when absent).
    /// A class, so that the per-row loop over plans does not copy them.
    final class QuestionPlan: Sendable {
        let question: WhatQuestion
        let columns: [(name: String, index: Int?)]
        let otherColumns: [(key: String, index: Int)]
        /// The first header column of the question (where its problems are reported).
        let firstColumn: Int?
        /// The header index when the question has exactly one column and no specify texts.
        let singleColumn: Int?

        init(question: WhatQuestion, columns: [(name: String, index: Int?)], otherColumns: [(key: String, index: Int)])
        {
            self.question = question
            self.columns = columns
            self.otherColumns = otherColumns
            firstColumn = columns.compactMap(\.index).min()
            singleColumn = columns.count == 1 && otherColumns.isEmpty ? columns[0].index : nil
        }

        func index(_ name: String) -> Int? { columns.first { $0.name == name }?.index ?? nil }
    }

    let survey: Survey
    let plans: [QuestionPlan]

    init(survey: Survey, header: [String]) {
        self.survey = survey
        var positions: [String: Int] = [:]
        for (index, name) in header.enumerated() where positions[name] == nil { positions[name] = index }
        plans = survey.whatQuestions.map { question in
            let variables = survey.variables(for: question)
            let columns = variables.filter { !$0.name.hasSuffix(".other") || $0.measure != .text }
                .map { (name: $0.name, index: positions[$0.name]) }
            let others = variables.filter { $0.name.hasSuffix(".other") && $0.measure == .text }.compactMap {
                variable in
                positions[variable.name].map { (key: String(variable.name.dropLast(".other".count)), index: $0) }
            }
            return QuestionPlan(question: question, columns: columns, otherColumns: others)
        }
    }

    /// Every header column that belongs to the survey's variables.
    var variableColumns: Set<Int> {
        Set(plans.flatMap { $0.columns.compactMap(\.index) + $0.otherColumns.map(\.index) })
    }

    /// The answer of `plan`'s question in `cells` (nil when every cell is empty), or the problems found.
    func decode(_ plan: QuestionPlan, cells: [String]) -> (AnswerValue?, [String: String], [Problem]) {
        if let single = plan.singleColumn {
            // Fast path for one-column questions without specify texts (most of a typical survey).
            let text = cells[single]
            if text.isEmpty { return (nil, [:], []) }
            if text != survey.specialCodes.dontKnow && text != survey.specialCodes.refused {
                var problems: [Problem] = []
                let value = WideAnswerDecoder.value(
                    of: plan.question, plan: plan, cells: cells, survey: survey, problems: &problems)
                return (problems.isEmpty ? value : nil, [:], problems)
            }
        }
        let present = plan.columns.compactMap { column in column.index.map { ($0, cells[$0]) } }
        var others: [String: String] = [:]
        for column in plan.otherColumns where !cells[column.index].isEmpty { others[column.key] = cells[column.index] }
        let filled = present.filter { !$0.1.isEmpty }
        if filled.isEmpty { return (nil, others, []) }
        let question = plan.question
        let special = survey.specialCodes
        if filled.allSatisfy({ $0.1 == special.dontKnow }) || filled.allSatisfy({ $0.1 == special.refused }) {
            let isDontKnow = filled[0].1 == special.dontKnow
            let allowed = isDontKnow ? question.allowDontKnow : question.allowRefused
            guard allowed else {
                let what = isDontKnow ? "\"don't know\"" : "\"refused\""
                return (
                    nil, others,
                    [Problem(column: filled[0].0, message: "question '\(question.id)' does not allow \(what)")]
                )
            }
            return (isDontKnow ? .dontKnow : .refused, others, [])
        }
        var problems: [Problem] = []
        let value = WideAnswerDecoder.value(of: question, plan: plan, cells: cells, survey: survey, problems: &problems)
        return (problems.isEmpty ? value : nil, others, problems)
    }

    /// Parses an integer scale value within `range`.
    static func scaleValue(
        _ text: String, _ range: ClosedRange<Int>, column: Int, name: String, problems: inout [Problem]
    )
        -> Int?
    {
        guard let number = Int(text) else {
            problems.append(Problem(column: column, message: "'\(name)' must be a whole number"))
            return nil
        }
        guard range.contains(number) else {
            problems.append(
                Problem(column: column, message: "'\(name)' is out of range (\(range.lowerBound)–\(range.upperBound))"))
            return nil
        }
        return number
    }
}
