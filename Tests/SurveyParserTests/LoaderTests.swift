import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

@Suite struct LoaderTests {
    @Test func formatComesFromTheExtension() {
        #expect(SurveyFormat(path: "a/b/survey.XML") == .xml)
        #expect(SurveyFormat(path: "survey.json") == .json)
        #expect(SurveyFormat(path: "survey.yaml") == nil)
        #expect(SurveyFormat(path: "dir.xml/survey") == nil)
    }

    @Test func loadsFilesFromDiskAndReportsUnreadableOnes() {
        let path = Fixtures.directory.appendingPathComponent("valid/complete.xml").path
        let document = SurveyLoader.load(contentsOf: path)
        #expect(document.survey?.id == "complete" && document.path == path && document.format == .xml)
        let missing = SurveyLoader.load(contentsOf: "/nonexistent/survey.json")
        #expect(missing.survey == nil && missing.rendered() == "error: /nonexistent/survey.json: cannot read the file")
        let unknown = SurveyLoader.load(contentsOf: "survey.txt")
        #expect(unknown.diagnostics.map(\.code) == ["unknown-format"])
    }

    @Test func emptyFilesAreErrorsAtLineOne() {
        let xml = SurveyLoader.load(text: "", path: "e.xml", format: .xml)
        #expect(xml.rendered() == "e.xml:1:1: error: the file is empty\n\n^")
        let json = SurveyLoader.load(text: "  \n", path: "e.json", format: .json)
        #expect(json.rendered() == "e.json:1:1: error: the file is empty\n  \n^")
    }

    @Test func concurrentLoadsReportTheirOwnErrors() async throws {
        let valid = try Fixtures.text("valid/complete.xml")
        await withTaskGroup(of: (Int, Int?, Bool).self) { group in
            for n in 1...24 {
                group.addTask {
                    // Every other load is broken at line n + 1; the others are valid.
                    if n.isMultiple(of: 2) {
                        let document = SurveyLoader.load(text: valid, path: "ok\(n).xml", format: .xml)
                        return (n, nil, document.survey != nil)
                    }
                    let text = "<survey>" + String(repeating: "\n", count: n) + "<q></survey>"
                    let document = SurveyLoader.load(text: text, path: "bad\(n).xml", format: .xml)
                    return (n, document.diagnostics.first?.location?.line, document.survey == nil)
                }
            }
            for await (n, line, ok) in group {
                #expect(ok)
                if let line { #expect(line == n + 1) }
            }
        }
    }

    @Test func sourceMapPointsAtItemsAttributesAndTexts() throws {
        let document = try Fixtures.load("valid/complete.xml")
        let map = document.sourceMap
        #expect(map.location("item:nps")?.description == "valid/complete.xml:37:5")
        #expect(map.location("item:why_nps@about")?.description == "valid/complete.xml:43:30")
        #expect(map.location("item:why_nps@when", offset: 6)?.description == "valid/complete.xml:43:47")
        #expect(map.location("item:channel/option:app/label[zh]")?.description == "valid/complete.xml:54:63")
        #expect(map.location("item:income/check:0@when")?.description == "valid/complete.xml:88:20")
        #expect(map.location("item:sat/scale/label:5")?.description == "valid/complete.xml:82:26")
        #expect(map.location("item:nps/missing@x")?.description == "valid/complete.xml:37:5")
        #expect(map.location("item:unknown") == nil)
        #expect(SourceMap().location("item:nps") == nil)
        let json = try Fixtures.load("valid/complete.json").sourceMap
        #expect(json.contains("item:kano/option:autosave/functional[zh]"))
        #expect(!json.contains("item:kano/option:nothing"))
    }

    @Test func validatorWorksOnSurveysBuiltInCode() throws {
        let question = WhatQuestion(
            id: "q1", text: "Pick", kind: .singleChoice(options: .list("missing")),
            when: try ExpressionParser.parse("{q1} = 'x'"))
        let survey = Survey(id: "code", title: "Built in code", sections: [Section(id: "s1", items: [.what(question)])])
        let diagnostics = SurveyValidator.validate(survey, sourceMap: SourceMap())
        #expect(
            diagnostics.map(\.description) == [
                "error: unknown option list 'missing'",
                "error: the condition of single question 'q1' refers to the question itself",
            ])
    }
}
