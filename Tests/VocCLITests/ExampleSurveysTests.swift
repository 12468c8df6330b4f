import Foundation
import SurveyModel
import SurveyParser
import SurveyTestSupport
import SurveyText
import Testing

/// Every shipped example survey validates, converts both ways without loss, and shows an outline, run through
/// the built `voc` binary.
@Suite struct ExampleSurveysTests {
    static let examples = [
        "bank-needs", "post-purchase-nps", "b2b-supplier-needs", "kano-features", "energy-focus-group", "web-sections",
    ]

    private func path(_ name: String, _ ext: String) -> String {
        PackagePaths.root.appendingPathComponent("Surveys/\(name).\(ext)").path
    }

    @Test(arguments: examples)
    func validatesInBothSyntaxes(_ name: String) throws {
        let result = try PackagePaths.voc(["validate", path(name, "xml"), path(name, "json")])
        #expect(result.exitCode == 0, "\(result.transcript)")
        #expect(!result.stderr.contains("error:"), "\(result.transcript)")
        #expect(result.stdout.components(separatedBy: ": valid").count == 3, "\(result.transcript)")
    }

    @Test(arguments: examples)
    func shippedJSONDescribesTheSameModelAsTheXML(_ name: String) throws {
        let xml = SurveyLoader.load(contentsOf: path(name, "xml"))
        let json = SurveyLoader.load(contentsOf: path(name, "json"))
        #expect(xml.diagnostics.isEmpty, "\(xml.rendered())")
        #expect(json.diagnostics.isEmpty, "\(json.rendered())")
        #expect(xml.survey != nil)
        #expect(xml.survey == json.survey)
    }

    @Test(arguments: examples)
    func convertsXMLToJSONAndBackWithoutLoss(_ name: String) throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let json = directory.appendingPathComponent("\(name).json").path
        let xml = directory.appendingPathComponent("\(name).xml").path
        let toJSON = try PackagePaths.voc(["convert", path(name, "xml"), json])
        #expect(toJSON.exitCode == 0, "\(toJSON.transcript)")
        let toXML = try PackagePaths.voc(["convert", json, xml])
        #expect(toXML.exitCode == 0, "\(toXML.transcript)")

