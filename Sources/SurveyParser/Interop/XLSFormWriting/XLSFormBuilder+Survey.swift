import SurveyModel

extension XLSFormBuilder {
    /// Builds every row: names first (so that conditions may refer to any question), then the survey-wide
    /// report and the sections in order, each calculate as soon as the questions it uses are written (XLSForm
    /// readers, `voc convert` among them, expect references to earlier rows).
    mutating func build() {
        declareNames()
        reportSurveyParts()
        writeReadyCalculates()
        for section in survey.sections { self.section(section) }
        writeReadyCalculates(all: true)
    }

    /// Writes, in declaration order, the calculates whose questions and computed variables are all written
    /// (`all`: every calculate left).
    mutating func writeReadyCalculates(all: Bool = false) {
        var progress = true
        while progress {
            progress = false
            for variable in survey.computed where !writtenIDs.contains(variable.id) {
                guard let calculation = calculations[variable.id] else { continue }
                let needed = variable.expression.references.map(\.id).filter { names[$0] != nil }
                guard all || needed.allSatisfy(writtenIDs.contains) else { continue }
                surveyRows.append(["type": "calculate", "name": variable.id, "calculation": calculation])
                writtenIDs.insert(variable.id)
                progress = true
            }
        }
    }

    /// The `settings` sheet: `form_id`, `form_title` (the default-language title), `version` and
    /// `default_language` (`English (en)`).
    var settingsTable: [[String]] {
        [
            ["form_id", "form_title", "version", "default_language"],
            [
                survey.id, survey.title.text, survey.version.description,
                XLSFormLanguages.columnName(of: survey.defaultLanguage),
            ],
        ]
    }

    /// Gives every question, why probe, grid row, section and computed variable its XLSForm name (a section
    /// keeps its id unless a question or grid row has it), and writes
    /// the computed variables' calculations (a computed variable XLSForm cannot calculate is unavailable to the
    /// expressions that refer to it).
    private mutating func declareNames() {
        let items = survey.sections.flatMap(\.items)
        for item in items { names.used.insert(item.id) }
        for variable in survey.computed { names.used.insert(variable.id) }
        for segment in survey.segments {
            names.variables[segment.id] = .unavailable("the segment \"\(segment.id)\", which an XLSForm cannot see")
        }
        for attribute in survey.attributes {
            names.variables[attribute.id] = .unavailable(
                "the respondent attribute \"\(attribute.id)\", which an XLSForm cannot see")
        }
        for item in items {
            switch item {
            case .what(let question): declare(question)
            case .why(let probe): names.variables[probe.id] = .value(probe.id)
            case .note: break
            }
        }
        // Sections after grid rows: a row keeps its code (the data's) before a section keeps its id.
        for section in survey.sections {
            sectionNames[section.id] = names.claim(section.id, fallback: section.id + "_section")
        }
        for variable in survey.computed {
            let path = "computed:\(variable.id)@expr"
            if let calculation = xpath(
                variable.expression, at: path, construct: "computed \"\(variable.id)\"",
                dropped: "not written; conditions that use it are reported")
            {
                calculations[variable.id] = calculation
                names.variables[variable.id] = .value(variable.id)
            } else {
                names.variables[variable.id] = .unavailable(
                    "the computed variable \"\(variable.id)\", which the XLSForm cannot calculate")
            }
        }
    }

    private mutating func declare(_ question: WhatQuestion) {
        let id = question.id
        switch question.kind {
        case .singleChoice: names.variables[id] = .choice(id)
        case .multipleChoice: names.variables[id] = .codes(id, ranking: false)
        case .ranking, .maxDiff: names.variables[id] = .codes(id, ranking: true)
        case .rating, .nps, .numeric, .text, .date: names.variables[id] = .value(id)
        case .matrix(let rows, _): names.variables[id] = .rows(rowNames(rows, of: id, suffix: ""))
        case .importance(let needs, _, _): names.variables[id] = .rows(rowNames(needs, of: id, suffix: ""))
        case .kano: names.variables[id] = .unavailable("the Kano question \"\(id)\", written as question pairs")
        }
    }

