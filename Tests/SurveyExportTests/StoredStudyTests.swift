import Foundation
import SurveyExport
import SurveyModel
import SurveyParser
import SurveyStore
import SurveyTestSupport
import Testing
import SurveyAnalysis

/// Reports and exports from a response store: the library path (`StoredStudy`) and the `voc report` and
/// `voc export --format sav|sss` commands run end to end on a store built with the store API.
@Suite struct StoredStudyTests {
    /// A store holding the example study, its respondents and the weight set `raked` (by respondent id).
    static func makeStore(in folder: TemporaryFolder) async throws -> String {
        let path = folder.file("study.voc.sqlite").path
        let store = try SQLiteStore(path: path)
        let survey = ExampleStudy.survey
        _ = try await store.registerSurvey(
            SurveyDefinitionRecord(
                surveyID: survey.id, version: survey.version,
                hash: SurveyHash.sha256(survey), json: SurveyWriter.json(survey)))
        let input = ExampleStudy.reportInput()
        _ = try await store.upsertRespondents(Array(input.respondents.values))
        let imported = input.responses.map { response in
            ImportedResponse(
                response: response, interviewer: input.interviewers[response.id],
                completedAt: response.status == .complete ? response.updatedAt : nil)
        }
        _ = try await store.importResponses(imported, atomic: true)
        let weights = Dictionary(
            uniqueKeysWithValues: input.responses.compactMap { response in
                input.weight?.values[response.id].map { (response.respondentID, $0) }
            })
        try await store.saveWeightSet(WeightSet(name: "raked", surveyID: survey.id, weights: weights, reportJSON: "{}"))
        return path
    }

    @Test func unknownWeightSetListsTheExistingOnes() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try SQLiteStore(path: try await Self.makeStore(in: folder))
        await #expect {
            _ = try await StoredStudy.load(store: store, path: "study.sqlite", surveyID: nil, weightSet: "calibrated")
        } throws: { error in
            (error as? StudyError)?.description
                == "study.sqlite: error: unknown weight set 'calibrated' for survey checkout-feedback; weight sets in "
                + "the store: raked"
        }
        let study = try await StoredStudy.load(store: store, path: "study.sqlite", surveyID: nil, weightSet: "raked")
        #expect(study.responses.count == 134 && study.weight?.values.count == 120)
        let input = ExampleStudy.reportInput()
        let fromStore = try ReportBuilder.build(
            ReportInput(
                survey: study.survey, responses: study.responses,
                respondents: study.respondents, interviewers: study.interviewers, weight: study.weight,
                margins: input.margins, segmentBy: "region", whyCodes: input.whyCodes, generatedAt: input.generatedAt))
        let direct = try ReportBuilder.build(input)
        #expect(fromStore.headlines == direct.headlines)
        #expect(fromStore.sample == direct.sample)
    }

    @Test func reportAndExportCommands() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try await Self.makeStore(in: folder)
        let html = folder.file("report.html").path
        let run = try VocRunner.run([
            "report", store, "--weight-set", "raked", "--by", "region", "--format", "html",
            "--out", html,
        ])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("How likely are you to recommend us?: −32"))
        #expect(run.stdout.contains("D west: small base (n=9)"))
        #expect(run.stdout.contains("report: \(html)"))
        #expect(try String(contentsOfFile: html, encoding: .utf8).contains("<svg"))

        let unknown = try VocRunner.run([
            "report", store, "--weight-set", "nope", "--format", "md", "--out",
            folder.file("x.md").path,
        ])
        #expect(unknown.exitCode == 1)
        #expect(unknown.stderr.contains("unknown weight set 'nope'") && unknown.stderr.contains("raked"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("x.md").path))

        let badSegment = try VocRunner.run([
            "report", store, "--by", "planet", "--format", "json", "--out",
            folder.file("x.json").path,
        ])
        #expect(badSegment.exitCode == 1 && badSegment.stderr.contains("unknown segment 'planet'"))

        let sav = folder.file("study.sav").path
        let export = try VocRunner.run(["export", store, "--format", "sav", "--weight-set", "raked", "--out", sav])
        #expect(export.exitCode == 0, "\(export.stderr)")
        let csv = CSVText.parse(try ExternalTool.readstat.run([sav, "-"]).stdout)
        #expect(csv.count == 121 && csv[0].last == "weight")

        // --data: the exported CSV, read back through a checked import into a temporary store.
        let surveyFile = folder.file("survey.json")
        try Data(SurveyWriter.json(ExampleStudy.survey).utf8).write(to: surveyFile)
        let exported = folder.file("responses.csv").path
        let csvExport = try VocRunner.run(["export", store, "--format", "csv", "--out", exported])
        #expect(csvExport.exitCode == 0, "\(csvExport.stderr)")
        let fromData = try VocRunner.run([
            "report", surveyFile.path, "--data", exported, "--by", "region",
            "--format", "md", "--out", folder.file("data.md").path,
        ])
        #expect(fromData.exitCode == 0, "\(fromData.stderr)")
        #expect(fromData.stdout.contains("120 completes, unweighted"))
        #expect(try String(contentsOfFile: folder.file("data.md").path, encoding: .utf8).contains("## The why"))

        let sss = folder.file("study.sss").path
        let triple = try VocRunner.run(["export", store, "--format", "sss", "--out", sss])
        #expect(triple.exitCode == 0, "\(triple.stderr)")
        let lines = try String(contentsOfFile: folder.file("study.asc").path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 120)
        #expect(try String(contentsOfFile: sss, encoding: .utf8).contains("href=\"study.asc\""))
    }
}
