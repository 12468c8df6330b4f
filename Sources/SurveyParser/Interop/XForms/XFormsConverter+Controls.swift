import SurveyModel

extension XFormsConverter {
    /// Converts one control into a question, why probe or note; nil when it is dropped. A control without a
    /// `ref` is an error at its line.
    mutating func control(_ node: XMLTreeNode, base: String) throws(ConversionError) -> SurveyItem? {
        let location = "\(node.line)"
        guard let path = Self.path(of: node, base: base) else {
            throw ConversionError(file: file, location: location, "a <\(node.name)> without a ref")
        }
        convertCalculations(before: path)
        let name = Self.lastStep(path)
        let id = ids.itemID(name, location: location, report: &report)
        let label = try model.text(node.child("label")) ?? LocalizedText(name)
        if let element = node.child("label"), try model.text(element) == nil {
            report.add(
                "\(element.line)", "label of \"\(name)\" without text (empty, or media only)", "the name is the text")
        }
        reportPiping(node)
        let when = relevant(of: path, dropped: "the question is always asked")
        let bind = model.binds[path]
        if node.name == "trigger" || (node.name == "input" && bind?.attributes["readonly"] == "true()") {
            if node.name == "trigger" { report.add(location, "trigger \"\(name)\"", "kept as a note") }
            let note = SurveyItem.note(Note(id: id, text: label, when: when))
            lastItem = note
            return note
        }
        let (kind, symbolKind) = try whatKind(node, type: Self.localName(bind?.attributes["type"]), name: name)
        let required = required(bind)
        if case .text = kind,
            let probe = InteropWhyProbe.probe(
                id: id, text: label, when: when, required: required, previous: lastItem, at: location, report: &report)
        {
            lastItem = .why(probe)
            return .why(probe)
        }
        let symbol = InteropSymbol(id: id, kind: symbolKind)
        var checks: [Check] = []
        if let bind, let constraint = bind.attributes["constraint"],
            let condition = translate(
                constraint, attribute: "constraint", bind: bind, path: path, dropped: "the answer is not checked",
                current: symbol)
        {
            var message = LocalizedText("The answer does not meet the condition \(constraint).")
            if let text = bind.attributes["constraintMsg"], let given = try self.message(text, line: bind.line) {
                message = given
            }
            checks.append(Check(condition: condition, message: message))
        }
        if let appearance = node.attributes["appearance"] {
            report.add(location, "appearance \"\(appearance)\"", "dropped (voc has no display hints)")
        }
        let question = WhatQuestion(
            id: id, text: label, help: try model.text(node.child("hint")), kind: kind, when: when, required: required,
            checks: checks)
        symbols[path] = symbol
        lastItem = .what(question)
        return .what(question)
    }

    /// The voc kind of a control and how expressions see its answer.
    private mutating func whatKind(
        _ node: XMLTreeNode, type: String?, name: String
    ) throws(ConversionError) -> (WhatKind, InteropSymbol.Kind) {
        let location = "\(node.line)"
        switch node.name {
        case "select1", "select", "rank":
            let (source, codes) = try options(node, name: name)
            switch node.name {
            case "select1": return (.singleChoice(options: source), .choice(codes))
            case "select": return (.multipleChoice(options: source, min: nil, max: nil), .choices(codes))
            default: return (.ranking(items: source, top: nil), .choices(codes))
            }
        case "range":
            func bound(_ key: String, _ fallback: Int) -> Int {
                node.attributes[key].flatMap(Double.init).map { Int($0) } ?? fallback
            }
            let kind = InteropScale.range(
                start: bound("start", 0), end: bound("end", 10), step: bound("step", 1), at: location,
                report: &report)
            return (kind, .number)
        case "input":
            switch type ?? "string" {
            case "string": return (.text(maxLength: nil, pattern: nil), .other)
            case "int", "integer": return (.numeric(integer: true, min: nil, max: nil, unit: nil), .number)
            case "decimal": return (.numeric(integer: false, min: nil, max: nil, unit: nil), .number)
            case "date": return (.date(min: nil, max: nil), .other)
            default:
                report.add(
                    location, "input of type \"\(type ?? "")\" (\"\(name)\")",
                    "not a voc question type; kept as a text question")
                return (.text(maxLength: nil, pattern: nil), .other)
            }
        default:
            report.add(
                location, "control <\(node.name)> (\"\(name)\")", "not a voc question type; kept as a text question")
            return (.text(maxLength: nil, pattern: nil), .other)
        }
    }

