import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

/// The fixtures of `Fixtures/interop`: XLSForm workbooks written by `make-xlsforms.py` (openpyxl) and SurveyJS
/// files written by hand from the SurveyJS documentation.
enum InteropFixtures {
    static let directory = Fixtures.directory.appendingPathComponent("interop")

    /// Converts `Fixtures/interop/name`, naming it `name` in the report.
    static func convert(_ name: String) throws -> ConvertedSurvey {
        try SurveyConverter.convert(try Data(contentsOf: directory.appendingPathComponent(name)), file: name)
    }

    /// The error converting `Fixtures/interop/name` gives.
    static func error(_ name: String) throws -> ConversionError {
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        do {
            _ = try SurveyConverter.convert(data, file: name)
        } catch {
            return error
        }
        Issue.record("\(name) converted without an error")
        return ConversionError(file: name, "no error")
    }
}

extension Survey {
    /// The what question `id`.
    func interopQuestion(_ id: String) -> WhatQuestion? { whatQuestions.first { $0.id == id } }

    /// The codes of the options of `id`.
    func interopCodes(_ id: String) -> [String] {
        interopQuestion(id).map { options(of: $0).map(\.code) } ?? []
    }
}
