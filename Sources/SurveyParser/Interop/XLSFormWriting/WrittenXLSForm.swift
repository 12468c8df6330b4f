public import Foundation

/// An XLSForm written from a voc survey: the `.xlsx` bytes, the sheets they hold, and the report of what XLSForm
/// cannot express.
public struct WrittenXLSForm: Sendable {
    /// The `.xlsx` workbook.
    public var data: Data
    /// The sheets `survey`, `choices` and `settings`, header row first.
    public var sheets: [XLSXWriter.Sheet]
    public var report: ConversionReport

    public init(data: Data, sheets: [XLSXWriter.Sheet], report: ConversionReport) {
        self.data = data
        self.sheets = sheets
        self.report = report
    }
}
