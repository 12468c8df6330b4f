import SurveyModel

extension XLSFormBuilder {
    /// The choices-sheet list of a question's options: a shared list under its own id (written once), inline
    /// options as a list named after the question. Option conditions are reported: XLSForm's `choice_filter` is
    /// one expression over the choices' columns, not a condition per option.
    mutating func choiceList(_ source: OptionSource, of question: WhatQuestion) -> String {
        switch source {
        case .list(let id):
            if let written = writtenLists[id] { return written }
            let name = InteropIdentifiers.unique(id, among: &listNames)
            writeOptions(survey.options(source), list: name, path: { "list:\(id)/option:\($0)" })
            writtenLists[id] = name
            return name
        case .inline(let options):
            let name = InteropIdentifiers.unique(question.id, among: &listNames)
            writeOptions(options, list: name, path: { "item:\(question.id)/option:\($0)" })
            return name
        }
    }

    private mutating func writeOptions(_ options: [ChoiceOption], list: String, path: (String) -> String) {
        for option in options {
            if let when = option.when {
                add(
                    path(option.code) + "@when", "condition \"\(when.source)\" of option \"\(option.code)\"",
                    "dropped; the option is always offered")
            }
            choiceRows.append(choiceRow(list: list, code: option.code, label: option.label, at: path(option.code)))
        }
    }

    /// After a choice question, a `text` question asking for the "specify" text of each of its options that asks
    /// for one, shown when that option is chosen: the form pyxform gives `or_other`, for any code and with the
    /// option's label in every language. The first is named `ID_other`, which `voc convert` reads back as the
    /// option's specify text; others (rare) get `ID_other_2`, ... and are reported.
    mutating func specifyRows(_ question: WhatQuestion) {
        for option in survey.options(of: question) where option.other {
            let preferred = "\(question.id)_other"
            let name = names.claim(preferred, fallback: preferred)
            if name != preferred {
                add(
                    "item:\(question.id)/option:\(option.code)", "specify text of option \"\(option.code)\"",
                    "asked as the text question \"\(name)\", read back as a question of its own")
            }
            var row: Row = ["type": "text", "name": name]
            row.merge(
                cells("label", piped(option.label, at: "item:\(question.id)/option:\(option.code)/label")),
                uniquingKeysWith: { $1 })
            row["relevant"] = "selected(${\(question.id)}, '\(option.code)')"
            surveyRows.append(row)
        }
    }

    private mutating func choiceRow(list: String, code: String, label: LocalizedText, at path: String) -> Row {
        var row: Row = ["list_name": list, "name": code]
        row.merge(cells("label", piped(label, at: path + "/label")), uniquingKeysWith: { $1 })
        return row
    }

    /// The list of a rating scale (codes `min`...`max`, labelled by the scale's labels, unlabelled points by
    /// their number in every language), written once per distinct scale as `scale_MIN_MAX`.
    mutating func scaleList(_ scale: RatingScale) -> String {
        if let name = scaleLists[scale] { return name }
        let name = InteropIdentifiers.unique("scale_\(scale.min)_\(scale.max)", among: &listNames)
        scaleLists[scale] = name
        for value in scale.min...max(scale.min, scale.max) {
            var label = scale.label(of: value) ?? LocalizedText(String(value))
            if scale.label(of: value) == nil {
                for language in languages.dropFirst() { label.translations[language] = String(value) }
            }
            choiceRows.append(choiceRow(list: name, code: String(value), label: label, at: "scale"))
        }
        return name
    }

    /// The list of the five Kano answers, codes 1-5 (written once, as `kano_answers`; its labels are English only, as voc's).
    mutating func kanoList() -> String {
        if let kanoListName { return kanoListName }
        let name = InteropIdentifiers.unique("kano_answers", among: &listNames)
        kanoListName = name
        for (index, answer) in KanoFeature.answers.enumerated() {
            choiceRows.append(["list_name": name, "name": String(index + 1)].merging(cells("label", answer)) { $1 })
        }
        return name
    }
}
