import Foundation
import SurveyModel
import SurveyStore

extension ForeignColumnPlan {
    /// One row of the export as the decoder reads it.
    struct WideRow: Sendable {
        var cells: [String]
        var ladder: [LadderStep] = []
        var attributes: [String: String] = [:]
        /// Problems of cells that cannot be translated, located at the export's row and column.
        var problems: [Diagnostic] = []
    }

    /// The wide row of the export's row `fields` (on line `line`). A response that is not complete (Qualtrics
    /// `Finished` 0, LimeSurvey without `submitdate`) is `partial`: its end time becomes `updated_at`, and it has
    /// no `completed_at`. LimeSurvey's date of anonymous responses (`1980-01-01 00:00:00`) is no time.
    func row(_ fields: [String], line: Int) -> WideRow {
        var row = WideRow(cells: [String](repeating: "", count: index.header.count))
        func problem(_ position: Int, _ code: String, _ message: String) {
            row.problems.append(
                Diagnostic(
                    .error, code: code, message, at: SourceLocation(file: file, line: line, column: position + 1)))
        }
        var status: ResponseStatus?
        for (position, role) in roles.enumerated() {
            let text = fields[position]
            let name = sourceHeader[position]
            switch role {
            case .ignored: break
            case .copy(let column): if !text.isEmpty { row.cells[column] = text }
            case .identifier(let column):
                if !text.isEmpty { row.cells[column] = text.hasPrefix("uuid:") ? String(text.dropFirst(5)) : text }
            case .choice(let column, let options): row.cells[column] = Self.code(text, options: options)
            case .scale(let column, let scale): row.cells[column] = Self.point(text, scale: scale)
            case .flag(let column, let option):
                switch Self.selected(text, option: option) {
                case true?: row.cells[column] = "1"
                case false?: break
                case nil:
                    problem(
                        position, "bad-value",
                        "'\(name)' must be empty or mark its choice selected (1, Y, Yes, its code or its text)")
                }
            case .codeList(let question, let columns, let ranked):
                let codes = text.split(whereSeparator: \.isWhitespace).map(String.init)
                guard codes.allSatisfy({ columns[$0] != nil }) else {
                    problem(position, "bad-value", "'\(question)' has a code that is not an option of the question")
                    break
                }
                for (offset, code) in codes.enumerated() {
                    if let column = columns[code] { row.cells[column] = ranked ? String(offset + 1) : "1" }
                }
            case .rankedItem(let question, let rank, let columns):
                guard !text.isEmpty else { break }
                guard let column = columns[text] else {
                    problem(position, "bad-value", "'\(question)' has a code that is not an option of the question")
                    break
                }
                row.cells[column] = String(rank)
            case .otherSelecting(let flag, let column):
                if !text.isEmpty {
                    row.cells[flag] = "1"
                    row.cells[column] = text
                }
            case .date(let column): row.cells[column] = ForeignTimestamp.datePart(text)
            case .timestamp(let column, let zone):
                guard !text.isEmpty, !(dialect == .limeSurvey && text.hasPrefix(Self.anonymousTime)) else { break }
                guard let time = ForeignTimestamp.utc(text, zone: zone) else {
                    problem(position, "bad-timestamp", Self.badTimestamp(name))
                    break
                }
                row.cells[column] = time
            case .finished:
                switch text {
                case "1", "True", "TRUE", "true": status = .complete
                case "0", "False", "FALSE", "false": status = .partial
                default: problem(position, "bad-status", "'\(name)' must be 1 (finished) or 0 (not finished)")
                }
            case .submitDate(let column):
                status = text.isEmpty ? .partial : .complete
                guard !text.isEmpty, !text.hasPrefix(Self.anonymousTime) else { break }
                guard let time = ForeignTimestamp.utc(text, zone: .gmt) else {
                    problem(position, "bad-timestamp", Self.badTimestamp(name))
                    break
                }
                row.cells[column] = time
            case .attribute(let attribute): if !text.isEmpty { row.attributes[attribute] = text }
            case .why(let probe):
                if !text.isEmpty {
                    row.ladder.append(
                        LadderStep(probeID: probe.id, questionID: probe.about, optionCode: nil, depth: 1, text: text))
                }
            }
        }
        if let status, let column = index.index(ResponseColumns.status) { row.cells[column] = status.rawValue }
        if status == .partial, let completed = index.index(ResponseColumns.completedAt),
            let updated = index.index(ResponseColumns.updatedAt)
        {
            if row.cells[updated].isEmpty { row.cells[updated] = row.cells[completed] }
            row.cells[completed] = ""
        }
        return row
    }

    /// The time LimeSurvey writes for every time of an anonymous response (one not to be dated).
    static let anonymousTime = "1980-01-01 00:00:00"

    /// The message of a time that cannot be read.
    static func badTimestamp(_ name: String) -> String {
        "'\(name)' is not a time YYYY-MM-DD HH:MM:SS (or ISO 8601 with a time zone)"
    }

    /// The code of a choice cell: an option's code, else the code of the one option whose text (in any language)
    /// it is, else the text as it is (the decoder reports it).
    static func code(_ text: String, options: [ChoiceOption]) -> String {
        guard !text.isEmpty, !options.contains(where: { $0.code == text }) else { return text }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let matches = options.filter { option in
            option.label.text == trimmed || option.label.translations.values.contains(trimmed)
        }
        return matches.count == 1 ? matches[0].code : text
    }

    /// The point of a scale cell: a whole number as it is, else the point whose label (in any language) it is.
    static func point(_ text: String, scale: RatingScale) -> String {
        guard !text.isEmpty, Int(text) == nil else { return text }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let matches = scale.labels.filter { $0.text.text == trimmed || $0.text.translations.values.contains(trimmed) }
        if matches.count == 1 { return String(matches[0].value) }
        if let number = Double(trimmed), number == number.rounded(), abs(number) < 1e9 { return String(Int(number)) }
        return text
    }

    /// Whether a multiple-choice cell selects `option`: nil when it is neither a mark nor empty.
    static func selected(_ text: String, option: ChoiceOption) -> Bool? {
        switch text {
        case "", "0", "N", "No", "False", "false", "FALSE": return false
        case "1", "Y", "Yes", "True", "true", "TRUE", option.code: return true
        default:
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            return trimmed == option.label.text || option.label.translations.values.contains(trimmed) ? true : nil
        }
    }
}
