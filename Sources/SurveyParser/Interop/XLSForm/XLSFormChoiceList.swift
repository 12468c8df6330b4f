import SurveyModel

/// One list of the `choices` sheet: its options with voc codes, the source codes they came from, and each
/// choice's row (for `choice_filter`, which reads the choice's other columns).
struct XLSFormChoiceList {
    /// The list's voc id.
    var id: String
    /// The source list name.
    var name: String
    var options: [ChoiceOption]
    /// Source code → voc code.
    var codes: [String: String]
    /// The row of each option, in option order.
    var rows: [XLSFormTable.Row]
    /// The row of the list's first choice.
    var firstRow: Int

    /// The lists of the `choices` sheet by source name, in the order they first appear; rows without a
    /// `list_name` or `name` are errors at their cell.
    static func lists(
        _ table: XLSFormTable, file: String, texts: (XLSFormTable.Row, String) -> LocalizedText?,
        report: inout ConversionReport
    ) throws(ConversionError) -> [String: XLSFormChoiceList] {
        var grouped: [String: [XLSFormTable.Row]] = [:]
        var order: [String] = []
        let listColumn = table.has("list_name") ? "list_name" : "list name"
        for row in table.rows {
            guard let list = row[listColumn] else {
                throw ConversionError(
                    file: file, location: table.location(listColumn, row: row.number), "the choice has no list_name")
            }
            guard row["name"] != nil else {
                throw ConversionError(
                    file: file, location: table.location("name", row: row.number), "the choice has no name")
            }
            if grouped[list] == nil { order.append(list) }
            grouped[list, default: []].append(row)
        }
        var lists: [String: XLSFormChoiceList] = [:]
        var usedIDs: Set<String> = []
        for name in order {
            let rows = grouped[name] ?? []
            var id = InteropIdentifiers.identifier(name)
            while usedIDs.contains(id) { id += "_" }
            usedIDs.insert(id)
            let sources = rows.map { ($0["name"] ?? "", table.location("name", row: $0.number)) }
            let vocCodes = InteropIdentifiers.codes(sources.map { (code: $0.0, location: $0.1) }, report: &report)
            var options: [ChoiceOption] = []
            var codes: [String: String] = [:]
            for (row, code) in zip(rows, vocCodes) {
                let source = row["name"] ?? code
                codes[source] = code
                options.append(ChoiceOption(code: code, label: texts(row, "label") ?? LocalizedText(source)))
            }
            lists[name] = XLSFormChoiceList(
                id: id, name: name, options: options, codes: codes, rows: rows, firstRow: rows.first?.number ?? 1)
        }
        return lists
    }

    /// The rating scale the list's codes make when they are consecutive whole numbers (labels from the options;
    /// a choice labelled by just its number, in every language, leaves its point unlabelled, as voc writes it).
    var ratingScale: RatingScale? {
        guard var scale = InteropScale.consecutive(options) else { return nil }
        scale.labels.removeAll { label in
            let number = String(label.value)
            return label.text.text == number && label.text.translations.values.allSatisfy { $0 == number }
        }
        return scale
    }
}
