import Foundation
import SurveyModel

extension TripleSExport {
    /// The Triple-S variables for `layout`, with consecutive positions (see the type's mapping rules).
    static func variables(layout: ExportLayout, survey: Survey) -> [TripleSVariable] {
        var result: [TripleSVariable] = []
        var start = 1
        var index = 0
        let columns = layout.columns
        func append(_ variable: TripleSVariable) {
            var variable = variable
            variable.ident = String(result.count + 1)
            variable.start = start
            variable.width = max(1, variable.width)
            start += variable.width
            result.append(variable)
        }
        while index < columns.count {
            let column = columns[index]
            if column.measure == .binary, let question = column.questionID, case .variable = column.source,
                let whatQuestion = survey.whatQuestion(question), case .multipleChoice = whatQuestion.kind
            {
                var group = [index]
                while group.count + index < columns.count, columns[index + group.count].questionID == question,
                    columns[index + group.count].measure == .binary
                {
                    group.append(index + group.count)
                }
                append(multiple(group.map { columns[$0] }, indices: group, question: whatQuestion))
                index += group.count
                continue
            }
            let values = layout.rows.map { $0[index] }
            append(single(column, index: index, values: values))
            index += 1
        }
        return result
    }

    private static func multiple(
        _ columns: [ExportColumn], indices: [Int], question: WhatQuestion
    )
        -> TripleSVariable
    {
        let prefix = question.text.text + ": "
        let labels = columns.enumerated().map { offset, column in
            (
                code: String(offset + 1),
                label: column.label.hasPrefix(prefix) ? String(column.label.dropFirst(prefix.count)) : column.label
            )
        }
        return TripleSVariable(
            ident: "", kind: .multiple, name: ExportName.valid(question.id), label: question.text.text, start: 0,
            width: columns.count, values: labels, range: nil, encoding: .bits(columns: indices))
    }

    private static func single(_ column: ExportColumn, index: Int, values: [ExportValue?]) -> TripleSVariable {
        var variable = TripleSVariable(
            ident: "", kind: .character, name: column.name, label: column.label, start: 0, width: 1, values: [],
            range: nil, encoding: .text(column: index))
        switch column.source {
        case .responseID: variable.use = "serial"
        case .weight: variable.use = "weight"
        default: break
        }
        let numbers = values.compactMap { value -> Double? in if case .number(let n) = value { n } else { nil } }
        let texts = values.compactMap { value -> String? in if case .text(let t) = value { t } else { nil } }
        switch column.storage {
        case .numeric(let decimals):
            let labelled = column.valueLabels.compactMap { label in Double(label.code).map { ($0, label.label) } }
            let isBinary = column.measure == .binary && Set(labelled.map(\.0)).isSubset(of: [0, 1])
            if isBinary && column.valueLabels.count == 2 {
                variable.kind = .logical
                variable.width = 1
                variable.encoding = .logical(column: index)
                return variable
            }
            let codes = labelled.map(\.0) + numbers
            let formatted = codes.map { TripleSVariable.format($0, decimals: decimals) }
            variable.width = formatted.map(\.count).max() ?? 1
            variable.encoding = .number(column: index, decimals: decimals, recode: nil)
            if let low = codes.min(), let high = codes.max() {
                variable.range = (
                    TripleSVariable.format(low, decimals: decimals),
                    TripleSVariable.format(high, decimals: decimals)
                )
            }
            if labelled.isEmpty || column.measure == .scale {
                variable.kind = .quantity
            } else {
                variable.kind = .single
                variable.values = labelled.map { (TripleSVariable.format($0.0, decimals: decimals), $0.1) }
            }
        case .string:
            if column.measure == .date {
                variable.kind = .date
                variable.width = 8
                variable.encoding = .date(column: index)
                let dates = texts.compactMap(TripleSVariable.compactDate)
                if let low = dates.min(), let high = dates.max() { variable.range = (low, high) }
            } else if !column.valueLabels.isEmpty {
                var recode: [String: String] = [:]
                var labels: [(code: String, label: String)] = []
                for label in column.valueLabels where recode[label.code] == nil {
                    recode[label.code] = String(recode.count + 1)
                    labels.append((String(recode.count), label.label))
                }
                for text in texts where recode[text] == nil {
                    recode[text] = String(recode.count + 1)
                    labels.append((String(recode.count), text))
                }
                variable.kind = .single
                variable.values = labels
                variable.range = ("1", String(max(1, labels.count)))
                variable.width = String(max(1, labels.count)).count
                variable.encoding = .number(column: index, decimals: 0, recode: recode)
            } else {
                variable.width = texts.map { TripleSVariable.singleLine($0).unicodeScalars.count }.max() ?? 1
            }
        }
        return variable
    }
}
