import SurveyModel

extension XLSFormBuilder {
    /// A matrix as a `table-list` group named by the question's id, labelled by its text, holding one
    /// `select_one` of the scale's list per row (named by `XLSFormNames`): the layout XLSForm tools show as a grid
    /// and `voc convert` reads back as a matrix.
    mutating func grid(_ question: WhatQuestion, rows: [ChoiceOption], scale: RatingScale) {
        let path = "item:\(question.id)"
        guard case .rows(let rowNames)? = names[question.id] else { return }
        tableList(question, name: question.id, label: question.text, rows: rows, names: rowNames, scale: scale)
        reportGridParts(question, rows: rows)
        if question.randomize {
            add(path, "random row order of \"\(question.id)\"", "dropped; the rows keep their order")
        }
    }

    /// An importance battery as the grid of its needs on the importance scale and, with a performance scale,
    /// a second grid `ID_performance` (rows `CODE_performance`); reported, since it reads back as matrices.
    mutating func importance(
        _ question: WhatQuestion, needs: [ChoiceOption], scale: RatingScale, performance: RatingScale?
    ) {
        let path = "item:\(question.id)"
        guard case .rows(let importanceNames)? = names[question.id] else { return }
        tableList(question, name: question.id, label: question.text, rows: needs, names: importanceNames, scale: scale)
        reportGridParts(question, rows: needs)
        guard let performance else {
            add(path, "importance battery \"\(question.id)\"", "written as the table-list grid \"\(question.id)\"")
            return
        }
        let groupName = names.claim(question.id + "_performance", fallback: question.id + "_performance")
        let performanceNames = rowNames(needs, of: question.id, suffix: "_performance")
        var label = question.text
        label.text += " (performance)"
        tableList(question, name: groupName, label: label, rows: needs, names: performanceNames, scale: performance)
        add(
            path, "importance battery \"\(question.id)\" with performance",
            "written as two table-list grids, \"\(question.id)\" (importance) and \"\(groupName)\" (performance, "
                + "rows named CODE_performance)")
    }

    /// A Kano question as a note (its id and text) followed, for each feature, by a functional and a
    /// dysfunctional `select_one` of the five Kano answers: XLSForm has no Kano pairs, and the Kano category is
    /// computed only in voc.
    mutating func kano(_ question: WhatQuestion, features: [KanoFeature]) {
        let path = "item:\(question.id)"
        var intro = questionRow(question, type: "note")
        intro["required"] = nil
        surveyRows.append(intro)
        let list = kanoList()
        var pairNames: [String] = []
        for feature in features {
            for (side, text) in [("functional", feature.functional), ("dysfunctional", feature.dysfunctional)] {
                let preferred = "\(question.id)_\(feature.code)_\(side)"
                let name = names.claim(preferred, fallback: preferred)
                pairNames.append(name)
                var row: Row = ["type": "select_one \(list)", "name": name]
                row["relevant"] = intro["relevant"]
                if question.required { row["required"] = "yes" }
                row.merge(
                    cells("label", piped(text, at: "\(path)/option:\(feature.code)/\(side)")), uniquingKeysWith: { $1 })
                surveyRows.append(row)
            }
        }
        add(
            path, "Kano question \"\(question.id)\" (\(features.count) feature\(features.count == 1 ? "" : "s"))",
            "XLSForm has no Kano pairs: written as the note \"\(question.id)\" and a single choice of the five Kano "
                + "answers per side (\(pairNames.joined(separator: ", "))); the categories are computed in voc only")
        reportAnswerOptions(question)
    }

    /// A MaxDiff question as a `rank` of its items: XLSForm cannot show the sets of a best-worst design, and a
    /// full ranking still orders the items.
    mutating func maxDiff(_ question: WhatQuestion, items: [ChoiceOption], perSet: Int, sets: Int, seed: UInt64) {
        surveyRows.append(questionRow(question, type: "rank \(choiceList(.inline(items), of: question))"))
        add(
            "item:\(question.id)", "MaxDiff design of \"\(question.id)\" (\(sets) sets of \(perSet), seed \(seed))",
            "XLSForm has no best-worst sets: written as a rank question over its \(items.count) items")
        reportAnswerOptions(question)
    }

    /// A `table-list` group `name` of one `select_one` per row on `scale`, with the question's condition; every
    /// row required when the question is.
    private mutating func tableList(
        _ question: WhatQuestion, name: String, label: LocalizedText, rows: [ChoiceOption],
        names rowNames: [String: String],
        scale: RatingScale
    ) {
        let path = "item:\(question.id)"
        var group = questionRow(question, type: "begin_group")
        group["name"] = name
        group["required"] = nil
        group.merge(cells("label", piped(label, at: path + "/text")), uniquingKeysWith: { $1 })
        group["appearance"] = "table-list"
        surveyRows.append(group)
        let list = scaleList(scale)
        for row in rows {
            var cells: Row = ["type": "select_one \(list)", "name": rowNames[row.code] ?? row.code]
            cells.merge(
                self.cells("label", piped(row.label, at: "\(path)/option:\(row.code)/label")), uniquingKeysWith: { $1 })
            if question.required { cells["required"] = "yes" }
            surveyRows.append(cells)
        }
        surveyRows.append(["type": "end_group"])
    }

    /// Report items for a grid's row names, row conditions, checks and special answers.
    private mutating func reportGridParts(_ question: WhatQuestion, rows: [ChoiceOption]) {
        let path = "item:\(question.id)"
        guard case .rows(let rowNames)? = names[question.id] else { return }
        for row in rows {
            if let name = rowNames[row.code], name != row.code {
                add(
                    "\(path)/option:\(row.code)", "row \"\(row.code)\" of \"\(question.id)\"",
                    "its question is named \"\(name)\" (XLSForm names are unique and start with a letter or _)")
            }
            if let when = row.when {
                add(
                    "\(path)/option:\(row.code)@when", "condition \"\(when.source)\" of row \"\(row.code)\"",
                    "dropped; the row is always shown")
            }
        }
        for index in question.checks.indices {
            add(
                "\(path)/check:\(index)", "check of the grid \"\(question.id)\"",
                "dropped (XLSForm checks one row at a time)")
        }
        reportAnswerOptions(question)
    }
}
