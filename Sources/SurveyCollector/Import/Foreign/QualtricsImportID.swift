import Foundation

/// One cell of the third header row of a Qualtrics export: `{"ImportId":"QID4_2_TEXT"}`, or for a date column
/// `{"ImportId":"startDate","timeZone":"Europe/Berlin"}`.
struct QualtricsImportID: Sendable, Hashable {
    /// The import id (`QID4_2_TEXT`, `startDate`, an embedded data field's name, ...).
    var id: String
    /// The IANA time zone the column's times are in, when the export says.
    var timeZone: String?

    /// The import id in `cell`; nil when the cell is not such an object.
    init?(cell: String) {
        guard cell.hasPrefix("{"),
            let object = (try? JSONSerialization.jsonObject(with: Data(cell.utf8))) as? [String: Any],
            let id = object["ImportId"] as? String
        else { return nil }
        self.id = id
        timeZone = object["timeZone"] as? String
    }

    /// Whether the column holds (part of) the answer to a question: the id is `QID` and a number.
    var isQuestion: Bool {
        guard id.hasPrefix("QID") else { return false }
        return id.dropFirst(3).first?.isNumber == true
    }

    /// The parts of a question's import id that Qualtrics adds for answers voc does not store: timing and meta
    /// info, the NPS group, display order, and the like.
    static let derivedSuffixes = [
        "_FIRST_CLICK", "_LAST_CLICK", "_PAGE_SUBMIT", "_CLICK_COUNT", "_BROWSER", "_VERSION", "_OS", "_RESOLUTION",
        "_NPS_GROUP", "_DO", "_ADO",
    ]
}
