import SurveyModel

extension ValidationContext {
    /// Type-checks every expression of the survey at its site, and reports cycles among computed variables and
    /// segments.
    mutating func checkExpressions() {
        checkCycles()
        for variable in survey.computed { _ = computedType(variable) }
        for segment in survey.segments {
            let path = (symbols[segment.id]?.path ?? "segment:" + segment.id) + "@when"
            checkCondition(segment.when, at: ExpressionSite(path: path, role: "the condition of segment '\(segment.id)'"))
        }
        var quotaCount: [String: Int] = [:]
        for quota in survey.quotas {
            quotaCount[quota.id, default: 0] += 1
            let path = SourceMap.path("quota:" + quota.id, occurrence: quotaCount[quota.id]!) + "@when"
            checkCondition(quota.when, at: ExpressionSite(path: path, role: "the condition of quota '\(quota.id)'"))
        }
        for list in survey.optionLists {
            for option in list.options {
                guard let when = option.when else { continue }
                let site = ExpressionSite(
                    path: "list:\(list.id)/option:\(option.code)@when",
                    role: "the condition of option '\(option.code)' in list '\(list.id)'")
                checkCondition(when, at: site)
            }
        }
        var position = 0
        var sectionCount: [String: Int] = [:]
        for section in survey.sections {
            sectionCount[section.id, default: 0] += 1
            if let when = section.when {
                let path = SourceMap.path("section:" + section.id, occurrence: sectionCount[section.id]!) + "@when"
                checkCondition(
                    when, at: ExpressionSite(path: path, limit: position, role: "the condition of section '\(section.id)'"))
            }
            for item in section.items {
                checkItemExpressions(item, position: position)
                position += 1
            }
        }
    }

    private mutating func checkItemExpressions(_ item: SurveyItem, position: Int) {
        let path = itemPaths[position]
        if let when = item.when {
            let role = "the condition of \(describe(item))"
            checkCondition(when, at: ExpressionSite(path: path + "@when", limit: position, selfID: item.id, role: role))
        }
        guard case .what(let question) = item else { return }
        for option in inlineOptions(question) {
            guard let when = option.when else { continue }
            let site = ExpressionSite(
                path: "\(path)/option:\(option.code)@when", limit: position, selfID: question.id,
                role: "the condition of option '\(option.code)' of question '\(question.id)'")
            checkCondition(when, at: site)
        }
        for (index, check) in question.checks.enumerated() {
            let site = ExpressionSite(
                path: "\(path)/check:\(index)@when", limit: position + 1, selfID: question.id, allowSelf: true,
                role: "check \(index + 1) of question '\(question.id)'")
            checkCondition(check.condition, at: site)
        }
    }

    /// The options written inside a question (choices, rows, needs, items).
    func inlineOptions(_ question: WhatQuestion) -> [ChoiceOption] {
        switch question.kind {
        case .singleChoice(.inline(let options)), .multipleChoice(.inline(let options), _, _),
            .ranking(.inline(let options), _), .matrix(let options, _), .importance(let options, _, _),
            .maxDiff(let options, _, _, _):
            options
        default: []
        }
    }

    /// Reports each cycle among computed variables and segments once, at the first member's expression.
    private mutating func checkCycles() {
        var graph: [String: [String]] = [:]
        var paths: [String: String] = [:]
        var order: [String] = []
        for variable in survey.computed where graph[variable.id] == nil {
            graph[variable.id] = variable.expression.references.map(\.id)
            paths[variable.id] = "computed:\(variable.id)@expr"
            order.append(variable.id)
        }
        for segment in survey.segments where graph[segment.id] == nil {
            graph[segment.id] = segment.when.references.map(\.id)
            paths[segment.id] = "segment:\(segment.id)@when"
            order.append(segment.id)
        }
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var stack: [String] = []
        func visit(_ id: String, _ context: inout ValidationContext) {
            state[id] = 1
            stack.append(id)
            for next in graph[id] ?? [] where graph[next] != nil {
                if state[next] == 1, let start = stack.firstIndex(of: next) {
                    let cycle = stack[start...].map { "{\($0)}" } + ["{\(next)}"]
                    let kind = context.symbols[next].map(\.description) ?? "'\(next)'"
                    context.error("\(kind) depends on itself: \(cycle.joined(separator: " → "))", code: "cycle",
                        at: paths[next]!)
                } else if state[next] == nil {
                    visit(next, &context)
                }
            }
            stack.removeLast()
            state[id] = 2
        }
        for id in order where state[id] == nil { visit(id, &self) }
    }
}