    /// `type` without its namespace prefix (`xsd:int` → `int`).
    private static func localName(_ type: String?) -> String? {
        guard let type else { return nil }
        return type.split(separator: ":").last.map(String.init)
    }

    /// Whether the bind's `required` says yes; a conditional `required` is reported and read as optional, and a
    /// `jr:requiredMsg` reported as dropped.
    private mutating func required(_ bind: XMLTreeNode?) -> Bool {
        guard let bind else { return false }
        if let message = bind.attributes["requiredMsg"] {
            report.add("\(bind.line)", "jr:requiredMsg \"\(message)\"", "dropped")
        }
        guard let value = bind.attributes["required"]?.trimmingSpaces else { return false }
        switch value {
        case "true()": return true
        case "false()": return false
        default:
            report.add(
                "\(bind.line)", "required \"\(value)\"",
                "a conditional requirement is not supported; the question is optional")
            return false
        }
    }

    /// A constraint message: an itext reference (an unknown id is an error at `line`) in every language, or plain
    /// text.
    private func message(_ text: String, line: Int) throws(ConversionError) -> LocalizedText? {
        guard let id = XFormsModel.itextID(text) else { return LocalizedText(text) }
        return try model.itext(id, line: line)
    }

    /// Reports `<output>` piping in a label or hint, which the conversion leaves out of the text.
    private mutating func reportPiping(_ node: XMLTreeNode) {
        for text in node.children where text.name == "label" || text.name == "hint" {
            for output in text.children("output") {
                report.add(
                    "\(output.line)", "<output value=\"\(output.attributes["value"] ?? "")\"> in a \(text.name)",
                    "dropped from the text")
            }
        }
    }

    /// The translated `relevant` of the bind at `path`, or nil (with a report item when it is not translated).
    mutating func relevant(of path: String, dropped: String) -> Expression? {
        guard let bind = model.binds[path], let relevant = bind.attributes["relevant"] else { return nil }
        return translate(relevant, attribute: "relevant", bind: bind, path: path, dropped: dropped)
    }

    /// The voc translation of the XPath `text` of a bind at `path`, or nil with a report item saying what was
    /// `dropped`.
    mutating func translate(
        _ text: String, attribute: String, bind: XMLTreeNode, path: String, dropped: String,
        current: InteropSymbol? = nil
    ) -> Expression? {
        InteropExpressionParser.translated(
            text, dialect: .xlsForm, symbols: symbols, current: current, base: path, at: "\(bind.line)",
            construct: "\(attribute) \"\(text)\"", dropped: dropped, report: &report)
    }

    /// Converts the calculate binds that come before `path` in the model (all of them for nil) into computed
    /// variables, or reports them as dropped when their expression is not translated.
    mutating func convertCalculations(before path: String?) {
        let limit = path.flatMap { model.bindOrder.firstIndex(of: $0) } ?? model.bindOrder.count
        while let next = pendingCalculations.first, (model.bindOrder.firstIndex(of: next) ?? 0) < limit {
            pendingCalculations.removeFirst()
            guard let bind = model.binds[next], let calculation = bind.attributes["calculate"] else { continue }
            let name = Self.lastStep(next)
            guard
                let expression = translate(
                    calculation, attribute: "calculate", bind: bind, path: next,
                    dropped: "the calculate \"\(name)\" is dropped")
            else { continue }
            let id = ids.itemID(name, location: "\(bind.line)", report: &report)
            computed.append(ComputedVariable(id: id, expression: expression))
            symbols[next] = InteropSymbol(id: id, kind: .other)
        }
    }
}
