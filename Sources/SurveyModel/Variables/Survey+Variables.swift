extension Survey {
    /// Every what question in document order.
    public var whatQuestions: [WhatQuestion] {
        sections.flatMap(\.items).compactMap { if case .what(let question) = $0 { question } else { nil } }
    }

    /// Every why probe in document order.
    public var whyProbes: [WhyProbe] {
        sections.flatMap(\.items).compactMap { if case .why(let probe) = $0 { probe } else { nil } }
    }

    /// The what question with `id`, if any.
    public func whatQuestion(_ id: String) -> WhatQuestion? {
        whatQuestions.first { $0.id == id }
    }

    /// The wide data layout: one variable per column, in document order (see `VariableDefinition`).
    public var variables: [VariableDefinition] {
        whatQuestions.flatMap(variables(for:))
    }

    /// The columns of one what question.
    public func variables(for question: WhatQuestion) -> [VariableDefinition] {
        let id = question.id
        let title = question.text.text
        let special = question.allowDontKnow || question.allowRefused
        func make(
            _ name: String, _ label: String, _ measure: VariableMeasure, _ labels: [ValueLabel] = []
        )
            -> VariableDefinition
        {
            VariableDefinition(
                name: name, label: label, questionID: id, measure: measure, valueLabels: labels,
                personal: question.personal, allowsSpecialCodes: special)
        }
        func labels(_ options: [ChoiceOption]) -> [ValueLabel] {
            options.map { ValueLabel(code: $0.code, label: $0.label.text) }
        }
        func labels(_ scale: RatingScale) -> [ValueLabel] {
            (scale.min...scale.max).map { ValueLabel(code: String($0), label: scale.label(of: $0)?.text ?? String($0)) }
        }
        func others(_ options: [ChoiceOption]) -> [VariableDefinition] {
            options.filter(\.other).map {
                make("\(id).\($0.code).other", "\(title): \($0.label.text) (specify)", .text)
            }
        }
        switch question.kind {
        case .singleChoice(let source):
            let options = options(source)
            return [make(id, title, .nominal, labels(options))] + others(options)
        case .multipleChoice(let source, _, _):
            let options = options(source)
            let binary = [ValueLabel(code: "0", label: "not selected"), ValueLabel(code: "1", label: "selected")]
            return options.map { make("\(id).\($0.code)", "\(title): \($0.label.text)", .binary, binary) }
                + others(options)
        case .rating(let scale): return [make(id, title, .ordinal, labels(scale))]
        case .nps: return [make(id, title, .ordinal, labels(RatingScale(min: 0, max: 10)))]
        case .numeric: return [make(id, title, .scale)]
        case .text: return [make(id, title, .text)]
        case .date: return [make(id, title, .date)]
        case .ranking(let source, let top):
            let items = options(source)
            let ranks = (1...max(1, top ?? items.count)).map { ValueLabel(code: String($0), label: "rank \($0)") }
            return items.map { make("\(id).\($0.code)", "\(title): \($0.label.text)", .ordinal, ranks) }
        case .matrix(let rows, let scale):
            return rows.map { make("\(id).\($0.code)", "\(title): \($0.label.text)", .ordinal, labels(scale)) }
        case .importance(let needs, let scale, let performance):
            return needs.flatMap { need -> [VariableDefinition] in
                var columns = [make("\(id).\(need.code)", "\(title): \(need.label.text)", .ordinal, labels(scale))]
                if let performance {
                    columns.append(
                        make(
                            "\(id).\(need.code).perf", "\(title): \(need.label.text) (performance)", .ordinal,
                            labels(performance)))
                }
                return columns
            }
        case .maxDiff(let items, _, let sets, _):
            let itemLabels = labels(items)
            return (1...max(1, sets)).flatMap { set in
                [
                    make("\(id).s\(set).shown", "\(title): set \(set) items shown", .text),
                    make("\(id).s\(set).best", "\(title): set \(set) best", .nominal, itemLabels),
                    make("\(id).s\(set).worst", "\(title): set \(set) worst", .nominal, itemLabels),
                ]
            }
        case .kano(let features):
            let answers = KanoFeature.answers.enumerated().map {
                ValueLabel(code: String($0.offset + 1), label: $0.element.text)
            }
            return features.flatMap { feature in
                [
                    make("\(id).\(feature.code).f", "\(feature.label.text): if present", .ordinal, answers),
                    make("\(id).\(feature.code).d", "\(feature.label.text): if absent", .ordinal, answers),
                ]
            }
        }
    }
}
