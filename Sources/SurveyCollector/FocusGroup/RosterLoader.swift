import Foundation
public import SurveyModel
import SurveyParser
import SurveyText

/// Reads a focus-group roster CSV into participants.
///
/// Columns: `id`, `name`, `consent` (required), `weight` (optional, a positive number, default 1); every other column
/// is a segment attribute. Consent is true for `yes`, `y`, `true`, `1` and false for `no`, `n`, `false`, `0` or an
/// empty cell (ignoring case). Every problem is reported at once as `file:row:column: error: …` (row 1 is the
/// header); cell values are never quoted back, since rosters hold personal data.
public enum RosterLoader {
    /// The problems found in a roster file.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var messages: [String]
        public var description: String { messages.joined(separator: "\n") }
    }

    /// Loads the roster at `path`.
    /// - Throws: `Failure` with every problem, or the `CSVError` of a malformed file.
    public static func load(path: String) throws -> [Participant] {
        let reader = try CSVReader(path: path)
        var problems: [String] = []
        func column(_ name: String, required: Bool) -> Int? {
            let index = reader.header.firstIndex { $0.lowercased() == name }
            if index == nil, required {
                problems.append("\(path):1:1: error: the roster needs a column named '\(name)'")
            }
            return index
        }
        let idColumn = column("id", required: true)
        let nameColumn = column("name", required: true)
        let consentColumn = column("consent", required: true)
        let weightColumn = column("weight", required: false)
        guard let idColumn, let nameColumn, let consentColumn else { throw Failure(messages: problems) }
        let known: Set<Int> = [idColumn, nameColumn, consentColumn, weightColumn ?? -1]
        var participants: [Participant] = []
        var firstRow: [String: Int] = [:]
        try reader.forEachRecord { record in
            let row = record.row
            let id = record[idColumn].trimmingCharacters(in: .whitespaces)
            if id.isEmpty {
                problems.append("\(path):\(row):\(idColumn + 1): error: empty participant id")
            } else if !id.allSatisfy({ $0.isLetter || $0.isNumber || "_-.".contains($0) }) {
                problems.append(
                    "\(path):\(row):\(idColumn + 1): error: a participant id may only hold letters, "
                        + "digits, '_', '-' and '.'")
            } else if id.uppercased() == TranscriptTurn.moderator {
                problems.append(
                    "\(path):\(row):\(idColumn + 1): error: '\(TranscriptTurn.moderator)' is reserved "
                        + "for the moderator")
            } else if let first = firstRow[id] {
                problems.append(
                    "\(path):\(row):\(idColumn + 1): error: duplicate participant id '\(id)' "
                        + "(first on row \(first))")
            } else {
                firstRow[id] = row
            }
            let consentText = record[consentColumn].trimmingCharacters(in: .whitespaces).lowercased()
            var consent = false
            switch consentText {
            case "yes", "y", "true", "1": consent = true
            case "no", "n", "false", "0", "": consent = false
            default:
                problems.append("\(path):\(row):\(consentColumn + 1): error: consent must be yes or no")
            }
            var weight = 1.0
            if let weightColumn, !record.isEmpty(weightColumn) {
                if let value = record.double(weightColumn), value > 0, value.isFinite {
                    weight = value
                } else {
                    problems.append("\(path):\(row):\(weightColumn + 1): error: weight must be a positive number")
                }
            }
            var attributes: [String: String] = [:]
            for index in reader.header.indices where !known.contains(index) {
                let value = record[index]
                if !value.isEmpty { attributes[reader.header[index]] = value }
            }
            participants.append(
                Participant(
                    id: id, displayName: record[nameColumn], attributes: attributes, consent: consent,
                    weight: weight))
        }
        if participants.isEmpty { problems.append("\(path):2:1: error: the roster lists no participants") }
        guard problems.isEmpty else { throw Failure(messages: problems) }
        return participants
    }
}
