import SurveyModel

/// An open `begin group` or `begin repeat` of an XLSForm while its rows are converted.
struct XLSFormGroupFrame {
    /// The source name.
    var name: String
    /// The voc id (a section's id for a top-level group, a matrix's for a grid).
    var id: String
    /// The row of `begin group`.
    var row: Int
    var label: LocalizedText?
    /// The group's translated `relevant`.
    var when: Expression?
    /// The group's `appearance`, lower-cased.
    var appearance: String?
    var isRepeat: Bool
    var items: [SurveyItem] = []
    /// The source rows of the group's direct questions, by item id (for grids).
    var questionRows: [String: Int] = [:]

    /// Whether the appearance asks for a grid (`table-list`) or one screen (`field-list`).
    var isGridCandidate: Bool {
        guard let appearance else { return false }
        return appearance.contains("table-list") || appearance.contains("field-list")
    }
}
