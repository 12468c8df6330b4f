import SurveyModel

extension ValidationContext {
    /// Checks that `expression` at `site` is true/false (for conditions) and reports every problem in it.
    mutating func checkCondition(_ expression: Expression, at site: ExpressionSite) {
        let type = typeOf(expression.root, at: site)
        if type.isKnown, type != .bool, type != .null {
            error(
                "\(site.role) must be true or false, but it is \(type.description)", code: "type-mismatch",
                at: site.path, offset: expression.root.range.lowerBound)
        }
    }

    /// The type of a reference, reporting unknown names, self- and forward references and invalid parts.
    mutating func typeOf(_ reference: Reference, offset: Int, at site: ExpressionSite) -> ExpressionType {
        guard let symbol = symbols[reference.id] else {
            if let kind = survey.sections.lazy.flatMap(\.items).first(where: { $0.id == reference.id }) {
                error(
                    "\(reference) is \(describe(kind)); expressions can use what questions, computed variables, "
                        + "segments and attributes", code: "unknown-reference", at: site.path, offset: offset)
            } else {
                let names = Array(symbols.keys)
                let hint = Suggestion.closest(to: reference.id, in: names).map { " (did you mean {\($0)}?)" } ?? ""
                error("unknown variable \(reference)\(hint)", code: "unknown-reference", at: site.path, offset: offset)
            }
            return .unknown
        }
        switch symbol.kind {
        case .question(let question):
            if let order = symbol.order, let limit = site.limit {
                if question.id == site.selfID, !site.allowSelf {
                    error(
                        "\(site.role) refers to the question itself", code: "self-reference", at: site.path,
                        offset: offset)
                    return .unknown
                } else if order >= limit, !(site.allowSelf && question.id == site.selfID) {
                    error(
                        "\(site.role) refers to \(reference), which is asked later", code: "forward-reference",
                        at: site.path, offset: offset)
                    return .unknown
                }
            }
            return typeOf(question, part: reference.part, offset: offset, at: site)
        case .computed(let variable):
            if reference.part != nil { return badPart(reference, "computed variable", offset: offset, at: site) }
            return computedType(variable)
        case .segment:
            if reference.part != nil { return badPart(reference, "segment", offset: offset, at: site) }
            return .bool
        case .attribute(let attribute):
            if reference.part != nil { return badPart(reference, "attribute", offset: offset, at: site) }
            switch attribute.type {
            case .number: return .number
            case .text, .date: return .text
            case .bool: return .bool
            }
        }
    }

    private mutating func badPart(
        _ reference: Reference, _ what: String, offset: Int, at site: ExpressionSite
    )
        -> ExpressionType
    {
        error(
            "\(reference): \(what) '\(reference.id)' has no parts; write {\(reference.id)}", code: "unknown-reference",
            at: site.path, offset: offset)
        return .unknown
    }

    private mutating func typeOf(
        _ question: WhatQuestion, part: String?, offset: Int, at site: ExpressionSite
    )
        -> ExpressionType
    {
        let owner = "{\(question.id)}"
        func codes(_ options: [ChoiceOption]) -> Set<String> { Set(options.map(\.code)) }
        func partOf(_ options: [ChoiceOption], _ noun: String, suffixes: [String] = [""]) -> ExpressionType? {
            guard let part else {
                error(
                    "{\(question.id)} is a \(question.kind.keyword) question: refer to one \(noun), e.g. "
                        + "{\(question.id).\(options.first?.code ?? "code")\(suffixes.first ?? "")}",
                    code: "type-mismatch", at: site.path, offset: offset)
                return .unknown
            }
            let valid = options.contains { option in suffixes.contains { option.code + $0 == part } }
            guard valid else {
                error(
                    "\(question.kind.keyword) question '\(question.id)' has no \(noun) '\(part)'",
                    code: "unknown-reference", at: site.path, offset: offset)
                return .unknown
            }
            return nil
        }
        switch question.kind {
        case .singleChoice(let source):
            if part != nil { break }
            return .code(codes(options(source)), owner: owner)
        case .multipleChoice(let source, _, _):
            guard let part else { return .codes(codes(options(source)), owner: owner) }
            return partOf(options(source), "option") ?? (part.isEmpty ? .unknown : .number)
        case .ranking(let source, _):
            guard part != nil else { return .codes(codes(options(source)), owner: owner) }
            return partOf(options(source), "item") ?? .number
        case .rating, .nps, .numeric:
            if part != nil { break }
            return .number
        case .text, .date:
            if part != nil { break }
            return .text
        case .matrix(let rows, _):
            return partOf(rows, "row") ?? .number
        case .importance(let needs, _, let performance):
            return partOf(needs, "need", suffixes: performance == nil ? [""] : ["", ".perf"]) ?? .number
        case .kano(let features):
            let options = features.map { ChoiceOption(code: $0.code, label: $0.label) }
            return partOf(options, "feature answer", suffixes: [".f", ".d"]) ?? .number
        case .maxDiff(let items, _, let sets, _):
            guard let part else {
                error(
                    "{\(question.id)} is a maxdiff question: refer to one set, e.g. {\(question.id).s1.best}",
                    code: "type-mismatch", at: site.path, offset: offset)
                return .unknown
            }
            let pieces = part.split(separator: ".")
            if pieces.count == 2, pieces[0].first == "s", let set = Int(pieces[0].dropFirst()),
                (1...max(1, sets)).contains(set),
                ["best", "worst", "shown"].contains(pieces[1])
            {
                return pieces[1] == "shown" ? .text : .code(codes(items), owner: "{\(question.id).\(part)}")
            }
            error(
                "maxdiff question '\(question.id)' has no part '\(part)'; use sN.best, sN.worst or sN.shown",
                code: "unknown-reference", at: site.path, offset: offset)
            return .unknown
        }
        error(
            "{\(question.id).\(part ?? "")}: \(question.kind.keyword) question '\(question.id)' has no parts; "
                + "write {\(question.id)}", code: "unknown-reference", at: site.path, offset: offset)
        return .unknown
    }

    /// The type of a computed variable's expression, inferred once (errors are reported at its declaration).
    mutating func computedType(_ variable: ComputedVariable) -> ExpressionType {
        if let type = computedTypes[variable.id] { return type }
        computedTypes[variable.id] = .unknown  // guards against cycles (reported separately)
        let site = ExpressionSite(
            path: symbols[variable.id].map { $0.path + "@expr" } ?? "computed:\(variable.id)@expr",
            role: "computed variable '\(variable.id)'")
        let type = typeOf(variable.expression.root, at: site)
        computedTypes[variable.id] = type
        return type
    }
}
