import Foundation
import SurveyModel
import SurveyStore
import SurveyTestSupport
import Testing

/// A call centre on one PostgreSQL store: 8 `voc interview --next` processes, 500 scripted interviews each, work
/// the same queue of 4,000 sampled respondents (2,000 per region, region quotas of 2,000) at the same time.
/// Afterwards: 4,000 complete responses, every respondent interviewed exactly once, each process finished its 500,
/// and the quota counters are exactly at target.
@Suite(.serialized) struct PostgresInterviewLoadTests {
    static let processes = 8
    static let interviewsEach = 500
    static let perRegion = 2_000

    static let survey = """
        <?xml version="1.0" encoding="UTF-8"?>
        <survey xmlns="https://voc.dev/schema/survey/1" id="callcentre" version="1.0.0" lang="en">
          <title>Call centre</title>
          <attributes>
            <attribute id="region" type="text"><label>Region</label></attribute>
          </attributes>
          <quotas>
            <quota id="north" when="{region} = 'north'" target="2000"/>
            <quota id="south" when="{region} = 'south'" target="2000"/>
          </quotas>
          <section id="s">
            <what id="satisfaction" type="rating"><text>How satisfied are you?</text><scale min="1" max="5"/></what>
            <why id="why_satisfaction" about="satisfaction" depth="1"><text>Why {answer}?</text></why>
            <what id="nps" type="nps"><text>How likely are you to recommend us?</text></what>
          </section>
        </survey>
        """
    /// The answers to one interview, one per line.
    static let lines = ["4", "the staff know me", "9"]

    @Test func eightInterviewProcessesShareTheQueueWithoutOvershoot() async throws {
        let server = try PostgresTestServer()
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try StoreFixtures.write(Self.survey, to: "callcentre.xml", in: directory)
        var sample = "id,region\n"
        for region in ["north", "south"] {
            for index in 1...Self.perRegion { sample += String(format: "%@-%05d,%@\n", region, index, region) }
        }
        try StoreFixtures.write(sample, to: "sample.csv", in: directory)
        let script =
            Array(repeating: Self.lines.joined(separator: "\n"), count: Self.interviewsEach)
            .joined(separator: "\n") + "\n"
        try StoreFixtures.write(script, to: "script.txt", in: directory)
        let loaded = try VocRunner.run(["sample", "load", server.url, "sample.csv"], directory: directory.path)
        #expect(loaded.exitCode == 0, "\(loaded.stderr)")

        // Start all eight, then wait: they run at the same time. Output goes to files (no pipe to drain).
        let voc = try VocRunner.binaryPath()
        var children: [(Process, URL, URL)] = []
        for index in 1...Self.processes {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: voc)
            process.currentDirectoryURL = directory
            process.arguments = [
                "interview", "callcentre.xml", "--store", server.url, "--next", "--interviewer", "agent\(index)",
                "--interviews", String(Self.interviewsEach), "--seed", String(index * 10_000),
            ]
            let out = directory.appendingPathComponent("out\(index)")
            let err = directory.appendingPathComponent("err\(index)")
            _ = FileManager.default.createFile(atPath: out.path, contents: nil)
            _ = FileManager.default.createFile(atPath: err.path, contents: nil)
            process.standardInput = try FileHandle(forReadingFrom: directory.appendingPathComponent("script.txt"))
            process.standardOutput = try FileHandle(forWritingTo: out)
            process.standardError = try FileHandle(forWritingTo: err)
            try process.run()
            children.append((process, out, err))
        }
        for (index, (process, out, err)) in children.enumerated() {
            process.waitUntilExit()
            let stdout = try String(contentsOf: out, encoding: .utf8)
            let stderr = try String(contentsOf: err, encoding: .utf8)
            #expect(process.terminationStatus == 0, "agent\(index + 1): \(stderr.suffix(2_000))")
            #expect(!stdout.contains(server.password) && !stderr.contains(server.password))
            let finished = stdout.components(separatedBy: "finished: complete").count - 1
            #expect(finished == Self.interviewsEach, "agent\(index + 1) completed \(finished)")
        }

        let store = try await PostgresStore(url: server.url)
        var responses: [StoredResponse] = []
        var after: String?
        while true {
            let page = try await store.responses(ResponseQuery(surveyID: "callcentre", after: after, limit: 1_000))
            guard let last = page.last else { break }
            responses += page
            after = last.response.id
        }
        let total = Self.processes * Self.interviewsEach
        #expect(responses.count == total)
        #expect(responses.allSatisfy { $0.response.status == .complete && $0.response.answers.count == 2 })
        #expect(Set(responses.map(\.response.respondentID)).count == total, "no respondent interviewed twice")
        #expect(Set(responses.compactMap(\.interviewer)).count == Self.processes)
        #expect(
            try await store.quotaCounts(surveyID: "callcentre") == ["north": Self.perRegion, "south": Self.perRegion])
        let counts = try await store.responseCounts(surveyID: "callcentre")
        #expect(counts[.complete] == total)
    }
}
