public import Foundation
import SurveyModel
import SurveyParser

/// A Triple-S 2.0 export: the variables of one fixed-width record, the definition (`.sss`, XML) and the data
/// (`.asc`, one line per response).
///
/// Mapping from the export layout (see `ExportLayout`):
/// - `response_id` is a `character` variable with `use="serial"`; the weight a `quantity` with `use="weight"`.
/// - Coded numeric columns (options, ratings, NPS, ranks, Kano answers) are `single` with a `range` from the lowest
///   to the highest code and one `value` per label; "don't know" and "refused" keep the survey's special codes.
/// - Coded string columns (option codes that are not numbers) are `single` with codes recoded to 1...n in label
///   order (the labels say what each code is).
/// - The 0/1 columns of one multiple-choice question form one `multiple` variable written as a bit string (one
///   character per option, codes 1...n in option order); a respondent who answered "don't know" gets spaces.
/// - Other 0/1 columns (yes/no attributes) are `logical`; numbers are `quantity` with a range and the column's
///   decimals; `YYYY-MM-DD` dates are `date` (`YYYYMMDD`); everything else is `character` with a `size`.
///
/// Fields are right-aligned (numbers) or left-aligned (text) and padded with spaces; a missing value is all
/// spaces. Positions count Unicode code points, and text is written on one line (line breaks become spaces).
public struct TripleSExport: Sendable {
    public var variables: [TripleSVariable]
    /// The definition file's XML text.
    public var definition: String
    /// The data file's text: one line per response, each `recordWidth` characters, ending in a line feed.
    public var data: String
    public var recordWidth: Int

    /// Builds the export of `dataset`; `dataFileName` is written as the record's `href`.
    /// - Throws: `ExportError` (`xml-writer`) when libxml2 fails to write the definition.
    public init(dataset: ExportDataset, dataFileName: String, exportedAt: Date = Date()) throws(ExportError) {
        let layout = ExportLayout(dataset: dataset)
        variables = TripleSExport.variables(layout: layout, survey: dataset.survey)
        recordWidth = variables.last.map(\.finish) ?? 0
        var lines = ""
        for row in layout.rows {
            for variable in variables { lines += variable.field(row) }
            lines += "\n"
        }
        data = lines
        do {
            definition = try TripleSExport.definition(
                survey: dataset.survey, variables: variables, dataFileName: dataFileName, exportedAt: exportedAt)
        } catch {
            throw ExportError(code: "xml-writer", "cannot write the Triple-S definition: \(error.message)")
        }
    }

    /// Writes the definition to `definitionURL` and the data to `dataURL` (each through a temporary file, so a
    /// failure leaves existing files untouched). The record's `href` is the data file's name.
    public static func write(
        _ dataset: ExportDataset, definition definitionURL: URL, data dataURL: URL, exportedAt: Date = Date()
    ) throws(ExportError) {
        let export = try TripleSExport(
            dataset: dataset, dataFileName: dataURL.lastPathComponent,
            exportedAt: exportedAt)
        let dataSink = try FileSink(destination: dataURL)
        defer { dataSink.discard() }
        let definitionSink = try FileSink(destination: definitionURL)
        defer { definitionSink.discard() }
        try dataSink.write(Data(export.data.utf8))
        try definitionSink.write(Data(export.definition.utf8))
        try dataSink.commit()
        try definitionSink.commit()
    }
}
