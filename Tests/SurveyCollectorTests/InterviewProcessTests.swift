import Foundation
import SurveyModel
import SurveyStore
import Testing

@testable import SurveyCollector

/// Runs the real `voc interview` binary: SIGKILL at random points, and several interviewers on one store.
@Suite(.serialized) struct InterviewProcessTests {
    static let survey = """
        <?xml version="1.0" encoding="UTF-8"?>
        <survey xmlns="https://voc.dev/schema/survey/1" id="short" version="1.0.0" lang="en">
          <title>Short</title>
          <quotas><quota id="all" when="{q1} >= 1" target="100000"/></quotas>
          <section id="s">
            <what id="q1" type="rating"><text>One</text><scale min="1" max="5"/></what>
            <what id="q2" type="rating"><text>Two</text><scale min="1" max="5"/></what>
            <what id="q3" type="rating"><text>Three</text><scale min="1" max="5"/></what>
            <why id="w3" about="q3" depth="2"><text>Why {answer}?</text></why>
            <what id="q4" type="single"><text>Four</text><options><option code="a">A</option><option code="b">B</option></options></what>
            <what id="q5" type="rating"><text>Five</text><scale min="1" max="5"/></what>
          </section>
        </survey>
        """
    /// The steps of one interview in order, and the script lines that answer them.
    static let steps = ["q1", "q2", "q3", "w3@1", "w3@2", "q4", "q5"]
    static let lines = ["3", "4", "5", "because it is quick", "", "a", "2"]

    private func setUp() throws -> (TemporaryDirectory, String, String) {
        let directory = try TemporaryDirectory()
        let surveyPath = directory.path("short.xml")
        try Self.survey.write(toFile: surveyPath, atomically: true, encoding: .utf8)
        return (directory, surveyPath, directory.path("store.sqlite"))
    }

    /// The steps stored for a response, in interview order.
    private func storedSteps(_ store: SQLiteStore, _ id: String) async throws -> [String] {
        guard let stored = try await store.response(id: id) else { return [] }
        let ladder = stored.response.ladder.map { "\($0.probeID)@\($0.depth)" }
        return Self.steps.filter { stored.response.answers[$0] != nil || ladder.contains($0) }
    }

    @Test func sigkillAtAHundredRandomPointsLosesNoAcknowledgedAnswer() async throws {
        let (directory, surveyPath, storePath) = try setUp()
        _ = directory
        var generator = SplitMix64(seed: 2024)
        var resumePoints = Set<Int>()
        for trial in 0..<100 {
            let acknowledgedBeforeKill = generator.nextInt(below: Self.steps.count)
            let child = try VocProcess([
                "interview", surveyPath, "--store", storePath, "--respondent", "crash\(trial)", "--seed", "\(trial)",
            ])
            // Feed one line more than we wait for, so the kill often lands while that answer is being committed.
            child.send(Array(Self.lines.prefix(acknowledgedBeforeKill + 1)))
            child.read { text in
                text.components(separatedBy: "\nsaved ").count - 1 >= acknowledgedBeforeKill
                    && text.contains("# response ")
            }
            child.kill()
            let acknowledged = child.saved
            #expect(acknowledged.count >= acknowledgedBeforeKill)
            let id = try #require(child.responseID)
            let store = try SQLiteStore(path: storePath)
            let stored = try await storedSteps(store, id)
            #expect(Array(stored.prefix(acknowledged.count)) == acknowledged, "trial \(trial)")
            #expect(stored == Array(Self.steps.prefix(stored.count)), "trial \(trial): stored steps are a prefix")

            // Resume: it must show the first step not stored yet.
            let resume = try VocProcess(["interview", surveyPath, "--store", storePath, "--resume", id])
            if trial % 10 == 0 {
                resume.send(Array(Self.lines.dropFirst(stored.count)))
                #expect(resume.finish() == 0)
                #expect(resume.text.contains("finished: complete (1.1)"), "trial \(trial)")
                #expect(try await store.response(id: id)?.response.status == .complete)
            } else {
                #expect(resume.finish() == 0)
            }
            #expect(resume.firstPromptPosition == Self.steps[stored.count], "trial \(trial)")
            resumePoints.insert(stored.count)
        }
        #expect(resumePoints.count >= 5, "kills landed at \(resumePoints.sorted())")
    }

    @Test func fourInterviewersOnOneStoreCompleteAThousandInterviews() async throws {
        let (directory, surveyPath, storePath) = try setUp()
        _ = directory
        let store = try SQLiteStore(path: storePath)
        let sample = (1...1000).map { Respondent(id: String(format: "p%04d", $0), attributes: ["region": "r\($0 % 4)"]) }
        _ = try await store.upsertRespondents(sample)
        let script = Array((0..<250).map { _ in Self.lines }.joined())
        let children = try (1...4).map { index in
            try VocProcess([
                "interview", surveyPath, "--store", storePath, "--next", "--interviewer", "i\(index)",
                "--interviews", "250", "--seed", "\(index * 1000)",
            ])
        }
        for child in children { child.send(script) }
        for child in children { #expect(child.finish() == 0) }
        var responses: [StoredResponse] = []
        var after: String?
        while true {
            let page = try await store.responses(ResponseQuery(surveyID: "short", after: after, limit: 500))
            responses += page
            guard let last = page.last else { break }
            after = last.response.id
        }
        #expect(responses.count == 1000)
        #expect(responses.allSatisfy { $0.response.status == .complete && $0.response.answers.count == 5 })
        #expect(Set(responses.map(\.response.respondentID)).count == 1000)
        #expect(Set(responses.compactMap(\.interviewer)) == ["i1", "i2", "i3", "i4"])
        #expect(try await store.quotaCounts(surveyID: "short")["all"] == 1000)
        #expect(children.map { $0.text.components(separatedBy: "finished: complete").count - 1 }.reduce(0, +) == 1000)
    }
}
