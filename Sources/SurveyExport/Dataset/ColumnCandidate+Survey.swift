import SurveyModel
import SurveyAnalysis
import SurveyStore

extension ColumnCandidate {
    /// Every column of `dataset` in export order (see `ExportLayout`).
    static func all(for dataset: ExportDataset) -> [ColumnCandidate] {
        let survey = dataset.survey
        var result = fixedColumns
        for attribute in survey.attributes {
            result.append(attributeColumn(attribute))
        }
        for variable in survey.variables {
            result.append(variableColumn(variable, specialCodes: survey.specialCodes))
        }
        if dataset.options.includeWhy {
            result += whyColumns(survey: survey, responses: dataset.responses)
        }
        if let weight = dataset.weight {
            result.append(
                ColumnCandidate(
                    sourceName: weight.columnName, label: "Weight (\(weight.name))", source: .weight,
                    kind: .number, measure: .scale, decimals: 4))
            let count = weight.replicateCount
            for r in 0..<count {
                result.append(
                    ColumnCandidate(
                        sourceName: "\(weight.columnName)_r\(r + 1)",
                        label: "Replicate weight \(r + 1) of \(count) (\(weight.name))", source: .replicateWeight(r),
                        kind: .number, measure: .scale, decimals: 4))
            }
        }
        return dataset.options.includePersonal ? result : result.filter { !$0.personal }
    }

    /// The columns of `ResponseColumns.fixed`, the fixed columns of the CSV export, with the same names, so that a
    /// `.sav` file carries everything `voc import` needs to restore the responses.
    static let fixedColumns: [ColumnCandidate] = ResponseColumns.fixed.map { name in
        let source: ExportColumn.Source = name == ResponseColumns.responseID ? .responseID : .fixed(name)
        return ColumnCandidate(
            sourceName: name, label: fixedLabels[name] ?? name, source: source, kind: .text, measure: .nominal)
    }

    /// The variable labels of the fixed columns.
    static let fixedLabels: [String: String] = [
        ResponseColumns.responseID: "Response ID", ResponseColumns.respondentID: "Respondent ID",
        ResponseColumns.status: "Response status", ResponseColumns.disposition: "AAPOR disposition code",
        ResponseColumns.surveyVersion: "Survey version", ResponseColumns.startedAt: "Interview start (UTC)",
        ResponseColumns.updatedAt: "Last change (UTC)", ResponseColumns.completedAt: "Interview completion (UTC)",
        ResponseColumns.interviewer: "Interviewer", ResponseColumns.mode: "Mode of collection",
    ]

    static func attributeColumn(_ attribute: AttributeDefinition) -> ColumnCandidate {
        let label = attribute.label?.text ?? attribute.id
        var column = ColumnCandidate(
            sourceName: attribute.id, label: label, source: .attribute(attribute.id),
            kind: .text, measure: .nominal, personal: attribute.personal)
        switch attribute.type {
        case .number:
            column.kind = .number
            column.measure = .scale
        case .bool:
            column.kind = .codes
            column.measure = .binary
            column.valueLabels = [ValueLabel(code: "0", label: "no"), ValueLabel(code: "1", label: "yes")]
        case .date: column.measure = .date
        case .text: break
        }
        return column
    }

    static func variableColumn(_ variable: VariableDefinition, specialCodes: SpecialCodes) -> ColumnCandidate {
        let kind: Kind
        switch variable.measure {
        case .nominal, .ordinal, .binary: kind = .codes
        case .scale: kind = .number
        case .text, .date: kind = .text
        }
        var labels = variable.valueLabels
        var missing: [String] = []
        if variable.allowsSpecialCodes {
            missing = [specialCodes.dontKnow, specialCodes.refused]
            if kind != .text {
                for (code, text) in [(specialCodes.dontKnow, "Don't know"), (specialCodes.refused, "Refused")]
                where !labels.contains(where: { $0.code == code }) {
                    labels.append(ValueLabel(code: code, label: text))
                }
            }
        }
        return ColumnCandidate(
            sourceName: variable.name, label: variable.label, source: .variable(variable.name), kind: kind,
            measure: variable.measure, valueLabels: labels, missingCodes: missing, personal: variable.personal,
            questionID: variable.questionID)
    }

    /// One text column per probe, option (for per-option probes) and ladder level, from the definition, then any
    /// further (probe, option, level) found in the data, in order of first appearance.
    static func whyColumns(survey: Survey, responses: [Response]) -> [ColumnCandidate] {
        var keys: [WhyKey] = []
        var seen: Set<WhyKey> = []
        func add(_ key: WhyKey) { if seen.insert(key).inserted { keys.append(key) } }
        for probe in survey.whyProbes {
            let options = probe.target == .eachSelected ? probedOptions(probe, in: survey) : []
            for depth in 1...max(1, probe.ladderDepth) {
                if options.isEmpty {
                    add(WhyKey(probe: probe.id, option: nil, depth: depth))
                } else {
                    for option in options { add(WhyKey(probe: probe.id, option: option.code, depth: depth)) }
                }
            }
        }
        for response in responses {
            for step in response.ladder { add(WhyKey(probe: step.probeID, option: step.optionCode, depth: step.depth)) }
        }
        let probes = Dictionary(survey.whyProbes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return keys.map { key in
            let probe = probes[key.probe]
            let about = probe.map { probedOptions($0, in: survey) } ?? []
            let optionLabel = key.option.map { code in about.first { $0.code == code }?.label.text ?? code }
            var label = "Why: " + (probe?.text.text ?? key.probe)
            label += optionLabel.map { " [\($0)]" } ?? ""
            label += " (level \(key.depth))"
            let name = [key.probe, key.option, "d\(key.depth)"].compactMap { $0 }.joined(separator: ".")
            return ColumnCandidate(
                sourceName: name, label: label, source: .why(probe: key.probe, option: key.option, depth: key.depth),
                kind: .text, measure: .text)
        }
    }

    /// The options a per-option probe can be asked about: the probed question's options, items or needs.
    static func probedOptions(_ probe: WhyProbe, in survey: Survey) -> [ChoiceOption] {
        guard let question = survey.whatQuestion(probe.about) else { return [] }
        if case .kano = question.kind { return [] }
        return survey.options(of: question)
    }
}

/// Identifies a why column: probe, option and ladder level.
struct WhyKey: Hashable {
    var probe: String
    var option: String?
    var depth: Int
}
