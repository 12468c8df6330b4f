import Foundation
import SurveyModel

/// Converts survey files of other tools (XLSForm `.xlsx`, SurveyJS JSON, ODK XForms XML, Qualtrics `.qsf`,
/// LimeSurvey `.lss`) into voc surveys, with a report of what
/// did not carry over. The entry point of `voc convert` for those formats; voc's own files go through
/// `SurveyLoader`.
public enum SurveyConverter {
    /// The format of the file at `path`, from its content (see `InteropFormat.detect`).
    public static func format(ofFileAt path: String) throws(ConversionError) -> InteropFormat {
        try InteropFormat.detect(try contents(of: path), file: path)
    }

    /// Converts the file at `path` (XLSForm, SurveyJS, XForms, Qualtrics or LimeSurvey; voc's own formats are refused: load them instead).
    ///
    /// The result is checked by loading it as a voc survey: a conversion that would give an invalid survey fails
    /// with the loader's first error rather than writing a file `voc validate` refuses.
    public static func convert(contentsOf path: String) throws(ConversionError) -> ConvertedSurvey {
        try convert(try contents(of: path), file: path)
    }

    /// Converts `data` read from `file` (named in the report and in errors), as `convert(contentsOf:)`.
    public static func convert(_ data: Data, file path: String) throws(ConversionError) -> ConvertedSurvey {
        let format = try InteropFormat.detect(data, file: path)
        let converted: ConvertedSurvey
        switch format {
        case .xlsForm: converted = try XLSFormConverter.convert(data, file: path)
        case .surveyJS: converted = try SurveyJSConverter.convert(data, file: path)
        case .xforms: converted = try XFormsConverter.convert(data, file: path)
        case .qualtrics: converted = try QualtricsConverter.convert(data, file: path)
        case .limeSurvey: converted = try LimeSurveyConverter.convert(data, file: path)
        case .vocXML, .vocJSON:
            throw ConversionError(file: path, "already a voc survey (\(format.name)); nothing to convert")
        }
        try check(converted.survey, file: path)
        return converted
    }

    /// Fails when `survey`, written as voc JSON, does not load without errors.
    static func check(_ survey: Survey, file: String) throws(ConversionError) {
        let document = SurveyLoader.load(text: SurveyWriter.json(survey), path: "converted.json", format: .json)
        if let error = document.diagnostics.first(where: { $0.severity == .error }) {
            throw ConversionError(
                file: file, "the converted survey is not valid (please report this): \(error.message)")
        }
    }

    private static func contents(of path: String) throws(ConversionError) -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConversionError(file: path, "cannot read the file")
        }
        guard !data.isEmpty else { throw ConversionError(file: path, "the file is empty") }
        return data
    }
}
