import SurveyModel

extension SurveyBuilder {
    /// The attributes (beyond the common ones) and children (beyond text, help, check, attention-check) each
    /// question type takes. (Which types support an attention check is `SurveyValidator`'s concern.)
    private static let applicable: [String: (attributes: [String], children: [String])] = [
        "single": ([], ["options"]),
        "multiple": (["min", "max"], ["options"]),
        "rating": ([], ["scale"]),
        "nps": ([], ["low", "high"]),
        "numeric": (["min", "max", "integer", "unit"], []),
        "text": (["max-length", "pattern"], []),
        "date": (["min", "max"], []),
        "ranking": (["top"], ["options"]),
        "matrix": ([], ["rows", "scale"]),
        "importance": ([], ["needs", "scale", "performance"]),
        "maxdiff": (["per-set", "sets", "seed"], ["items"]),
        "kano": ([], ["feature"]),
    ]
    private static let commonAttributes: [String] = [
        "id", "type", "when", "required", "dont-know", "refused", "randomize", "personal",
    ]
    private static let commonChildren: [String] = ["text", "help", "check", "attention-check"]

    /// The kind of a what question of type `type`, from the node's type-specific attributes and children.
    mutating func whatKind(
        _ type: String, _ node: SourceNode, path: String, owner: @autoclosure () -> String
    )
        -> WhatKind?
    {
        guard let applicable = Self.applicable[type] else {
            let allowed = Self.applicable.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
            error(
                "'\(type)' is not a question type; use one of \(allowed)", code: "bad-value",
                at: node.attribute("type")!.valueStart)
            return nil
        }
        for attribute in node.attributes
        where !Self.commonAttributes.contains(attribute.name) && !applicable.attributes.contains(attribute.name) {
            error(
                "'\(attribute.name)' does not apply to \(Article.indefinite(type)) question", code: "not-applicable",
                at: attribute.nameOffset)
        }
        var reported = Set<String>()
        for child in node.children
        where !Self.commonChildren.contains(child.name) && !applicable.children.contains(child.name) {
            if reported.insert(child.name).inserted {
                error(
                    "\(child.name) does not apply to \(Article.indefinite(type)) question", code: "not-applicable",
                    at: child.offset)
            }
        }
        func need(_ name: String, _ description: String) -> SourceNode? {
            guard let child = node.child(name) else {
                error("\(owner()) (\(type)) needs \(description)", code: "missing-value", at: node.offset)
                return nil
            }
            return child
        }
        switch type {
        case "single":
            let source = optionSource(need("options", "options"), path: path)
            return source.map { .singleChoice(options: $0) }
        case "multiple":
            let source = optionSource(need("options", "options"), path: path)
            let min = int(node, "min", path: path)
            let max = int(node, "max", path: path)
            return source.map { .multipleChoice(options: $0, min: min, max: max) }
        case "rating":
            guard let node = need("scale", "a scale"), let scale = scale(node, path: path + "/scale") else {
                return nil
            }
            return .rating(scale: scale)
        case "nps":
            let low = localized(node, child: "low", ownerName: owner(), required: false)
            let high = localized(node, child: "high", ownerName: owner(), required: false)
            let defaults = NPSLabels()
            return .nps(labels: NPSLabels(low: low ?? defaults.low, high: high ?? defaults.high))
        case "numeric":
            return .numeric(
                integer: bool(node, "integer", path: path, default: false), min: double(node, "min", path: path),
                max: double(node, "max", path: path), unit: string(node, "unit", path: path))
        case "text":
            return .text(maxLength: int(node, "max-length", path: path), pattern: string(node, "pattern", path: path))
        case "date":
            return .date(min: string(node, "min", path: path), max: string(node, "max", path: path))
        case "ranking":
            let source = optionSource(need("options", "options"), path: path)
            let top = int(node, "top", path: path)
            return source.map { .ranking(items: $0, top: top) }
        case "matrix":
            let rowsNode = need("rows", "rows")
            let rows = rowsNode == nil ? nil : inlineOptions(rowsNode!, path: path)
            let scaleNode = need("scale", "a scale")
            let scale = scaleNode == nil ? nil : self.scale(scaleNode!, path: path + "/scale")
            guard let rows, let scale else { return nil }
            return .matrix(rows: rows, scale: scale)
        case "importance":
            let needsNode = need("needs", "needs")
            let needs = needsNode == nil ? nil : inlineOptions(needsNode!, path: path)
            let scaleNode = need("scale", "an importance scale")
            let scale = scaleNode == nil ? nil : self.scale(scaleNode!, path: path + "/scale")
            let performanceNode = node.child("performance")
            let performance = performanceNode == nil ? nil : self.scale(performanceNode!, path: path + "/performance")
            guard let needs, let scale else { return nil }
            return .importance(needs: needs, scale: scale, performance: performance)
        case "maxdiff":
            let itemsNode = need("items", "items")
            let items = itemsNode == nil ? nil : inlineOptions(itemsNode!, path: path)
            let perSet = int(node, "per-set", path: path, required: true)
            let sets = int(node, "sets", path: path, required: true)
            var seed: UInt64 = 1
            if let text = string(node, "seed", path: path) {
                if let value = UInt64(text) {
                    seed = value
                } else {
                    error(
                        "'seed' must be a whole number from 0 to \(UInt64.max)", code: "bad-value",
                        at: node.attribute("seed")!.valueStart)
                }
            }
            guard let items, let perSet, let sets else { return nil }
            return .maxDiff(items: items, perSet: perSet, sets: sets, seed: seed)
        case "kano":
            let features = node.children("feature").compactMap { kanoFeature($0, path: path) }
            if node.children("feature").isEmpty {
                error("\(owner()) (kano) needs at least one feature", code: "missing-value", at: node.offset)
                return nil
            }
            return .kano(features: features)
        default:
            return nil
        }
    }

    private mutating func optionSource(_ node: SourceNode?, path: String) -> OptionSource? {
        guard let node else { return nil }
        if let list = string(node, "list", path: path + "/options") {
            if node.children.contains(where: { $0.name == "option" }) {
                error(
                    "options take either list=\"…\" or inline options, not both", code: "bad-value",
                    at: node.children("option")[0].offset)
            }
            return .list(list)
        }
        if !node.children.contains(where: { $0.name == "option" }) {
            error("options are empty; add options or name a shared list", code: "missing-value", at: node.offset)
            return nil
        }
        return .inline(inlineOptions(node, path: path))
    }

    private mutating func inlineOptions(_ node: SourceNode, path: String) -> [ChoiceOption] {
        var options: [ChoiceOption] = []
        for child in node.children where child.name == "option" {
            if let option = option(child, parent: path) { options.append(option) }
        }
        if !node.children.contains(where: { $0.name == "option" }) {
            error("\(node.name) has no options", code: "missing-value", at: node.offset)
        }
        return options
    }

    private mutating func kanoFeature(_ node: SourceNode, path: String) -> KanoFeature? {
        guard let code = node.attribute("code") else {
            error("missing 'code' on feature", code: "missing-value", at: node.offset)
            return nil
        }
        let owner = "feature '\(code.value)'"
        let label = localized(node, child: "label", ownerName: owner, required: true)
        let functional = localized(node, child: "functional", ownerName: owner, required: true)
        let dysfunctional = localized(node, child: "dysfunctional", ownerName: owner, required: true)
        guard let label, let functional, let dysfunctional else { return nil }
        return KanoFeature(code: code.value, label: label, functional: functional, dysfunctional: dysfunctional)
    }
}