        let original = SurveyLoader.load(contentsOf: path(name, "xml"))
        let viaJSON = SurveyLoader.load(contentsOf: json)
        let back = SurveyLoader.load(contentsOf: xml)
        #expect(original.survey != nil)
        #expect(viaJSON.survey == original.survey, "\(viaJSON.rendered())")
        #expect(back.survey == original.survey, "\(back.rendered())")
        // Converting the converted file again changes nothing: the writers are deterministic.
        let again = directory.appendingPathComponent("again.json").path
        #expect(try PackagePaths.voc(["convert", xml, again]).exitCode == 0)
        #expect(try String(contentsOfFile: again, encoding: .utf8) == String(contentsOfFile: json, encoding: .utf8))
    }

    @Test(arguments: examples)
    func showsAnOutlineWithTotals(_ name: String) throws {
        let result = try PackagePaths.voc(["show", path(name, "xml")])
        #expect(result.exitCode == 0, "\(result.transcript)")
        let survey = try #require(SurveyLoader.load(contentsOf: path(name, "xml")).survey)
        let totals = SurveyOutline(survey).totals
        #expect(result.stdout.hasPrefix("survey \(name) \(survey.version): "))
        let probes = totals.whyProbes == 1 ? "why probe" : "why probes"
        let counts = "\(totals.whatQuestions) what questions, \(totals.whyProbes) \(probes)"
        #expect(result.stdout.contains("totals: \(counts)"))
        for question in survey.whatQuestions { #expect(result.stdout.contains("WHAT  \(question.id) ")) }
        for probe in survey.whyProbes { #expect(result.stdout.contains("WHY   \(probe.id) ")) }
        let fromJSON = try PackagePaths.voc(["show", path(name, "json")])
        #expect(fromJSON.stdout == result.stdout)
    }

    @Test func bankOutlineShowsSegmentsLogicAndTheLadder() throws {
        let result = try PackagePaths.voc(["show", path("bank-needs", "xml")])
        let expectedLines = [
            "  segment older when {age} >= 55",
            "  quota q_older when {older}: target 250",
            "  weighting: margins file bank-needs-margins.csv",
            "  WHY   why_top     about top3, each selected, ladder depth 3, codebook bank-needs-ladder",
            "totals: 15 what questions, 2 why probes, 2 notes, max ladder depth 3",
        ]
        for line in expectedLines {
            #expect(result.stdout.components(separatedBy: "\n").contains(line), "missing: \(line)\n\(result.stdout)")
        }
        #expect(result.stdout.contains("check (soft): empty({savings_amount}) or {savings_amount} <= 2000000"))
        #expect(result.stdout.contains("attention check: row check expects 2"))
        #expect(result.stdout.contains("  consistency rule trust_vs_safety when not ({trust} = '5'"))
    }

    @Test func bankMarginsFileNamesSurveyVariablesAndSharesSumToOne() throws {
        let survey = try #require(SurveyLoader.load(contentsOf: path("bank-needs", "xml")).survey)
        let file = try #require(survey.weighting?.marginsFile)
        let margins = PackagePaths.root.appendingPathComponent("Surveys/\(file)")
        let text = try String(contentsOf: margins, encoding: .utf8)
        var lines = text.split(separator: "\n").map(String.init)
        #expect(lines.removeFirst() == "variable,level,target")
        var totals: [String: Double] = [:]
        for line in lines {
            let fields = line.split(separator: ",").map(String.init)
            #expect(fields.count == 3, "\(line)")
            totals[fields[0], default: 0] += Double(fields[2]) ?? .nan
        }
        let known = Set(survey.computed.map(\.id) + survey.attributes.map(\.id))
        #expect(Set(totals.keys) == ["age_band", "region"])
        #expect(Set(totals.keys).isSubset(of: known))
        for (variable, total) in totals { #expect(abs(total - 1) < 1e-9, "\(variable) sums to \(total)") }
    }

    /// The bank example's data-quality declarations; in its shipped (simulated) responses most respondents answer
    /// the instructed grid row as told and a few do not, as `voc simulate` makes them.
    @Test func bankInstructedRowIsFollowedByMostShippedResponses() throws {
        let survey = try #require(SurveyLoader.load(contentsOf: path("bank-needs", "xml")).survey)
        let check = try #require(survey.whatQuestion("moments")?.attentionCheck)
        #expect(check == AttentionCheck(row: "check", expected: ["2"]))
        #expect(survey.consistencyRules.map(\.id) == ["trust_vs_safety"])
        let reader = try CSVReader(path: path("bank-needs-responses", "csv"))
        let status = try #require(reader.columnIndex("status"))
        let cell = try #require(reader.columnIndex("moments.check"))
        var completes = 0
        var passed = 0
        try reader.forEachRecord { record in
            guard record[status] == "complete" else { return }
            completes += 1
            if check.isPassed(by: record.double(cell).map { AnswerValue.grid(["check": $0]) }) { passed += 1 }
        }
        #expect(completes == 700)
        #expect(passed >= 670 && passed < 700, "\(passed) of \(completes) passed")
    }

    @Test func chineseSurveyKeepsUnicodeEndToEnd() throws {
        let result = try PackagePaths.voc(["show", path("post-purchase-nps", "json")])
        #expect(result.exitCode == 0, "\(result.transcript)")
        #expect(result.stdout.hasPrefix("survey post-purchase-nps 2.0.1: 购买后满意度调查\n"))
        #expect(result.stdout.contains("  languages: zh (default), en\n"))
        let survey = try #require(SurveyLoader.load(contentsOf: path("post-purchase-nps", "json")).survey)
        #expect(survey.whatQuestion("nps")?.text.translations["en"]?.hasPrefix("How likely") == true)
    }

    @Test func focusGroupGuideHasTheFiveStagesWithTimeBoxes() throws {
        let survey = try #require(SurveyLoader.load(contentsOf: path("energy-focus-group", "xml")).survey)
        #expect(survey.kind == .focusGroup)
        #expect(survey.sections.compactMap(\.stage) == DiscussionStage.allCases)
        #expect(survey.sections.compactMap(\.minutes).reduce(0, +) == 90)
        let keyProbes = survey.sections.first { $0.stage == .key }?.items.filter {
            if case .why(let probe) = $0 { probe.ladderDepth > 1 } else { false }
        }
        #expect(keyProbes?.count == 3)
    }
}
