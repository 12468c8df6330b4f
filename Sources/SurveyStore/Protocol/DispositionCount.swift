import SurveyModel

/// The number of cases with one final disposition for one interviewer (see `ResponseStore.dispositionCounts`).
public struct DispositionCount: Sendable, Hashable {
    public var disposition: DispositionCode
    /// The interviewer of the case's deciding response or attempt; nil when none was recorded.
    public var interviewer: String?
    public var count: Int

    public init(disposition: DispositionCode, interviewer: String?, count: Int) {
        self.disposition = disposition
        self.interviewer = interviewer
        self.count = count
    }
}

extension DispositionCount {
    /// The counts of a final-disposition query's rows (`disposition, interviewer, n`): rows of the same disposition
    /// and interviewer added up, zero counts left out, ordered by disposition code, then interviewer.
    static func merged<Rows: Sequence>(_ rows: Rows) throws -> [DispositionCount] where Rows.Element: StoreRow {
        var merged: [DispositionCount] = []
        for row in rows {
            let count = try row.integer("n")
            guard count > 0 else { continue }
            let disposition = DispositionCode(try row.text("disposition"))
            let interviewer = try row.optionalText("interviewer")
            if let index = merged.firstIndex(where: { $0.disposition == disposition && $0.interviewer == interviewer })
            {
                merged[index].count += count
            } else {
                merged.append(DispositionCount(disposition: disposition, interviewer: interviewer, count: count))
            }
        }
        return merged.sorted {
            ($0.disposition.rawValue, $0.interviewer ?? "") < ($1.disposition.rawValue, $1.interviewer ?? "")
        }
    }
}
