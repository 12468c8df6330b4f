import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import SurveyModel
import SurveyStore
import SurveyTestSupport
import Testing

/// One sample, one quota, two modes at once: web respondents through a real `voc serve` process (open link)
/// and interviewers running `voc interview --next` on the same SQLite store. The quota of 5 ends exactly at its
/// target; everyone else is screened out (AAPOR 4.80); each response keeps its mode.
@Suite(.serialized) struct MixedModeTests {
    static let survey = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/mixed-mode.xml").path

    @Test func webAndTerminalInterviewsShareOneQuota() async throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("mixed.voc.sqlite").path
        let sample = directory.appendingPathComponent("sample.csv").path
        try "id\nc1\nc2\nc3\nc4\nc5\nc6\n".write(toFile: sample, atomically: true, encoding: .utf8)
        let loaded = try VocRunner.run(["sample", "load", store, sample])
        #expect(loaded.exitCode == 0, "\(loaded.stderr)")

        let server = try ServeProcess(survey: Self.survey, store: store)
        defer { server.stop() }
        async let web: [Int] = withThrowingTaskGroup(of: Int.self) { group in
            for respondent in 0..<6 {
                group.addTask { try await Self.answerOnline(port: server.port, rating: respondent % 5 + 1) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        async let terminals: [Int32] = withThrowingTaskGroup(of: Int32.self) { group in
            for interviewer in 0..<3 {
                group.addTask {
                    var codes: [Int32] = []
                    for _ in 0..<2 {
                        let run = try VocRunner.run(
                            ["interview", Self.survey, "--store", store, "--next", "--interviewer", "i\(interviewer)"],
                            stdin: "4\nfine\n")
                        codes.append(run.exitCode)
                    }
                    return codes.max() ?? 0
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let (pages, exits) = try await (web, terminals)
        #expect(pages.count == 6)
        #expect(exits.allSatisfy { $0 == 0 }, "\(exits)")

        let opened = try SQLiteStore(path: store)
        let byMode = try await opened.responseCountsByMode(surveyID: "mixed-mode")
        let completes = byMode.values.reduce(0) { $0 + ($1[.complete] ?? 0) }
        #expect(completes == 5, "\(byMode)")
        #expect(try await opened.quotaCounts(surveyID: "mixed-mode")["q_all"] == 5)
        #expect(byMode["cawi"]?.values.reduce(0, +) == 6, "\(byMode)")
        // Interviews read from a script (stdin not a terminal) are stored with mode `script`, on a terminal `cati`.
        #expect(byMode["script"]?.values.reduce(0, +) == 6, "\(byMode)")
        let screened = try await opened.dispositionCounts(surveyID: "mixed-mode").filter {
            $0.disposition == .quotaFull
        }
        #expect(screened.reduce(0) { $0 + $1.count } == 7)
    }

    /// One web respondent from the open link: start, rating, comment. Returns the number of pages answered.
    ///
    /// The client waits up to 120 s for a reply (HummingbirdTesting's default is 15 s): this test checks what is
    /// stored, not speed, and in CI the `voc serve` process shares two cores with the whole parallel test run,
    /// where it has gone 15 s without being scheduled.
    static func answerOnline(port: Int, rating: Int) async throws -> Int {
        try await TestClient.withClient(
            host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(120))
        ) { client in
            let start = try await client.get("/s/mixed-mode")
            let csrf = RespondentRoutesTests.csrf(start.body.map { String(buffer: $0) } ?? "")
            let headers: HTTPFields = [.cookie: "voc_csrf=\(csrf)", .contentType: "application/x-www-form-urlencoded"]
            let started = try await client.post(
                "/s/mixed-mode", headers: headers, body: ByteBuffer(string: "csrf=\(csrf)"))
            let link = try #require(started.head.headerFields[.location])
            var pages = 0
            for (step, answer) in [("rating", String(rating)), ("comment", "from+the+web")] {
                let posted = try await client.post(
                    link, headers: headers,
                    body: ByteBuffer(string: "csrf=\(csrf)&step=\(step)&action=next&a=\(answer)"))
                #expect(posted.head.status == .seeOther)
                pages += 1
            }
            let last = try await client.get(link, headers: [.cookie: "voc_csrf=\(csrf)"])
            let html = last.body.map { String(buffer: $0) } ?? ""
            #expect(html.contains("Thank you"), "\(html)")
            return pages
        }
    }
}

/// A `voc serve` process on a free loopback port, stopped with SIGTERM.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    let port: Int

    init(survey: String, store: String) throws {
        process.executableURL = URL(fileURLWithPath: try VocRunner.binaryPath())
        process.arguments = ["serve", survey, "--store", store, "--port", "0"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        while !text.contains("\n"), let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty {
            text += String(decoding: byte, as: UTF8.self)
        }
        guard let range = text.range(of: "127.0.0.1:"), let port = Int(text[range.upperBound...].prefix { $0.isNumber })
        else {
            process.terminate()
            throw VocRunner.Failure.binaryNotFound(["voc serve did not start: \(text)"])
        }
        self.port = port
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}
