import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

/// A voc survey written as an XLSForm by `XLSFormWriter` and read back by the XLSForm converter.
struct XLSFormRoundTrip {
    var document: SurveyDocument
    var original: Survey
    var written: WrittenXLSForm
    var back: ConvertedSurvey

    /// Round-trips the voc file at `url`, named `name` in reports.
    init(_ url: URL, name: String) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        document = SurveyLoader.load(text: text, path: name, format: try #require(SurveyFormat(path: name)))
        original = try #require(document.survey, "\(document.rendered())")
        written = try XLSFormWriter.write(document)
        back = try SurveyConverter.convert(written.data, file: "out.xlsx")
    }

    /// Round-trips `Fixtures/interop/name`.
    init(fixture name: String) throws {
        try self.init(InteropFixtures.directory.appendingPathComponent(name), name: name)
    }

    /// Round-trips the shipped example `Surveys/name`.
    init(example name: String) throws {
        try self.init(Fixtures.repository.appendingPathComponent("Surveys/\(name)"), name: name)
    }

    /// The ids of the questions and probes the XLSForm should read back as, in order: a what question's id
    /// (with `ID_performance` after an importance battery with performance), a Kano question's note id followed by its
    /// feature pairs, a probe's id.
    var expectedQuestionIDs: [String] {
        original.sections.flatMap(\.items).flatMap { item -> [String] in
            switch item {
            case .what(let question):
                switch question.kind {
                case .kano(let features):
                    return features.flatMap {
                        ["\(question.id)_\($0.code)_functional", "\(question.id)_\($0.code)_dysfunctional"]
                    }
                case .importance(_, _, .some):
                    return [question.id, question.id + "_performance"]
                default: return [question.id]
                }
            case .why(let probe): return [probe.id]
            case .note: return []
            }
        }
    }

    /// The ids of the questions and probes read back, in order (a probe not recognised as one is a text question).
    var questionIDs: [String] {
        back.survey.sections.flatMap(\.items).compactMap { item in
            if case .note = item { return nil }
            return item.id
        }
    }

    /// The kind keyword XLSForm keeps for `kind`: importance batteries read back as matrices, MaxDiff as ranking.
    static func expectedKeyword(_ kind: WhatKind) -> String {
        switch kind {
        case .importance: "matrix"
        case .maxDiff: "ranking"
        default: kind.keyword
        }
    }
}

extension XLSFormRoundTrip {
    /// The report location of the survey part at `path` (`LINE:COLUMN` in the voc file).
    func location(_ path: String) -> String {
        document.sourceMap.location(path).map { "\($0.line):\($0.column)" } ?? path
    }
}
