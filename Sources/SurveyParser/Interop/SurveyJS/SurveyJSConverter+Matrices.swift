import SurveyModel

extension SurveyJSConverter {
    /// A `matrix` as a voc matrix when its columns are whole numbers in a row (a rating scale), otherwise one
    /// single choice per row; a `matrixdropdown` as one question per row and column (a single choice over the
    /// column's or the matrix's choices, else a text question), its cell types and totals reported as lost.
    mutating func matrix(
        _ node: JSONPathNode, type: String, id: String, text: LocalizedText, when: Expression?
    ) throws(ConversionError) {
        let required = node["isRequired"]?.bool ?? false
        let rows = try choices(node, key: "rows").0
        guard !rows.isEmpty else { throw ConversionError(file: file, location: node.path, "a \(type) without rows") }
        if type == "matrix" {
            let (columns, codes) = try choices(node, key: "columns")
            if let scale = InteropScale.consecutive(columns) {
                items.append(
                    .what(
                        WhatQuestion(
                            id: id, text: text, kind: .matrix(rows: rows, scale: scale), when: when, required: required)
                    ))
                for row in rows {
                    symbols["\(node["name"]?.scalar ?? id).\(row.code)"] = InteropSymbol(
                        id: id, part: row.code, kind: .number)
                }
                return
            }
            report.add(
                node["columns"]?.path ?? node.path, "matrix \"\(id)\" with columns that are not a numeric scale",
                "converted to \(rows.count) single-choice questions, one per row")
            items.append(.note(Note(id: id, text: text, when: when)))
            for row in rows {
                let rowID = ids.itemID("\(id)_\(row.code)", location: node.path, report: &report)
                items.append(
                    .what(
                        WhatQuestion(
                            id: rowID, text: row.label, kind: .singleChoice(options: .inline(columns)), when: when,
                            required: required)))
                symbols["\(node["name"]?.scalar ?? id).\(row.code)"] = InteropSymbol(id: rowID, kind: .choice(codes))
            }
            return
        }
        let shared = try choices(node).0
        let columns = node["columns"]?.elements ?? []
        report.add(
            node.path, "matrixdropdown \"\(id)\"",
            "converted to \(rows.count * columns.count) questions, one per row and column; cell types other than "
                + "dropdown and text, and column totals, are lost")
        items.append(.note(Note(id: id, text: text, when: when)))
        for column in columns {
            guard let columnName = column["name"]?.scalar else {
                throw ConversionError(file: file, location: column.path, "a matrixdropdown column without a name")
            }
            let columnTitle = localized(column["title"]) ?? LocalizedText(columnName)
            let own = try choices(column).0
            let options = own.isEmpty ? shared : own
            for row in rows {
                let cellID = ids.itemID("\(id)_\(row.code)_\(columnName)", location: column.path, report: &report)
                let kind: WhatKind =
                    options.isEmpty ? .text(maxLength: nil, pattern: nil) : .singleChoice(options: .inline(options))
                let label = LocalizedText(
                    "\(row.label.text): \(columnTitle.text)",
                    translations: row.label.translations.merging(columnTitle.translations) { "\($0): \($1)" })
                items.append(.what(WhatQuestion(id: cellID, text: label, kind: kind, when: when, required: required)))
            }
        }
    }

    /// A text or comment question as a why probe when the source marks it as the follow-up of the question just
    /// before it (see `InteropWhyProbe`); a text question that asks why without that mark is reported.
    mutating func whyProbe(_ node: JSONPathNode, id: String, text: LocalizedText, when: Expression?) -> WhyProbe? {
        InteropWhyProbe.probe(
            id: id, text: text, when: when, required: node["isRequired"]?.bool ?? false, previous: items.last,
            at: node.path, report: &report)
    }
}