    /// The XLSForm names of a grid's rows by code: the code itself (as ODK exports then name the columns
    /// `group/code`) when it is a free XLSForm name, otherwise `ID_CODE` (`suffix` appended to both).
    mutating func rowNames(_ rows: [ChoiceOption], of id: String, suffix: String) -> [String: String] {
        var result: [String: String] = [:]
        for row in rows {
            result[row.code] = names.claim(row.code + suffix, fallback: "\(id)_\(row.code)\(suffix)")
        }
        return result
    }

    /// Report items for the survey-wide parts XLSForm has no place for.
    private mutating func reportSurveyParts() {
        if survey.kind == .focusGroup {
            add("survey", "focus-group guide", "written as a questionnaire (XLSForm has no discussion guides)")
        }
        if !survey.title.translations.isEmpty {
            add(
                "survey/title", "translations of the title",
                "dropped (form_title has one language); the title is \"\(survey.title.text)\"")
        }
        if survey.description != nil {
            add("survey/description", "description", "dropped (XLSForm has no form description)")
        }
        if !survey.attributes.isEmpty {
            let ids = survey.attributes.map(\.id).joined(separator: ", ")
            add(
                "attribute:\(survey.attributes[0].id)", "respondent attributes \(ids)",
                "not in the XLSForm (an ODK form sees no sample attributes)")
        }
        let kept = "kept in the voc survey only; apply them when the submissions are imported"
        if !survey.segments.isEmpty {
            add(
                "segment:\(survey.segments[0].id)", "segments \(survey.segments.map(\.id).joined(separator: ", "))",
                kept)
        }
        if !survey.quotas.isEmpty {
            add(
                "quota:\(survey.quotas[0].id)", "quotas \(survey.quotas.map(\.id).joined(separator: ", "))",
                "not enforced by ODK; kept in the voc survey only")
        }
        if survey.weighting != nil { add("weighting", "weighting margins", kept) }
        if !survey.consistencyRules.isEmpty {
            let ids = survey.consistencyRules.map(\.id).joined(separator: ", ")
            add("consistency:\(survey.consistencyRules[0].id)", "consistency rules \(ids)", kept)
        }
        if !survey.metadata.isEmpty {
            let keys = survey.metadata.keys.sorted().joined(separator: ", ")
            add("survey", "metadata \(keys)", "dropped (XLSForm settings have no free metadata)")
        }
    }

    /// A section as a top-level group (`begin_group` ... `end_group`) named by its id; a section laid out on one
    /// page has appearance `field-list`.
    private mutating func section(_ section: Section) {
        let path = "section:\(section.id)"
        let name = sectionNames[section.id] ?? section.id
        if name != section.id {
            add(
                path, "section \"\(section.id)\"",
                "the group is named \"\(name)\" (a question or grid row has the name)")
        }
        var row: Row = ["type": "begin_group", "name": name]
        row.merge(cells("label", piped(section.title, at: path + "/title")), uniquingKeysWith: { $1 })
        row["relevant"] = xpath(
            section.when, at: path + "@when", construct: "condition of section \"\(section.id)\"",
            dropped: "the section is always shown")
        if (section.page ?? survey.page) == .section { row["appearance"] = "field-list" }
        if section.randomize {
            add(path, "random item order of section \"\(section.id)\"", "dropped; the items keep their order")
        }
        if section.rotate {
            add(path, "rotation of section \"\(section.id)\"", "dropped; the section keeps its place")
        }
        if section.stage != nil || section.minutes != nil {
            add(path, "stage and time box of section \"\(section.id)\"", "dropped")
        }
        surveyRows.append(row)
        for item in section.items {
            switch item {
            case .what(let question): what(question)
            case .why(let probe): why(probe)
            case .note(let note): self.note(note)
            }
            writtenIDs.insert(item.id)
            writeReadyCalculates()
        }
        surveyRows.append(["type": "end_group"])
    }
}
