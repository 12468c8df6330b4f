import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import SurveyCollector
import SurveyModel
import SurveyStore
import SurveyTestSupport
import SurveyWeb

/// `web`: respondents completing a 20-page survey over loopback HTTP against `voc serve`'s server (in process),
/// 200 at a time: (a) one server on SQLite, (b) two servers sharing one PostgreSQL store (a throwaway server),
/// respondents alternating between them. Each page is a POST of the answer (303) and a GET of the next page over
/// one keep-alive connection per respondent; a page's latency is that pair. Afterwards every stored answer is
/// compared with the one sent: `lost` and `wrong` count answers missing or different, `duplicates` responses
/// beyond one per respondent. Sizes: respondents (default 1000).
///
/// `VOC_BENCH_WEB_THINK_MS` is a respondent's pause between pages (default 0: every respondent submits again as soon
/// as the next page arrives, which measures the servers' capacity; real respondents pause for seconds, so a pause
/// of a few hundred milliseconds measures page latency at a given load). `VOC_BENCH_WEB_BACKEND` runs one backend.
enum WebBenchmark {
    static let pages = 20
    static let concurrency = 200

    static func run(_ options: BenchmarkOptions) throws {
        let environment = ProcessInfo.processInfo.environment
        let think = Double(environment["VOC_BENCH_WEB_THINK_MS"] ?? "") ?? 0
        let backends = environment["VOC_BENCH_WEB_BACKEND"].map { [$0] } ?? ["sqlite", "postgres"]
        for n in options.sizes.isEmpty ? [1000] : options.sizes {
            for backend in backends {
                let result = try runBlocking { try await measure(backend: backend, respondents: n, think: think) }
                printJSON(
                    [
                        ("benchmark", "web"), ("backend", backend), ("servers", backend == "sqlite" ? 1 : 2),
                        ("respondents", n), ("concurrent", concurrency), ("pages", pages), ("think_ms", think),
                        ("submissions", result.latencies.count), ("seconds", result.seconds),
                        ("completes_per_s", Double(n) / result.seconds),
                        ("submissions_per_s", Double(result.latencies.count) / result.seconds),
                        ("page_p50_ms", percentile(result.latencies, 0.5) * 1000),
                        ("page_p99_ms", percentile(result.latencies, 0.99) * 1000),
                        ("page_max_ms", (result.latencies.max() ?? 0) * 1000),
                        ("lost", result.lost), ("wrong", result.wrong), ("duplicates", result.duplicates),
                        ("peak_rss_bytes", peakResidentBytes()), ("load_average", loadAverage()),
                    ])
            }
        }
    }

    struct Measured: Sendable {
        var seconds: Double
        var latencies: [Double]
        var lost = 0
        var wrong = 0
        var duplicates = 0
    }

    /// 20 questions, one per page: ratings, single choices and numbers.
    static func survey() -> Survey {
        let choices = (1...5).map { ChoiceOption(code: "c\($0)", label: LocalizedText("Choice \($0)")) }
        let items: [SurveyItem] = (1...pages).map { index in
            let kind: WhatKind
            switch index % 4 {
            case 0: kind = .singleChoice(options: .inline(choices))
            case 1: kind = .numeric(integer: true, min: 0, max: 1000, unit: nil)
            default: kind = .rating(scale: RatingScale(min: 1, max: 5))
            }
            return .what(WhatQuestion(id: "q\(index)", text: LocalizedText("Question \(index)"), kind: kind))
        }
        return Survey(id: "webbench", title: "Web benchmark", sections: [Section(id: "s", items: items)])
    }

    /// The answer respondent `r` gives on page `page` (1-based), as the form field and as stored.
    static func answer(_ r: Int, _ page: Int) -> (field: String, stored: AnswerValue) {
        switch page % 4 {
        case 0:
            let code = "c\((r * 7 + page) % 5 + 1)"
            return (code, .code(code))
        case 1:
            let value = (r * 13 + page) % 1000
            return (String(value), .number(Double(value)))
        default:
            let value = (r + page) % 5 + 1
            return (String(value), .number(Double(value)))
        }
    }

