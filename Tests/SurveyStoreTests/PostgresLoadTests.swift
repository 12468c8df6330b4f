import Foundation
import SurveyModel
import SurveyStore
import SurveyTestSupport
import Testing

/// Many interviewers, one PostgreSQL store: 4,400 sampled respondents (2,200 per region), quotas of 2,000 per
/// region, and 8 interviewers working the queue until it is empty, as 8 tasks and as 8 processes. Afterwards:
/// exactly 4,000 complete responses, 400 quota-full ones, no respondent interviewed twice, quotas exact.
@Suite(.serialized) struct PostgresLoadTests {
    static let perRegion = 2_200
    static let target = 2_000

    /// Checks the store after a load run.
    static func verify(_ store: any ResponseStore, tallies: [StoreLoadScript.Tally]) async throws {
        #expect(tallies.reduce(0) { $0 + $1.completed } == 2 * target)
        #expect(tallies.reduce(0) { $0 + $1.quotaFull } == 2 * (perRegion - target))
        let counts = try await store.responseCounts(surveyID: StoreLoadScript.surveyID)
        #expect(counts[.complete] == 2 * target)
        #expect(counts[.breakOff] == 2 * (perRegion - target))
        #expect(try await store.quotaCounts(surveyID: StoreLoadScript.surveyID) == ["region-north": target, "region-south": target])
        var respondents = Set<String>()
        var completePerRegion: [String: Int] = [:]
        var after: String?
        while true {
            let page = try await store.responses(
                ResponseQuery(surveyID: StoreLoadScript.surveyID, after: after, limit: 1_000))
            guard let last = page.last else { break }
            for stored in page {
                #expect(respondents.insert(stored.response.respondentID).inserted, "respondent interviewed twice")
                if stored.response.status == .complete {
                    #expect(stored.response.answers.count == 3)
                    completePerRegion[String(stored.response.respondentID.prefix { $0 != "-" }), default: 0] += 1
                }
            }
            after = last.response.id
        }
        #expect(respondents.count == 2 * perRegion)
        #expect(completePerRegion == ["north": target, "south": target])
    }

    @Test func eightConcurrentTasks() async throws {
        let url = try SharedPostgres.freshDatabaseURL()
        let store = try await PostgresStore(url: url, maximumConnections: 8)
        try await StoreLoadScript.prepare(store, perRegion: Self.perRegion)
        let tallies = try await withThrowingTaskGroup(of: StoreLoadScript.Tally.self) { group in
            for index in 1...8 {
                group.addTask {
                    try await StoreLoadScript.interview(store, interviewer: "task\(index)", target: Self.target)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        try await Self.verify(store, tallies: tallies)
    }

    @Test func eightInterviewerProcesses() async throws {
        let url = try SharedPostgres.freshDatabaseURL()
        let store = try await PostgresStore(url: url)
        try await StoreLoadScript.prepare(store, perRegion: Self.perRegion)
        let worker = try Self.workerPath()
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Start all eight processes first, then wait: they run at the same time.
        var processes: [(Process, URL, URL)] = []
        for index in 1...8 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: worker)
            process.arguments = [url, "proc\(index)", String(Self.target)]
            let out = directory.appendingPathComponent("out\(index)")
            let err = directory.appendingPathComponent("err\(index)")
            _ = FileManager.default.createFile(atPath: out.path, contents: nil)
            _ = FileManager.default.createFile(atPath: err.path, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: out)
            process.standardError = try FileHandle(forWritingTo: err)
            process.standardInput = FileHandle.nullDevice
            try process.run()
            processes.append((process, out, err))
        }
        var tallies: [StoreLoadScript.Tally] = []
        for (process, out, err) in processes {
            process.waitUntilExit()
            let stdout = try String(contentsOf: out, encoding: .utf8)
            let stderr = try String(contentsOf: err, encoding: .utf8)
            #expect(process.terminationStatus == 0, "\(stderr)")
            let numbers = stdout.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
            var tally = StoreLoadScript.Tally()
            if numbers.count == 3 {
                tally.completed = numbers[0]
                tally.quotaFull = numbers[1]
            }
            #expect(tally.completed > 0, "every process interviewed someone")
            tallies.append(tally)
        }
        try await Self.verify(store, tallies: tallies)
    }

    /// The `voc-store-load` executable built beside the test bundle.
    static func workerPath() throws -> String {
        let bundle = Bundle.main.bundleURL
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let candidates = [
            bundle.deletingLastPathComponent().appendingPathComponent("voc-store-load").path,
            bundle.appendingPathComponent("voc-store-load").path,
            root.appendingPathComponent(".build/debug/voc-store-load").path,
        ]
        guard let found = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw PostgresTestServer.Failure(description: "voc-store-load not built; tried " + candidates.joined(separator: ", "))
        }
        return found
    }
}
