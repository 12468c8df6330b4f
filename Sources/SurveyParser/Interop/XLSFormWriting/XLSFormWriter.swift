import Foundation
public import SurveyModel

/// Writes voc surveys as XLSForms (`.xlsx`), for fieldwork with ODK Collect, KoboToolbox and the other XLSForm
/// tools, with the report of what XLSForm cannot express. The entry point of `voc convert survey.xml out.xlsx`.
///
/// The workbook has the sheets `survey`, `choices` and `settings`. Sections are top-level groups, ids and codes
/// are kept as names, texts are written in every language (`label::English (en)` columns when the survey is
/// translated), conditions and checks become `relevant` and `constraint` expressions, and each kind becomes the
/// XLSForm type closest to it (see the README, "Fielding offline with ODK / KoboToolbox"). What cannot be
/// expressed (why ladders beyond one step, MaxDiff designs, Kano pairs, segments, quotas, ...) is written in the
/// nearest form XLSForm has, or left out, and every such construct is in the report with its `LINE:COLUMN` in
/// the voc file.
public enum XLSFormWriter {
    /// The XLSForm of the valid survey `document` holds (its source map gives the report's locations).
    /// - Throws: `ConversionError` naming `document.path` when the document has no survey (it has errors) or
    ///   the workbook cannot be built.
    public static func write(_ document: SurveyDocument) throws(ConversionError) -> WrittenXLSForm {
        guard let survey = document.survey else {
            throw ConversionError(file: document.path, "the survey is not valid; nothing to write")
        }
        return try write(
            survey, sourceMap: document.sourceMap, file: document.path,
            format: document.format == .xml ? .vocXML : .vocJSON)
    }

    /// The XLSForm of `survey`, read from `file` in `format` (named in the report); `sourceMap` gives the
    /// report's locations (empty for a survey built in code or converted: locations are then survey paths such
    /// as `item:q1`).
    /// - Throws: `ConversionError` naming `file` when the workbook cannot be built.
    public static func write(
        _ survey: Survey, sourceMap: SourceMap = SourceMap(), file: String, format: InteropFormat = .vocXML
    ) throws(ConversionError) -> WrittenXLSForm {
        var builder = XLSFormBuilder(
            survey: survey, sourceMap: sourceMap,
            report: ConversionReport(file: file, format: format, target: .xlsForm))
        builder.build()
        let sheets = [
            XLSXWriter.Sheet(
                name: "survey", rows: builder.table(builder.surveyRows, order: XLSFormBuilder.surveyColumns)),
            XLSXWriter.Sheet(
                name: "choices", rows: builder.table(builder.choiceRows, order: XLSFormBuilder.choiceColumns)),
            XLSXWriter.Sheet(name: "settings", rows: builder.settingsTable),
        ]
        do {
            return WrittenXLSForm(data: try XLSXWriter.data(sheets), sheets: sheets, report: builder.report)
        } catch {
            throw ConversionError(file: file, "cannot build the XLSForm workbook: \(error.description)")
        }
    }
}