    static func measure(backend: String, respondents n: Int, think: Double) async throws -> Measured {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("voc-bench-web-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var postgres: PostgresTestServer?
        var stores: [any ResponseStore] = []
        if backend == "sqlite" {
            stores = [try SQLiteStore(path: directory.appendingPathComponent("web.voc.sqlite").path)]
        } else {
            let server = try PostgresTestServer()
            postgres = server
            try server.createDatabase("webbench")
            for _ in 0..<2 {
                stores.append(try await StoreOpener.open(server.url(database: "webbench"), connections: 16))
            }
        }
        defer { _ = postgres }
        let survey = survey()
        try await stores[0].registerSurvey(StoreInterviewRecorder.definition(of: survey))
        _ = try await stores[0].upsertRespondents((0..<n).map { Respondent(id: String(format: "r%06d", $0)) })
        let issued = try await WebInvitations.issue(
            surveyID: survey.id, store: stores[0], baseURL: "http://bench", replace: false)
        let links = issued.links.map { String($0.url.dropFirst("http://bench".count)) }

        let templates = try WebTemplates()
        var ports: [Int] = []
        var servers: [Task<Void, any Error>] = []
        for store in stores {
            let (stream, continuation) = AsyncStream.makeStream(of: Int.self)
            let server = WebServer(
                interviews: WebInterviews(surveys: [survey], store: store),
                configuration: .init(port: 0, templates: templates))
            servers.append(Task { try await server.run { continuation.yield($0) } })
            for await port in stream {
                ports.append(port)
                break
            }
        }
        defer { for server in servers { server.cancel() } }

        let started = now()
        let latencies = try await withThrowingTaskGroup(of: [Double].self) { group in
            var next = 0
            var all: [Double] = []
            func add() {
                let index = next
                next += 1
                let port = ports[index % ports.count]
                group.addTask { try await respond(index, link: links[index], port: port, think: think) }
            }
            while next < min(concurrency, links.count) { add() }
            while let done = try await group.next() {
                all += done
                if next < links.count { add() }
            }
            return all
        }
        var result = Measured(seconds: now() - started, latencies: latencies)
        try await verify(&result, store: stores[0], links: links, surveyID: survey.id)
        return result
    }

    /// One respondent: opens the link, then answers every page (POST, 303, GET) on one connection.
    static func respond(_ r: Int, link: String, port: Int, think: Double) async throws -> [Double] {
        try await TestClient.withClient(host: "127.0.0.1", port: port) { client in
            let first = try await client.get(link)
            let csrf = csrfValue(first.body.map { String(buffer: $0) } ?? "")
            let headers: HTTPFields = [
                .cookie: "voc_csrf=\(csrf)", .contentType: "application/x-www-form-urlencoded",
            ]
            var latencies: [Double] = []
            for page in 1...pages {
                if think > 0 {
                    // A pause of 50% to 150% of the mean, so respondents do not submit in lockstep.
                    let pause = think * (0.5 + Double((r * 31 + page * 17) % 101) / 100)
                    try await Task.sleep(for: .milliseconds(Int(pause)))
                }
                let body = "csrf=\(csrf)&step=q\(page)&action=next&a=\(answer(r, page).field)"
                let start = now()
                let posted = try await client.post(link, headers: headers, body: ByteBuffer(string: body))
                guard posted.head.status == .seeOther else {
                    throw WebServerError("page \(page) of respondent \(r): HTTP \(posted.head.status.code)")
                }
                _ = try await client.get(link, headers: [.cookie: "voc_csrf=\(csrf)"])
                latencies.append(now() - start)
            }
            return latencies
        }
    }

    static func csrfValue(_ html: String) -> String {
        guard let range = html.range(of: #"name="csrf" value=""#) else { return "" }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    /// Compares every stored answer with the one sent.
    static func verify(
        _ result: inout Measured, store: any ResponseStore, links: [String], surveyID: String
    ) async throws {
        let counts = try await store.responseCounts(surveyID: surveyID)
        result.duplicates = counts.values.reduce(0, +) - links.count
        for (r, link) in links.enumerated() {
            let token = String(link.split(separator: "=").last ?? "")
            guard let hash = WebLinkToken(parsing: token)?.hash,
                let responseID = try await store.invitation(tokenHash: hash)?.responseID,
                let stored = try await store.response(id: responseID)
            else {
                result.lost += pages
                continue
            }
            for page in 1...pages {
                switch stored.response.answers["q\(page)"] {
                case nil: result.lost += 1
                case let value? where value != answer(r, page).stored: result.wrong += 1
                default: break
                }
            }
        }
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }
}
